import Foundation
import Testing

/// End to end: the real probe in a real pseudo-terminal (tmux), read back from the screen.
///
/// These are the guarantees an SSH attendee depends on: the screen appears, keys arrive,
/// and whatever way the program ends (q, a signal, a crash, a dropped connection) the
/// terminal modes are exactly what they were before (`stty -g` before == after).
@Suite(.serialized, .tags(.slow, .terminal), .enabled(if: TmuxHarness.isAvailable, "tmux is not installed"))
struct PseudoTerminalTests {
    @Test func drawsTheCardTakesKeysAndRestoresTheTerminal() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start()
        let ready = tmux.waitForSettledFrame(containing: "probe ready")
        #expect(ready.found, "screen was:\n\(ready.screen)")
        #expect(ready.screen.contains("Vigía terminal probe"))
        #expect(ready.screen.contains("┌──┬──┐"))
        #expect(ready.screen.contains("⣿"))
        #expect(ready.screen.contains("Bogotá, São Paulo"))
        #expect(ready.screen.contains("Unicode:     yes"))
        #expect(ready.screen.contains("256 colours"))

        try tmux.send("Up")
        #expect(tmux.waitForSettledFrame(containing: "Last key:    up").found)
        try tmux.send("F5")
        #expect(tmux.waitForSettledFrame(containing: "Last key:    F5").found)
        try tmux.send("é")
        #expect(tmux.waitForSettledFrame(containing: "Last key:    character 'é'").found)
        try tmux.send("BTab")
        #expect(tmux.waitForSettledFrame(containing: "Last key:    backTab").found)
        try tmux.send("C-a")
        #expect(tmux.waitForSettledFrame(containing: "Last key:    Ctrl-A").found)

        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalModesRestored, "stty before: \(tmux.read("before")) after: \(tmux.read("after"))")
        #expect(tmux.read("err").isEmpty)
        // The alternate screen is gone: the shell's (empty) screen is back.
        #expect(tmux.waitForSettledFrame(without: "probe ready").found, "\(tmux.capture())")
    }

    @Test func escapeArrivesWithoutALongDelay() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start()
        #expect(tmux.waitForSettledFrame(containing: "probe ready").found)
        let start = Date()
        try tmux.send("Escape")
        let quiet = TmuxHarness.defaultQuiet
        let escape = tmux.waitForSettledFrame(containing: "Last key:    escape", quiet: quiet)
        #expect(escape.found, "\(escape.screen)")
        // The frame had been on screen, unchanged, for `quiet` seconds when the wait returned,
        // so it arrived at the latest this long after the key.
        let arrived = Date().timeIntervalSince(start) - quiet
        #expect(arrived < 0.8, "ESC took \(arrived) s")
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func cLocaleFallsBackToASCII() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start(environment: ["TERM": "xterm-256color", "LC_ALL": "C"])
        let ready = tmux.waitForSettledFrame(containing: "probe ready")
        #expect(ready.found, "screen was:\n\(ready.screen)")
        #expect(ready.screen.contains("Unicode:     no"))
        #expect(ready.screen.contains("Vigia terminal probe - press q"))
        #expect(ready.screen.contains("+--+--+"))
        #expect(ready.screen.contains("Bogota, Sao Paulo, Peru, Nunoa, Cordoba"))
        #expect(!ready.screen.contains("~"))
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalModesRestored)
    }

    @Test func asciiFlagOverridesAUTF8Locale() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start(arguments: ["--ascii", "--theme", "mono"])
        let ready = tmux.waitForSettledFrame(containing: "probe ready")
        #expect(ready.screen.contains("Unicode:     no"))
        #expect(ready.screen.contains("monochrome"))
        #expect(ready.screen.contains("Bogota"))
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func noColorMeansMonochrome() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start(environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": "1"])
        #expect(tmux.waitForSettledFrame(containing: "Colours:     monochrome").found)
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test(arguments: ["vt100", "screen", "xterm", "linux", "tmux-256color"])
    func worksOnCommonTerminalTypes(term: String) throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start(environment: ["TERM": term, "LANG": "C.UTF-8"])
        let ready = tmux.waitForSettledFrame(containing: "probe ready")
        #expect(ready.found, "TERM=\(term) screen was:\n\(ready.screen)")
        #expect(ready.screen.contains("Terminal:    \(term) (TERM=\(term))"))
        try tmux.send("Down")
        #expect(tmux.waitForSettledFrame(containing: "Last key:    down").found, "TERM=\(term)")
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalModesRestored, "TERM=\(term)")
    }

    @Test func unknownTerminalFallsBack() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start(environment: ["TERM": "xterm-nonexistent-42", "LANG": "C.UTF-8"])
        let ready = tmux.waitForSettledFrame(containing: "probe ready")
        #expect(ready.found, "screen was:\n\(ready.screen)")
        #expect(ready.screen.contains("Terminal:    xterm-256color (TERM=xterm-nonexistent-42) fallback"))
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalModesRestored)
    }

    @Test func missingTERMFallsBack() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start(environment: ["LANG": "C.UTF-8"])
        #expect(tmux.waitForSettledFrame(containing: "Terminal:    xterm-256color (TERM=(unset)) fallback").found)
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func dumbTerminalIsRefusedQuickly() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start(environment: ["TERM": "dumb", "LANG": "C.UTF-8"])
        #expect(tmux.exitStatus(timeout: 5) == 1)
        #expect(tmux.read("err").contains("'dumb' cannot move the cursor"))
        #expect(tmux.terminalModesRestored)
    }

    @Test func notATerminalIsRefused() throws {
        guard let probe = TmuxHarness.productPath("vigia-terminal-probe") else {
            Issue.record("vigia-terminal-probe not built")
            return
        }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-notatty-\(getpid()).err").path
        defer { try? FileManager.default.removeItem(atPath: errors) }
        let status = try spawnAndWait(probe, [], environment: ["TERM": "xterm-256color"], standardError: errors)
        #expect(status == 1)
        #expect(((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "").contains("standard input is not a terminal"))
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func quitSignalsRestoreTheTerminal(signal: Int32) throws {
        let status = 128 + signal
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start()
        #expect(tmux.waitForSettledFrame(containing: "probe ready").found)
        let pid = try #require(tmux.probePID())
        #expect(kill(pid, signal) == 0)
        #expect(tmux.exitStatus(timeout: 5) == status)
        #expect(tmux.terminalModesRestored, "after signal \(signal)")
        #expect(tmux.waitForSettledFrame(without: "probe ready").found, "\(tmux.capture())")
    }

    @Test func controlCQuitsCleanly() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start()
        #expect(tmux.waitForSettledFrame(containing: "probe ready").found)
        try tmux.send("C-c")
        #expect(tmux.exitStatus(timeout: 5) == 130)
        #expect(tmux.terminalModesRestored)
    }

    @Test func crashRestoresTheTerminalAndShowsTheMessage() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start(arguments: ["--self-test-crash"])
        #expect(tmux.waitForSettledFrame(containing: "press ! to crash").found)
        try tmux.send("!")
        let status = tmux.exitStatus(timeout: 20)
        #expect(status == 128 + SIGILL || status == 128 + SIGTRAP, "status \(String(describing: status))")
        #expect(tmux.terminalModesRestored)
        // stderr was captured while curses owned the screen and replayed after restoring it.
        #expect(tmux.read("err").contains("self-test crash"))
        #expect(tmux.waitForSettledFrame(without: "probe ready").found, "\(tmux.capture())")
    }

    @Test func resizeRedrawsAndSmallWindowsShowAMessage() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start()
        #expect(tmux.waitForSettledFrame(containing: "Size:        100x30").found)
        try tmux.resize(width: 30, height: 8)
        let small = tmux.waitForSettledFrame(containing: "Terminal too small", "30×8")
        #expect(small.found, "screen was:\n\(small.screen)")
        #expect(small.screen.contains("40×12"))
        #expect(small.screen.contains("30×8"))
        try tmux.resize(width: 90, height: 25)
        #expect(tmux.waitForSettledFrame(containing: "Size:        90x25").found)
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalModesRestored)
    }

    @Test func droppedTerminalEndsTheProcessInsteadOfSpinning() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        // In its own session the probe gets no SIGHUP when the pty closes: only the closed
        // input tells it the terminal is gone (as when a SSH connection drops oddly).
        try tmux.start(wrapper: "setsid", prelude: "trap '' HUP")
        #expect(tmux.waitForSettledFrame(containing: "probe ready").found)
        let pid = try #require(tmux.probePID())
        try tmux.killWindow()
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, FileManager.default.fileExists(atPath: "/proc/\(pid)/stat"),
              !(try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)).contains(") Z") {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let gone = !FileManager.default.fileExists(atPath: "/proc/\(pid)/stat")
            || ((try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.contains(") Z") ?? true)
        #expect(gone, "the probe was still running 5 s after its terminal closed")
    }

    @Test func idleDashboardUsesNoCPUAndSendsNoBytes() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start()
        #expect(tmux.waitForSettledFrame(containing: "probe ready").found)
        let pid = try #require(tmux.probePID())
        try tmux.recordOutput(to: "output")
        let before = try #require(cpuTicks(of: pid))
        Thread.sleep(forTimeInterval: 1.5)
        let after = try #require(cpuTicks(of: pid))
        #expect(after - before <= 1, "used \(after - before) ticks while idle")
        #expect(tmux.size(of: "output") == 0, "sent \(tmux.size(of: "output")) bytes while idle")

        // One key changes one line: the frame costs a few dozen bytes, not a screenful.
        try tmux.send("Up")
        #expect(tmux.waitForSettledFrame(containing: "Last key:    up").found)
        let frameBytes = tmux.waitForSettledSize(of: "output")
        #expect(frameBytes > 0 && frameBytes < 200, "a one-line change cost \(frameBytes) bytes")
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func suspendAndResume() throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try tmux.start()
        #expect(tmux.waitForSettledFrame(containing: "probe ready").found)
        try tmux.send("C-z")
        // Stopped, with the terminal handed back to the shell in its original modes.
        #expect(tmux.waitForFile("stopped", timeout: 5) != nil)
        #expect(!tmux.read("during").isEmpty && tmux.read("during") == tmux.read("before"))
        #expect(tmux.waitForSettledFrame(without: "probe ready").found)
        tmux.resumeStoppedProbe()
        #expect(tmux.waitForSettledFrame(containing: "probe ready").found)
        try tmux.send("Left")
        #expect(tmux.waitForSettledFrame(containing: "Last key:    left").found)
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalModesRestored)
    }
}
