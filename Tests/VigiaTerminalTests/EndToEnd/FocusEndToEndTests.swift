import Foundation
import Testing

/// Focus, scrolling and key hints in the real binary in a real terminal (tmux), at 80×24 where
/// cards are cut most: Tab reaches a decree card's text, j scrolls it with its position in the
/// border, Enter shows it full-screen, Esc comes back, `?` lists the screen's keys first.
@Suite(.serialized, .tags(.slow, .terminal)) struct FocusEndToEndTests {
    /// "3–14 of 21" in a border: the first and last lines shown and the total.
    private func position(in screen: String) -> (first: Int, last: Int, total: Int)? {
        guard let match = screen.range(of: #"\d+–\d+ of \d+"#, options: .regularExpression) else { return nil }
        let numbers = screen[match].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count == 3 ? (numbers[0], numbers[1], numbers[2]) : nil
    }

    @Test func tabScrollFullViewAndHelpOnADecreeCard() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try harness.start(program: "vigia", arguments: [], environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"], width: 80, height: 24)
        #expect(harness.waitForSettledFrame(containing: "? help").found, "\(harness.capture())")
        try harness.send(":decree D004", "Enter")
        var frame = harness.waitForSettledFrame(containing: "Decreto Ejecutivo 210", "↵ open decree or source", "Tab next pane")
        #expect(frame.found, "\(frame.screen)")

        try harness.send("Tab")
        frame = harness.waitForSettledFrame(containing: "▸ Decreto Ejecutivo 210", "↓ more", "↓/↑ scroll", "↵ full view")
        #expect(frame.found, "\(frame.screen)")
        let top = try #require(position(in: frame.screen), "\(frame.screen)")
        #expect(top.first == 1 && top.total > top.last)

        try harness.send("j", "j")
        frame = harness.waitForSettledFrame(containing: "3–\(top.last + 2) of \(top.total)")
        #expect(frame.found, "\(frame.screen)")

        try harness.send("G")
        frame = harness.waitForSettledFrame(containing: "–\(top.total) of \(top.total)", without: ["↓ more"])
        #expect(frame.found, "\(frame.screen)")

        try harness.send("Enter")
        frame = harness.waitForSettledFrame(containing: "(full view)", "esc back to the screen", without: ["Related decrees and sources"])
        #expect(frame.found, "\(frame.screen)")

        try harness.send("Escape")
        frame = harness.waitForSettledFrame(containing: "Related decrees and sources", without: ["(full view)"])
        #expect(frame.found, "\(frame.screen)")

        try harness.send("?")
        frame = harness.waitForSettledFrame(containing: "This screen", "Help · Esc returns")
        #expect(frame.found, "\(frame.screen)")
        if let screenKeys = frame.screen.range(of: "This screen"), let move = frame.screen.range(of: "Move") {
            #expect(screenKeys.lowerBound < move.lowerBound)
        }

        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
    }

    @Test func eachScreenHintsItsOwnKeysFirst() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try harness.start(program: "vigia", arguments: [], environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"], width: 100, height: 30)
        #expect(harness.waitForSettledFrame(containing: "? help").found, "\(harness.capture())")
        try harness.send("4")
        var frame = harness.waitForSettledFrame(containing: " L lessons  e scenario  ↵ fiscal years", "? help")
        #expect(frame.found, "\(frame.screen)")
        try harness.send("3")
        frame = harness.waitForSettledFrame(containing: " ←/→ pan  +/- zoom  a all measures", "? help")
        #expect(frame.found, "\(frame.screen)")
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
    }
}
