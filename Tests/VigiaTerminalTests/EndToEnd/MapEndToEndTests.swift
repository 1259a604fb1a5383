import Foundation
import Testing

/// The Map in the real binary in a real terminal (tmux): open it with 6, move between
/// countries, change the year, open a country, quit with the terminal restored.
@Suite(.serialized, .tags(.slow, .terminal), .enabled(if: TmuxHarness.isAvailable, "tmux is not installed"))
struct MapEndToEndTests {
    @Test func openMoveChangeYearDrillAndQuit() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try harness.start(program: "vigia", arguments: [], environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"], width: 120, height: 40)
        #expect(harness.waitForSettledFrame(containing: "of homicides", "q quit").found)
        try harness.send("6")
        var frame = harness.waitForSettledFrame(containing: "Homicide rate per 100k · ", "│Argentina", "40 and over")
        #expect(frame.found, "\(frame.screen)")
        let year = try #require(frame.screen.firstMatch(of: /per 100k · (\d{4})/).flatMap { Int($0.1) })
        try harness.send("]")
        frame = harness.waitForSettledFrame(containing: "Homicide rate per 100k · \(year + 1)")
        #expect(frame.found, "\(frame.screen)")
        try harness.send("[", "Up")
        frame = harness.waitForSettledFrame { $0.contains("Homicide rate per 100k · \(year)") && !$0.contains("│Argentina") && $0.contains("q quit") }
        #expect(frame.found, "\(frame.screen)")
        try harness.send("Enter")
        frame = harness.waitForSettledFrame(containing: "Map › ")
        #expect(frame.found, "\(frame.screen)")
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
    }

    @Test func withoutUTF8TheMapIsDrawnInShadingCharacters() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try harness.start(program: "vigia", arguments: ["--screen", "map"], environment: ["TERM": "xterm-256color", "LANG": "C"], width: 100, height: 30)
        let frame = harness.waitForSettledFrame(containing: "@@ 5  40 and over", "q quit")
        #expect(frame.found, "\(frame.screen)")
        #expect(!frame.screen.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
    }
}
