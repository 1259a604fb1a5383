import Foundation
import VigiaModel
import VigiaViews

/// libFuzzer target: key handling fed arbitrary key sequences at arbitrary sizes
/// (`Scripts/fuzz.sh keys`).
///
/// The bundled data and scenario are loaded once. An input is read as a width (two bytes,
/// 0–400 columns), a height (one byte, 0–120 rows) and then one key per byte, from a table of
/// every key the terminal layer can produce (arrows, function keys, Ctrl letters, printable
/// ASCII, accented, wide, combining and control characters). Two bytes are opcodes with
/// operands: a resize to a new size, and a mouse event at a cell. Each key goes through the
/// same `InteractiveLoop` as the terminal front end (tab clicks, Ctrl-L, `q` ends the run), with
/// scenario saves answered as failures without touching the disk, and every frame the loop
/// asks for is drawn with `Frame.render` at the current size.
///
/// Checked beyond "no crash": the canvas has the requested size and no cell holds a
/// character that could drive the terminal.
enum KeysFuzz {
    nonisolated(unsafe) static var dashboard: Dashboard?
    nonisolated(unsafe) static var initial: AppState?

    /// Every key `KeyDecoder` can produce, plus characters it would pass through unfiltered.
    static let keys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape,
                           .backspace, .delete, .tab, .backTab, .resize]
        keys += (1...12).map { Key.function($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) }
        keys += (0x20...0x7E).map { Key.character(Character(Unicode.Scalar(UInt8($0)))) }
        keys += ["é", "ñ", "ü", "中", "👍🏽", "e\u{301}", "\u{301}", "\u{1B}", "\u{9B}", "\u{202E}", "\u{0}", "\u{7F}", "\u{FFFD}", "\t", "\n"]
            .map { Key.character(Character($0)) }
        return keys
    }()

    static let resizeOpcode: UInt8 = 0xFE
    static let mouseOpcode: UInt8 = 0xFF

    static func setUp() {
        let location = DataLocation.resolve(explicit: nil)
        let dataset: Dataset
        do {
            dataset = try DatasetLoader.load(from: location.url, displayPath: location.displayPath)
        } catch {
            fatalError("KeysFuzz: the bundled data at \(location.displayPath) does not load: \(error.issues.prefix(3))")
        }
        let dashboard = Dashboard(dataset: dataset)
        var state = dashboard.initialState()
        let scenario = location.url.appendingPathComponent("scenarios/plan_ecuador_default.json")
        if let loaded = try? ScenarioLoader.load(from: scenario, displayPath: "scenario.json", dataset: dataset) {
            state.scenario = ScenarioSession(scenario: loaded.scenario, loadedFrom: "scenario.json", target: "/nonexistent/scenario.json", fingerprint: nil)
        }
        Self.dashboard = dashboard
        initial = state
    }

    static func run(_ input: UnsafeRawBufferPointer) {
        if dashboard == nil { setUp() }
        guard let dashboard, let initial else { return }
        var bytes = input.makeIterator()
        func next() -> UInt8? { bytes.next() }
        func size() -> Size? {
            guard let low = next(), let high = next(), let rows = next() else { return nil }
            return Size(width: (Int(high) << 8 | Int(low)) % 401, height: Int(rows) % 121)
        }
        guard var current = size() else { return }
        var loop = InteractiveLoop(dashboard, state: initial)
        draw(loop, current)
        while let byte = next() {
            let key: Key
            switch byte {
            case resizeOpcode:
                guard let newSize = size() else { return }
                current = newSize
                key = .resize
            case mouseOpcode:
                guard let kind = next(), let x = next(), let y = next() else { return }
                let kinds: [MouseEvent.Kind] = [.click, .wheelUp, .wheelDown]
                key = .mouse(MouseEvent(kind: kinds[Int(kind) % kinds.count], position: Point(x: Int(x), y: Int(y))))
            default:
                key = keys[Int(byte) % keys.count]
            }
            let effects = loop.press(key, screen: current) { effect in
                guard case .saveScenario = effect else { return nil }
                return .scenarioSaved(byte % 2 == 0 ? .changedOnDisk : .failed("the disk is full"))
            }
            if effects.contains(.quit) { return }
            if !effects.isEmpty { draw(loop, current) }
        }
    }

    static func draw(_ loop: InteractiveLoop<Dashboard>, _ size: Size) {
        let canvas = loop.render(theme: .dark, glyphs: .unicode, size: size)
        precondition(canvas.size == size && canvas.cells.count == size.width * size.height, "canvas of the wrong size")
        for cell in canvas.cells {
            precondition(!cell.grapheme.unicodeScalars.contains(where: SafeText.isUnsafe), "unsafe character drawn: \(cell.grapheme.debugDescription)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func keysFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    KeysFuzz.run(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}
