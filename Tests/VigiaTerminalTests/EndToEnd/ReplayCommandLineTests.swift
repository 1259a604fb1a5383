import Foundation
import Testing

/// How `vigia replay` refuses what it cannot play, and `vigia brief --record` what it must not
/// overwrite: a clear line on standard error and the conventional exit status.
@Suite(.tags(.slow)) struct ReplayCommandLineTests {
    private func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-replay-cli-\(UUID().uuidString).jsonl")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func foreignFutureAndMissingRecordingsAreRefused() throws {
        let foreign = try file("{\"name\":\"Ecuador\"}\n")
        defer { try? FileManager.default.removeItem(atPath: foreign) }
        var result = try BuiltProduct.run("vigia", ["replay", foreign])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(foreign):1: not a Vigía briefing recording"), "\(result.stderr)")
        let future = try file("{\"data\":{\"records\":1},\"deck\":\"D\",\"notes\":false,\"steps\":1,\"type\":\"recording\",\"v\":9}\n")
        defer { try? FileManager.default.removeItem(atPath: future) }
        result = try BuiltProduct.run("vigia", ["replay", future, "--export", "frames"])
        #expect(result.status == 65 && result.stdout.isEmpty)
        #expect(result.stderr.contains("\(future):1: recording version 9 is newer than this vigia reads (1)"), "\(result.stderr)")
        result = try BuiltProduct.run("vigia", ["replay", "/nonexistent/briefing.rec"])
        #expect(result.status == 66, "\(result.stderr)")
        // An empty file can be read: it is a bad recording, not a missing one.
        let empty = try file("")
        defer { try? FileManager.default.removeItem(atPath: empty) }
        result = try BuiltProduct.run("vigia", ["replay", empty])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("\(empty):1: the recording is empty"), "\(result.stderr)")
    }

    @Test func aRecordingOfAnotherDataSetSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-replay-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let recording = folder.appendingPathComponent("b.rec").path
        let overview = "{\"at\":0,\"seq\":1,\"state\":{\"deck\":\"D\",\"step\":0,\"steps\":1,\"title\":\"Only step\",\"view\":"
            + "{\"all\":false,\"center\":19432,\"compared\":[],\"lists\":[],\"measure\":\"rate_per_100k\",\"panes\":[0],"
            + "\"stack\":[[\"overview\"]],\"year\":2023,\"zoom\":\"years\"}},\"type\":\"state\",\"v\":1}\n"
        let header = "{\"data\":{\"date\":\"1999-01-01\",\"records\":12},\"deck\":\"D\",\"notes\":false,\"steps\":1,\"type\":\"recording\",\"v\":1}\n"
        try Data((header + overview).utf8).write(to: URL(fileURLWithPath: recording))
        let result = try BuiltProduct.run("vigia", ["replay", recording, "--export", "frames", "--size", "100x30"], environment: ["LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Recorded with another data set (data to 1999-01-01, 12 records)"), "\(result.stdout)")
        #expect(result.stdout.contains("cut short: the presenter never said goodbye"), "\(result.stdout)")
    }

    @Test func recordNeverOverwritesAndNotesNeedARecording() throws {
        let existing = try file("keep\n")
        defer { try? FileManager.default.removeItem(atPath: existing) }
        var result = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--no-socket", "--record", existing])
        #expect(result.status == 73)
        #expect(result.stderr.contains("it already exists; a recording is never overwritten"), "\(result.stderr)")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep\n")
        result = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--record-notes"])
        #expect(result.status == 64 && result.stderr.contains("--record-notes needs --record FILE"), "\(result.stderr)")
    }
}
