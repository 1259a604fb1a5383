import Foundation
import Testing

/// The presenter's view, a recording and its replay as real processes in real terminals (tmux):
/// the running time and the next step beside the notes, `t` pausing the clock, the rehearsal
/// table on quitting, `vigia replay` stepping through what was recorded, and an asciinema cast
/// that a terminal emulator draws as the headless frames.
@Suite(.serialized, .tags(.slow, .terminal), .enabled(if: TmuxHarness.isAvailable)) struct PresenterViewEndToEndTests {
    /// The bundled deck with a planned duration on every step.
    private func timedDeck(in folder: URL) throws -> String {
        let bundled = BuiltProduct.checkout.appendingPathComponent("Data/briefings/plan-ecuador.json")
        var deck = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bundled)) as? [String: Any])
        let steps = try #require(deck["steps"] as? [[String: Any]])
        deck["steps"] = steps.map { step in step.merging(["minutes": 2]) { $1 } }
        let url = folder.appendingPathComponent("timed.json")
        try JSONSerialization.data(withJSONObject: deck).write(to: url)
        return url.path
    }

    @Test func theClockPausesStepsAndTheRehearsalTableFollows() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        let deck = try timedDeck(in: harness.directory)
        try harness.start(program: "vigia", arguments: ["brief", deck, "--rehearse", "--record", "briefing.rec"])
        var screen = harness.waitForSettledFrame(containing: " 1/13 ", "in all", "on this step of 2:00", "Next (2): Ecuador: from about 6")
        #expect(screen.found, "\(screen.screen)")
        #expect(screen.screen.contains("nobody can follow"), "a rehearsal has no socket")

        try harness.send("t")
        screen = harness.waitForSettledFrame(containing: "paused, t resumes")
        #expect(screen.found, "\(screen.screen)")
        try harness.send("n")
        screen = harness.waitForSettledFrame(containing: " 2/13 ", "0:00 on this step of 2:00", "Next (3): 2023")
        #expect(screen.found, "\(screen.screen)")
        try harness.send("T")
        screen = harness.waitForSettledFrame(containing: "0:00 in all · 0:00 on this step", "paused")
        #expect(screen.found, "\(screen.screen)")

        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        screen = harness.waitForSettledFrame(containing: "Rehearsal of “A Plan Ecuador? What the data says”")
        #expect(screen.found, "\(screen.screen)")
        #expect(screen.screen.contains("step  planned  spent    over  title"), "\(screen.screen)")
        #expect(screen.screen.contains("   1     2:00   0:00   -2:00  A third of the world's homicides"), "\(screen.screen)")
        #expect(screen.screen.contains(" all    26:00   0:00  -26:00"), "\(screen.screen)")
        #expect(screen.screen.contains("  13     2:00      —   -2:00  What a Plan Ecuador would need"), "\(screen.screen)")
        #expect(screen.screen.contains("— not shown in this run; its plan counts as time gained."), "\(screen.screen)")
        #expect(harness.terminalModesRestored)

        // What followers would have seen: two steps and the goodbye.
        let recording = harness.read("briefing.rec").split(separator: "\n")
        #expect(recording.count == 4, "\(recording)")
        #expect(recording.last?.contains("\"type\":\"bye\"") == true)
        #expect(!harness.read("briefing.rec").contains("\"notes\":["), "no speaker notes without --record-notes")
    }

    @Test func aRecordingReplaysSteppedAndAsACast() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try harness.start(program: "vigia", arguments: ["brief", "plan-ecuador", "--no-socket", "--record", "briefing.rec"])
        #expect(harness.waitForSettledFrame(containing: " 1/13 ").found)
        for step in 2...3 {
            try harness.send("n")
            #expect(harness.waitForSettledFrame(containing: " \(step)/13 ").found)
        }
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        let recording = harness.directory.appendingPathComponent("briefing.rec").path

        let replay = try TmuxHarness()
        defer { replay.stop() }
        try replay.start(program: "vigia", arguments: ["replay", recording], width: 80, height: 24)
        var screen = replay.waitForSettledFrame(containing: " 3/13 ", "ended")
        #expect(screen.found, "\(screen.screen)")
        try replay.send("p")
        screen = replay.waitForSettledFrame(containing: " 2/13 ", "paused", "Step 2/13: Ecuador: from about 6 to about 46 per 100,000")
        #expect(screen.found, "\(screen.screen)")
        try replay.send("f")
        screen = replay.waitForSettledFrame(containing: "on your own")
        #expect(screen.found, "\(screen.screen)")
        try replay.send("q")
        #expect(replay.exitStatus() == 0)
        #expect(replay.terminalModesRestored)

        try expectCastDrawsTheFrames(of: recording)
    }

    @Test func aPresenterKilledMidBriefingLeavesAPlayableRecording() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try harness.start(program: "vigia", arguments: ["brief", "plan-ecuador", "--no-socket", "--record", "briefing.rec"])
        #expect(harness.waitForSettledFrame(containing: " 1/13 ").found)
        try harness.send("n")
        #expect(harness.waitForSettledFrame(containing: " 2/13 ").found)
        let pid = try #require(Int32(harness.read("pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGKILL) == 0)
        #expect(harness.exitStatus() == 128 + SIGKILL)

        let recording = harness.directory.appendingPathComponent("briefing.rec").path
        let replay = try BuiltProduct.run("vigia", ["replay", recording, "--export", "frames", "--size", "80x24"], environment: ["LANG": "C.UTF-8"])
        #expect(replay.status == 0, "\(replay.stderr)")
        let steps = replay.stdout.components(separatedBy: "\n").filter { $0.hasPrefix(" 1/13 ") || $0.hasPrefix(" 2/13 ") }.map { String($0.prefix(6)) }
        #expect(steps.first == " 1/13 " && steps.contains(" 2/13 "), "\(replay.stdout)")
        #expect(replay.stdout.contains("cut short: the presenter never said goodbye"), "\(replay.stdout)")
    }

    /// A copy of the data with one claim renamed has the same date and record count as the
    /// data a briefing was recorded with; the replay still says the data set is another one.
    @Test func aReplayWithChangedDataSaysSoThoughItsDateAndCountAreTheSame() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        let recorded = harness.directory.appendingPathComponent("recorded-data")
        let changed = harness.directory.appendingPathComponent("changed-data")
        try FileManager.default.copyItem(at: BuiltProduct.checkout.appendingPathComponent("Data"), to: recorded)
        try FileManager.default.copyItem(at: recorded, to: changed)
        let claims = changed.appendingPathComponent("claims.json")
        let text = try String(contentsOf: claims, encoding: .utf8)
        #expect(text.contains("\"id\": \"C18\""))
        try text.replacingOccurrences(of: "\"id\": \"C18\"", with: "\"id\": \"C19\"").write(to: claims, atomically: true, encoding: .utf8)

        try harness.start(program: "vigia", arguments: ["brief", "plan-ecuador", "--no-socket", "--data", recorded.path, "--record", "briefing.rec"])
        #expect(harness.waitForSettledFrame(containing: " 1/13 ").found)
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        let recording = harness.directory.appendingPathComponent("briefing.rec").path
        for (data, noticed) in [(recorded, false), (changed, true)] {
            let replay = try BuiltProduct.run("vigia", ["replay", recording, "--data", data.path, "--export", "frames", "--size", "100x30"],
                                              environment: ["LANG": "C.UTF-8"])
            #expect(replay.status == 0, "\(replay.stderr)")
            #expect(replay.stdout.contains("Recorded with another") == noticed, "\(data.lastPathComponent):\n\(replay.stdout)")
        }
    }

    /// Every event of the cast, written into a tmux pane of the cast's size, leaves the screen
    /// the headless render printed for that frame.
    private func expectCastDrawsTheFrames(of recording: String) throws {
        let cast = try BuiltProduct.run("vigia", ["replay", recording, "--export", "cast", "--size", "100x30"], environment: ["LANG": "C.UTF-8"])
        let frames = try BuiltProduct.run("vigia", ["replay", recording, "--export", "frames", "--size", "100x30"], environment: ["LANG": "C.UTF-8"])
        #expect(cast.status == 0 && frames.status == 0, "\(cast.stderr)\(frames.stderr)")
        let texts = frames.stdout.components(separatedBy: "\n").split { $0.hasPrefix("--- ") && $0.hasSuffix(" s ---") }
            .map { $0.joined(separator: "\n") }
        let events = cast.stdout.split(separator: "\n").dropFirst().map { line -> String in
            let event = (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any]) ?? []
            return event.count == 3 ? event[2] as? String ?? "" : ""
        }
        #expect(events.count == texts.count && texts.count >= 4, "\(events.count) events, \(texts.count) frames")
        for index in [1, events.count - 1] where events.indices.contains(index) && texts.indices.contains(index) {
            let emulator = try TmuxHarness()
            defer { emulator.stop() }
            let file = emulator.directory.appendingPathComponent("events")
            try Data(events[...index].joined().utf8).write(to: file)
            try emulator.start(program: "vigia", prelude: "cat events; exec sleep 600")
            let expected = Self.trimmed(texts[index])
            let drawn = emulator.waitForSettledFrame { Self.trimmed($0) == expected }
            #expect(drawn.found, "frame \(index):\n\(drawn.screen)\nexpected:\n\(expected)")
        }
    }

    private static func trimmed(_ screen: String) -> String {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
