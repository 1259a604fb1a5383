import Foundation
import VigiaBriefing
import VigiaModel
import VigiaViews

/// libFuzzer target: the follow-mode message decoder fed an arbitrary byte stream
/// (`Scripts/fuzz.sh briefing`).
///
/// The bytes go through what `BriefingClient` does with a presenter's socket: `LineSplitter`
/// (here with a 1 KB limit, so the fuzzer also reaches the oversized-line path), then
/// `MessageCodec.decode` per line. A decoded state is handed to `Follower.receive`, which
/// checks it against the bundled data, and the follower's screen is drawn with
/// `BriefingFrame.render`.
///
/// The same bytes are also read as a briefing recording (`RecordingReader`, what `vigia
/// replay` reads); one that is accepted is replayed headless through `ReplayPlayer.frames`.
///
/// Checked beyond "no crash": a decoded message encodes back to a line that decodes to the
/// same message, and nothing drawn holds a character that could drive the terminal.
enum BriefingFuzz {
    nonisolated(unsafe) static var follower: Follower?

    static func setUp() {
        let location = DataLocation.resolve(explicit: nil)
        do {
            let dataset = try DatasetLoader.load(from: location.url, displayPath: location.displayPath)
            follower = Follower(dashboard: Dashboard(dataset: dataset), socketPath: "/nonexistent/briefing.sock")
        } catch {
            fatalError("BriefingFuzz: the bundled data at \(location.displayPath) does not load: \(error.issues.prefix(3))")
        }
    }

    static func run(_ input: UnsafeRawBufferPointer) {
        if follower == nil { setUp() }
        guard let follower else { return }
        var state = follower.initialState()
        var splitter = LineSplitter(limit: 1024)
        for item in splitter.append(input) {
            guard case .line(let line) = item, !line.isEmpty else { continue }
            guard case .success(let message) = MessageCodec.decode(line) else { continue }
            let again = MessageCodec.encode(message)
            precondition(again.last == 0x0A && !again.dropLast().contains(0x0A), "an encoded message must be one line")
            guard case .success(let decodedAgain) = MessageCodec.decode(again.dropLast()) else {
                preconditionFailure("a decoded message does not survive encoding: \(String(decoding: again, as: UTF8.self))")
            }
            precondition(decodedAgain == message, "a decoded message changes when encoded and decoded again")
            switch message {
            case .bye:
                state = follower.disconnected(state)
            case .state(_, let broadcast):
                if let next = try? follower.receive(state, broadcast) { state = next }
            }
            let context = ScreenContext(dashboard: follower.dashboard, state: state.app, theme: .dark, glyphs: .unicode)
            expectSafe(BriefingFrame.render(context, chrome: follower.chrome(state), size: Size(width: 80, height: 24)))
        }
        if let recording = try? RecordingReader.parse(Array(input), file: "fuzz") {
            let player = ReplayPlayer(follower: follower, states: recording.states, duration: recording.duration,
                                      ending: recording.cutShort ?? "end")
            for frame in player.frames(size: Size(width: 80, height: 24), theme: .dark, glyphs: .unicode) { expectSafe(frame.canvas) }
        }
    }

    static func expectSafe(_ canvas: Canvas) {
        for cell in canvas.cells {
            precondition(!cell.grapheme.unicodeScalars.contains(where: SafeText.isUnsafe), "unsafe character drawn: \(cell.grapheme.debugDescription)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func briefingFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    BriefingFuzz.run(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}
