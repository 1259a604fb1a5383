import Foundation
import Testing
import VigiaModel
import VigiaViews
@testable import VigiaBriefing

/// Recording a briefing (`BriefingRecorder`) and reading it back (`RecordingReader`): what
/// followers received with its times, notes only when asked, a recording cut short by a crash,
/// and every kind of bad file refused with its line.
@Suite struct RecordingTests {
    static let presenter = BriefingTestSupport.presenter
    static let header = RecordingFormat.Header(deck: BriefingTestSupport.deck.title, steps: BriefingTestSupport.deck.steps.count,
                                               data: RecordingFormat.DataIdentity(BriefingTestSupport.dashboard.dataset), notes: false)

    private func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("vigia-recording-\(UUID().uuidString).jsonl").path
    }

    /// Steps through the whole bundled deck, recording each step `spacing` seconds apart from
    /// `start` (a real presenter's first step is recorded a moment after its clock starts).
    static func recordWholeDeck(to path: String, notes: Bool = false, start: Double = 0, spacing: Double = 30, finish: Bool = true) throws {
        var header = Self.header
        header.notes = notes
        let recorder = try BriefingRecorder(path: path, header: header)
        var state = presenter.initialState()
        for step in presenter.deck.steps.indices {
            if step > 0 { state = presenter.reduce(state, key: .character("n")) }
            let current = presenter.deck.steps[step]
            recorder.record(presenter.broadcast(state), at: start + Double(step) * spacing, notes: current.notes, sources: current.sources)
        }
        if finish { recorder.finish(at: start + Double(presenter.deck.steps.count) * spacing) }
    }

    private func failure(_ text: String) -> RecordingReader.Failure? {
        do {
            _ = try RecordingReader.parse(Array(text.utf8), file: "r.jsonl")
            return nil
        } catch {
            return error
        }
    }

    @Test func aRecordingHoldsWhatFollowersReceivedWithItsTimes() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.recordWholeDeck(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == Self.presenter.deck.steps.count + 2)
        #expect(lines[0].hasPrefix("{\"data\":{"))
        // Each line after the header is a follow message, as a follower decodes it.
        guard case .success(.state(let sequence, let broadcast)) = MessageCodec.decode(Array(lines[2].utf8)) else {
            Issue.record("not a follow message: \(lines[2])")
            return
        }
        #expect(sequence == 2 && broadcast == BriefingTestSupport.broadcast(step: 1))
        #expect(MessageCodec.decode(Array(lines.last!.utf8)) == .success(.bye))
        #expect(!text.contains("\"notes\":["), "no speaker notes unless asked")

        let recording = try RecordingReader.read(path)
        #expect(recording.header == Self.header)
        #expect(recording.states.map(\.broadcast.title) == Self.presenter.deck.steps.map(\.title))
        #expect(recording.states.map(\.at) == Self.presenter.deck.steps.indices.map { Double($0) * 30 })
        #expect(recording.duration == Double(Self.presenter.deck.steps.count) * 30)
        #expect(recording.cutShort == nil)
        #expect(recording.states.allSatisfy { $0.notes == nil })
    }

    @Test func notesAreRecordedOnlyWhenAsked() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.recordWholeDeck(to: path, notes: true)
        let recording = try RecordingReader.read(path)
        #expect(recording.header.notes)
        #expect(recording.states.map { $0.notes ?? [] } == Self.presenter.deck.steps.map(\.notes))
        #expect(recording.states[0].sources == Self.presenter.deck.steps[0].sources)
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: BriefingError.self) { try BriefingRecorder(path: path, header: Self.header) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
    }

    @Test func aRecordingCutShortPlaysWhatItHasAndSaysWhereItEnds() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.recordWholeDeck(to: path, finish: false)
        let noGoodbye = try RecordingReader.read(path)
        #expect(noGoodbye.states.count == Self.presenter.deck.steps.count)
        #expect(noGoodbye.cutShort == "The recording ends at 6:00, cut short: the presenter never said goodbye.")
        // A crash in the middle of writing a line: everything before it still plays.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix(5).joined(separator: "\n") + "\n" + lines[5].prefix(40)
        let partial = try RecordingReader.parse(Array(cut.utf8), file: "r.jsonl")
        #expect(partial.states.count == 4)
        #expect(partial.cutShort == "The recording ends at 1:30, cut short: line 6 was never finished.")
    }

    @Test func badRecordingsAreRefusedWithTheirLine() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.recordWholeDeck(to: path)
        let good = try String(contentsOfFile: path, encoding: .utf8)
        let lines = good.split(separator: "\n").map(String.init)
        let body = lines.dropFirst().joined(separator: "\n") + "\n"
        #expect(failure("")?.description == "r.jsonl:1: the recording is empty: it has no header and no step")
        #expect(failure("{\"type\":\"recor")?.description == "r.jsonl:1: cut off inside its first line; not a usable recording")
        #expect(failure("{\"name\":\"Ecuador\"}\n")?.description == "r.jsonl:1: not a Vigía briefing recording (the first line is not a recording header)")
        #expect(failure("just text\n" + body)?.line == 1)
        let future = lines[0].replacingOccurrences(of: "\"v\":1}", with: "\"v\":2}")
        #expect(failure(future + "\n" + body)?.description == "r.jsonl:1: recording version 2 is newer than this vigia reads (1); replay it with a newer vigia")
        var garbled = lines
        garbled[3] = "{\"at\":60,\"v\":1,\"type\":\"state\",\"seq\":3,\"state\":{]}"
        #expect(failure(garbled.joined(separator: "\n") + "\n")?.line == 4)
        var newer = lines
        newer[2] = newer[2].replacingOccurrences(of: "\"v\":1", with: "\"v\":7")
        #expect(failure(newer.joined(separator: "\n") + "\n")?.description == "r.jsonl:3: unknown protocol version 7 (this is 1)")
        var backwards = lines
        backwards[3] = backwards[3].replacingOccurrences(of: "\"at\":60", with: "\"at\":10")
        #expect(failure(backwards.joined(separator: "\n") + "\n")?.description.hasPrefix("r.jsonl:4: time 10.0 goes back") == true)
        #expect(failure(good + lines[1] + "\n")?.description == "r.jsonl:\(lines.count + 1): a line after the presenter's goodbye")
        #expect(failure(lines[0] + "\n")?.description == "r.jsonl:2: the recording holds no step")
        let hostile = lines[0].replacingOccurrences(of: "\"date\":\"", with: "\"date\":\"\\u001b[2J")
        #expect(failure(hostile + "\n" + body)?.description.hasPrefix("r.jsonl:1: the recording header has a title or date") == true, "\(hostile)")
        #expect(failure(good)?.exitStatus == nil)
        #expect(failure("x\n")?.exitStatus == 65)
        #expect(throws: RecordingReader.Failure.self) { try RecordingReader.read("/nonexistent/recording") }
    }

    /// An empty file is read like any other and refused as a recording, with its line and 65;
    /// 66 is only for a file that cannot be read at all.
    @Test func anEmptyFileIsABadRecordingNotAMissingOne() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data().write(to: URL(fileURLWithPath: path))
        let failure = #expect(throws: RecordingReader.Failure.self) { try RecordingReader.read(path) }
        #expect(failure?.description == "\(path):1: the recording is empty: it has no header and no step")
        #expect(failure?.exitStatus == 65)
        #expect((try? RecordingReader.read("/nonexistent/recording")) == nil)
    }
}
