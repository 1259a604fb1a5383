import Foundation
import Testing

/// The real `vigia` binary in a real terminal (tmux): launch, navigate, drill, source card,
/// resize, quit — and the terminal is sane afterwards.
@Suite(.serialized, .tags(.slow, .terminal)) struct DashboardEndToEndTests {
    private func launch(_ harness: TmuxHarness, environment: [String: String], width: Int = 100, height: Int = 30, arguments: [String] = []) throws {
        try harness.start(program: "vigia", arguments: arguments, environment: environment, width: width, height: height)
    }

    @Test func navigateToEcuador2023OpenASourceResizeAndQuit() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
        var frame = harness.waitForSettledFrame(containing: "of homicides", "? help")
        #expect(frame.found, "\(frame.screen)")
        try harness.send(":country ECU", "Enter")
        frame = harness.waitForSettledFrame(containing: "Homicides › Ecuador")
        #expect(frame.found, "\(frame.screen)")
        try harness.send(":year 2023", "Enter")
        // The breadcrumb alone is not enough: it can be drawn while the rest of the frame is
        // still the country's chart. Wait for the whole year frame, settled.
        let year = harness.waitForSettledFrame(containing: "Ecuador › 2023", "45.72  UNODC via Our World in Data")
        #expect(year.found, "\(year.screen)")
        #expect(year.screen.contains("45.72  UNODC via Our World in Data"), "\(year.screen)")
        #expect(year.screen.contains("8,248  Policía Nacional"), "\(year.screen)")
        try harness.send("j", "j", "j", "s")
        let card = harness.waitForSettledFrame(containing: "2023 › Policía Nacional figures", "7,878")
        #expect(card.found, "\(card.screen)")
        #expect(card.screen.contains("7,878"), "\(card.screen)")
        try harness.resize(width: 80, height: 24)
        // Settled at the new size: every line fits 80 columns.
        frame = harness.waitForSettledFrame { screen in
            screen.contains("2023 › Policía Nacional figures") && screen.split(separator: "\n").allSatisfy { $0.count <= 80 }
        }
        #expect(frame.found, "\(frame.screen)")
        try harness.resize(width: 200, height: 60)
        frame = harness.waitForSettledFrame(containing: "2023 › Policía Nacional figures")
        #expect(frame.found, "\(frame.screen)")
        try harness.send("Escape", "Escape", "Escape", "2")
        frame = harness.waitForSettledFrame(containing: "Ranking")
        #expect(frame.found, "\(frame.screen)")
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
    }

    @Test(arguments: [
        ["TERM": "xterm-256color", "LANG": "C"],
        ["TERM": "vt100", "LANG": "C.UTF-8"],
        ["TERM": "screen", "LANG": "C.UTF-8"],
        ["TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": "1"],
    ])
    func worksAcrossTerminalsAndLocales(environment: [String: String]) throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness, environment: environment, width: 80, height: 24, arguments: ["--screen", "homicides"])
        // The status line is the last row drawn, so once it is there the frame is complete.
        let (found, screen) = harness.waitForSettledFrame(containing: "? help", "Ranking")
        #expect(found, "\(screen)")
        #expect(screen.contains("Ranking"))
        #expect(screen.contains("Ecuador"))
        if environment["LANG"] == "C" {
            // No UTF-8 locale: ASCII only, box drawing and braille fall back.
            #expect(!screen.unicodeScalars.contains { $0.value > 0x7F }, "\(screen)")
        }
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
    }

    @Test func badDataNeverStartsTheScreen() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "VIGIA_DATA": "/nonexistent"])
        #expect(harness.exitStatus() == 66)
        #expect(harness.read("err").contains("/nonexistent: no such data folder"))
        #expect(harness.terminalModesRestored)
    }
}
