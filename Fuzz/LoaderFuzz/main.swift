import Foundation
import VigiaModel
import VigiaViews

/// libFuzzer target: the data loader and validator fed arbitrary bytes (`Scripts/fuzz.sh loader`).
///
/// The first byte picks which of the 14 data files the rest replaces; the other 13 are the
/// small valid fixture (`Tests/VigiaModelTests/Fixtures/valid`), read once. So every input
/// goes through parsing, decoding and the cross-file rules of a complete folder, in memory
/// (`DatasetLoader.load(files:displayPath:)`). A folder that loads is also drawn on the
/// Overview and the file's own screen, so valid-but-strange data reaches the screens too.
///
/// Checked beyond "no crash": a rejected folder fails with status 65 and at least one issue,
/// and no issue, as printed, holds a control, C1 or bidi character.
enum LoaderFuzz {
    nonisolated(unsafe) static var fixture: [DataFile: [UInt8]] = [:]

    static func loadFixture() {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/VigiaModelTests/Fixtures/valid")
        for file in DataFile.allCases {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file.fileName).path) else {
                fatalError("LoaderFuzz: cannot read the fixture \(file.fileName) in \(folder.path)")
            }
            fixture[file] = [UInt8](data)
        }
    }

    static func run(_ input: UnsafeRawBufferPointer) {
        if fixture.isEmpty { loadFixture() }
        guard let first = input.first else { return }
        let file = DataFile.allCases[Int(first) % DataFile.allCases.count]
        var files = fixture
        files[file] = [UInt8](input.dropFirst())
        outlines(Array(input.dropFirst()))
        do {
            let dataset = try DatasetLoader.load(files: files, displayPath: "F")
            draw(dataset)
        } catch {
            precondition(error.exitStatus == 65, "a complete folder must fail as invalid (65), not \(error.exitStatus)")
            precondition(!error.issues.isEmpty, "a rejected folder must say why")
            for issue in error.issues {
                precondition(!issue.description.unicodeScalars.contains(where: SafeText.isUnsafe), "unescaped control character in: \(issue.description.debugDescription)")
            }
        }
    }

    nonisolated(unsafe) static var fixtureDataset: Dataset?

    /// The same bytes as the map's outline file: refused with reasons, or drawn at two sizes.
    static func outlines(_ bytes: [UInt8]) {
        if fixtureDataset == nil { fixtureDataset = try? DatasetLoader.load(files: fixture, displayPath: "F") }
        guard var dataset = fixtureDataset else { preconditionFailure("the valid fixture must load") }
        do throws(LoadFailure) {
            dataset = dataset.with(outlines: try OutlineLoader.load(bytes: bytes, file: "F/geo/outlines.geojson", sources: Set(dataset.sources.map(\.id)), countries: dataset.countries))
        } catch {
            precondition(error.exitStatus == 65 && !error.issues.isEmpty, "refused outlines must be invalid (65) and say why")
            return
        }
        let dashboard = Dashboard(dataset: dataset)
        var state = dashboard.initialState(route: .screen(.map))
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            state = dashboard.reduce(state, key: .right)
            precondition(Frame.render(ScreenContext(dashboard: dashboard, state: state, theme: .mono, glyphs: .unicode), size: size).cells.count == size.width * size.height)
        }
    }

    /// Draws the screens a user would open first on this data.
    static func draw(_ dataset: Dataset) {
        let dashboard = Dashboard(dataset: dataset)
        var state = dashboard.initialState()
        for route in [Route.screen(.overview), .screen(.homicides), .screen(.decrees), .screen(.programs), .screen(.claims)] {
            state.stack = [route]
            let canvas = Frame.render(ScreenContext(dashboard: dashboard, state: state, theme: .dark, glyphs: .unicode), size: Size(width: 80, height: 24))
            precondition(canvas.cells.count == 80 * 24)
            state = dashboard.reduce(state, key: .enter)
            _ = Frame.render(ScreenContext(dashboard: dashboard, state: state, theme: .dark, glyphs: .unicode), size: Size(width: 80, height: 24))
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    LoaderFuzz.run(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}
