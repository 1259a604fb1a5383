import Foundation
import Testing
import VigiaViews
@testable import VigiaTerminal

/// Terminal faults against the real `vigia` dashboard in a real pseudo-terminal (tmux):
/// extreme sizes, a resize storm, every quit and stop signal, a forced crash, the terminal
/// vanishing under it, odd `TERM`s and locales, and a storm of random keys.
///
/// `PseudoTerminalTests` covers the same machinery through `vigia-terminal-probe`; these run
/// the dashboard itself, with its data, screens and state, and check what it draws against
/// `vigia render` at the same size (below 40×12, against the "too small" notice):
/// the final frame must be exactly the headless one.
@Suite(.serialized, .tags(.slow, .terminal), .enabled(if: TmuxHarness.isAvailable, "tmux is not installed"))
struct TerminalFaultTests {
    static let utf8 = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]

    /// What `vigia render overview` prints at `width`×`height`, as lines without trailing blanks;
    /// below the minimum size, the `TooSmallNotice` drawn instead of the dashboard.
    static func headlessFrame(width: Int, height: Int) throws -> [String] {
        if let canvas = TooSmallNotice.canvas(size: Size(width: width, height: height), minimum: Frame.minimumSize,
                                              glyphs: .unicode, style: Style()) {
            return trimmed(canvas.text, height: height)
        }
        let result = try BuiltProduct.run("vigia", ["render", "overview", "--size", "\(width)x\(height)"])
        #expect(result.status == 0, "\(result.stderr)")
        return trimmed(result.stdout, height: height)
    }

    /// `text` as exactly `height` lines with trailing blanks removed.
    static func trimmed(_ text: String, height: Int) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        if lines.count > height { lines.removeLast(lines.count - height) }
        while lines.count < height { lines.append("") }
        return lines
    }

    /// Waits until the pane shows exactly `frame`, settled (unchanged for the harness's quiet
    /// interval); returns the last capture.
    @discardableResult
    static func waitForFrame(_ frame: [String], in harness: TmuxHarness) -> (matched: Bool, screen: [String]) {
        let settled = harness.waitForSettledFrame { trimmed($0, height: frame.count) == frame }
        return (settled.found, trimmed(settled.screen, height: frame.count))
    }

    /// True once `pid` has exited (gone, or a zombie waiting for its parent).
    static func hasExited(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        return stat.contains(") Z") || stat.contains(") X")
    }

    /// Whether this test process (and so the `vigia` built with it) runs under AddressSanitizer.
    static let underAddressSanitizer = dlsym(nil, "__asan_init") != nil  // nil: RTLD_DEFAULT
    /// Whether this test process (and so the `vigia` built with it) runs under ThreadSanitizer,
    /// whose runtime alone makes a process's exit take most of a second.
    static let underThreadSanitizer = dlsym(nil, "__tsan_init") != nil

    /// Resident memory of `pid` in kilobytes (`VmRSS`).
    static func residentKilobytes(_ pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    private func launch(_ harness: TmuxHarness, width: Int = 100, height: Int = 30, environment: [String: String] = utf8,
                        wrapper: String = "", prelude: String = "") throws {
        try harness.start(program: "vigia", environment: environment, width: width, height: height, wrapper: wrapper, prelude: prelude)
    }

    // MARK: Sizes

    @Test(arguments: [(1, 1), (2, 2), (12, 3), (39, 11), (40, 12), (80, 24), (132, 43), (200, 60), (400, 120)])
    func drawsExactlyTheHeadlessFrameAtEverySize(width: Int, height: Int) throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness, width: width, height: height)
        let frame = try Self.headlessFrame(width: width, height: height)
        let (matched, screen) = Self.waitForFrame(frame, in: harness)
        #expect(matched, "\(width)×\(height) showed:\n\(screen.joined(separator: "\n"))\nexpected:\n\(frame.joined(separator: "\n"))")
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
    }

    @Test(.tags(.storm)) func survivesTwoHundredResizesInTwoSecondsAndDrawsTheFinalSize() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness)
        #expect(Self.waitForFrame(try Self.headlessFrame(width: 100, height: 30), in: harness).matched)
        let pid = try #require(harness.probePID())
        var random = SeededRandom(seed: 0x5EED_0200)
        let start = Date()
        for index in 0..<200 {
            // Every size class: 1×1, too small, the minimum, ordinary, and as big as 400×120.
            let width = index % 10 == 0 ? 1 : Int.random(in: 1...400, using: &random)
            let height = index % 10 == 0 ? 1 : Int.random(in: 1...120, using: &random)
            try harness.resize(width: width, height: height)
            let due = start.addingTimeInterval(Double(index + 1) * 0.01)
            if due > Date() { Thread.sleep(until: due) }
        }
        try harness.resize(width: 97, height: 33)
        // The pace (one resize every 10 ms, 2 s in all) is the harness's: each resize is a tmux
        // client process, and on a loaded two-core machine 200 of them took 3.9 s. What is
        // tested is vigia — alive, and drawing the exact final frame — so the clock only has to
        // show it was still a storm.
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 10, "the storm took \(elapsed) s")
        #expect(!Self.hasExited(pid), "vigia died during the resize storm")
        let frame = try Self.headlessFrame(width: 97, height: 33)
        let (matched, screen) = Self.waitForFrame(frame, in: harness)
        #expect(matched, "after the storm:\n\(screen.joined(separator: "\n"))")
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
    }

    // MARK: Signals and crashes

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT])
    func quitSignalsRestoreTheTerminal(signal: Int32) throws {
        // SIGQUIT is not caught as a quit: it takes the crash path (restore, then the default action).
        try expectSignalEndsTheSessionCleanly(signal, timeout: 5)
    }

    /// Every other signal whose default action ends the process (no core dump) ends the session
    /// like SIGTERM: exit 128 + signal, modes restored, dashboard gone. Linux numbers them
    /// SIGUSR1 10, SIGUSR2 12, SIGALRM 14, SIGSTKFLT 16, SIGVTALRM 26, SIGPROF 27, SIGIO 29,
    /// SIGPWR 30, and the real-time signals from SIGRTMIN (34) to SIGRTMAX (64).
    @Test(arguments: [SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSTKFLT,
                      __libc_current_sigrtmin(), __libc_current_sigrtmax()])
    func otherTerminatingSignalsRestoreTheTerminal(signal: Int32) throws {
        try expectSignalEndsTheSessionCleanly(signal)
    }

    /// A signal the parent chose to ignore stays ignored: `vigia` only takes the extra quit
    /// signals from their default action.
    @Test func anIgnoredSignalStaysIgnored() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness, width: 90, height: 28, prelude: "trap '' USR1")
        let frame = try Self.headlessFrame(width: 90, height: 28)
        #expect(Self.waitForFrame(frame, in: harness).matched)
        let pid = try #require(harness.probePID())
        #expect(kill(pid, SIGUSR1) == 0)
        try harness.send("2")
        #expect(harness.waitForSettledFrame(containing: "Ranking").found, "\(harness.capture())")
        #expect(!Self.hasExited(pid), "an ignored SIGUSR1 ended vigia")
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
    }

    /// Ctrl-\ typed at the keyboard: the tty sends SIGQUIT with si_code SI_KERNEL, not SI_USER as
    /// kill(2) does, so the crash handler must raise it again itself (the instruction it
    /// interrupted would not).
    @Test func controlBackslashRestoresTheTerminal() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness)
        #expect(harness.waitForSettledFrame(containing: "Overview", "? help").found, "\(harness.capture())")
        try harness.send("C-\\")
        let status = harness.exitStatus()
        #expect(status == 128 + SIGQUIT, "status \(String(describing: status))")
        #expect(harness.terminalModesRestored, "stty before \(harness.read("before")) after \(harness.read("after"))")
        let after = harness.waitForSettledFrame(without: "Overview")
        #expect(after.found, "Ctrl-\\ left the dashboard on screen:\n\(after.screen)")
    }

    /// The crash path: faults, and the signals whose default action dumps core (SIGSYS, SIGXCPU,
    /// SIGXFSZ), plus SIGPIPE (never expected in a session; it keeps its default meaning).
    @Test(arguments: [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, SIGXCPU, SIGXFSZ, SIGPIPE])
    func aCrashRestoresTheTerminal(signal: Int32) throws {
        // A crash signal from outside takes the same handler as a fault inside.
        try expectSignalEndsTheSessionCleanly(signal, timeout: 10)
    }

    /// Sends `signal` to a running dashboard and checks the session ends as a signal should:
    /// exit status 128 + signal, the terminal's modes restored, and the dashboard gone.
    private func expectSignalEndsTheSessionCleanly(_ signal: Int32, timeout: Double = TmuxHarness.defaultTimeout) throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness)
        #expect(harness.waitForSettledFrame(containing: "Overview", "? help").found, "\(harness.capture())")
        let pid = try #require(harness.probePID())
        #expect(kill(pid, signal) == 0)
        let status = harness.exitStatus(timeout: timeout)
        #expect(status == 128 + signal, "signal \(signal): status \(String(describing: status))")
        #expect(harness.terminalModesRestored, "signal \(signal): stty before \(harness.read("before")) after \(harness.read("after"))")
        let after = harness.waitForSettledFrame(without: "Overview")
        #expect(after.found, "signal \(signal) left the dashboard on screen:\n\(after.screen)")
    }

    @Test func stopAndContinueRestoreThenRedraw() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness, width: 90, height: 28)
        let frame = try Self.headlessFrame(width: 90, height: 28)
        #expect(Self.waitForFrame(frame, in: harness).matched)
        let pid = try #require(harness.probePID())
        #expect(kill(pid, SIGTSTP) == 0)
        #expect(harness.waitForFile("stopped", timeout: 5) != nil, "SIGTSTP did not stop vigia")
        #expect(!harness.read("during").isEmpty && harness.read("during") == harness.read("before"), "modes while stopped differ")
        #expect(harness.waitForSettledFrame(without: "Overview").found, "\(harness.capture())")
        harness.resumeStoppedProbe()  // `fg`: SIGCONT
        let (matched, screen) = Self.waitForFrame(frame, in: harness)
        #expect(matched, "after SIGCONT:\n\(screen.joined(separator: "\n"))")
        try harness.send("2")
        #expect(harness.waitForSettledFrame(containing: "Ranking").found, "\(harness.capture())")
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
    }

    // MARK: The terminal goes away

    /// Closes the pane's pty under vigia and checks it exits within a second without spinning.
    private func closeTerminal(wrapper: String, prelude: String) throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness, wrapper: wrapper, prelude: prelude)
        #expect(harness.waitForSettledFrame(containing: "Overview", "? help").found, "\(harness.capture())")
        let pid = try #require(harness.probePID())
        let ticksBefore = try #require(cpuTicks(of: pid))
        var lastTicks = ticksBefore
        let closed = Date()
        try harness.killWindow()
        while !Self.hasExited(pid), Date().timeIntervalSince(closed) < 5 {
            lastTicks = cpuTicks(of: pid) ?? lastTicks
            Thread.sleep(forTimeInterval: 0.01)
        }
        let took = Date().timeIntervalSince(closed)
        #expect(Self.hasExited(pid), "vigia still running 5 s after its terminal closed")
        #expect(took < (Self.underThreadSanitizer ? 3 : 1), "vigia took \(took) s to notice its terminal closed")
        // Exiting costs a few milliseconds; spinning on a dead terminal would cost every tick.
        #expect(lastTicks - ticksBefore <= 5, "vigia used \(lastTicks - ticksBefore) ticks after its terminal closed")
    }

    @Test func closedTerminalWithHangupEndsWithinASecond() throws {
        try closeTerminal(wrapper: "", prelude: "")
    }

    @Test func closedTerminalWithoutHangupEndsWithinASecond() throws {
        // Own session, SIGHUP ignored: only the dead input tells vigia (an SSH link dropped oddly).
        try closeTerminal(wrapper: "setsid", prelude: "trap '' HUP")
    }

    // MARK: TERM and locale

    @Test(arguments: [
        ["TERM": "xterm-nonexistent-42", "LANG": "C.UTF-8"],
        ["LANG": "C.UTF-8"],
        ["TERM": "vt100"],
        ["TERM": "xterm-256color", "LC_ALL": "C"],
        ["TERM": "xterm-256color", "LANG": "xx_YY.bogus"],
    ])
    func oddTerminalsAndLocalesStillDraw(environment: [String: String]) throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness, width: 80, height: 24, environment: environment)
        let (found, screen) = harness.waitForSettledFrame(containing: "Overview", "? help")
        #expect(found, "\(environment): \(screen)")
        if environment["LANG"] != "C.UTF-8" {
            // No UTF-8 locale: ASCII only.
            #expect(!screen.unicodeScalars.contains { $0.value > 0x7F }, "\(environment): \(screen)")
        }
        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
    }

    @Test func dumbTerminalIsRefusedWithAMessage() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness, environment: ["TERM": "dumb", "LANG": "C.UTF-8"])
        #expect(harness.exitStatus(timeout: 5) == 1)
        #expect(harness.read("err").contains("vigia: "), "stderr: \(harness.read("err"))")
        #expect(harness.read("err").contains("dumb"))
        #expect(harness.terminalModesRestored)
    }

    // MARK: Key storm

    @Test(.tags(.storm)) func aHundredThousandRandomKeysAtSeveralSizesKeepMemoryFlat() throws {
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try launch(harness, width: 80, height: 24)
        #expect(harness.waitForSettledFrame(containing: "Overview", "? help").found, "\(harness.capture())")
        let pid = try #require(harness.probePID())
        var random = SeededRandom(seed: 0xC0FFEE)
        // Every key the dashboard binds except q, as the terminal sends them (Tab, CR, DEL, ESC,
        // ^B ^F ^L), plus letters it does not bind. No ^C, ^Z or ^\ (signals, tested above).
        let alphabet = Array("jjjjkkkhhlllgG12345\t\t\r\r\r\u{7F}\u{1B}/:rsa+-=? wuxyzJKLEC0789.,ñé\u{02}\u{06}\u{0C}")
        let phases = [(80, 24), (400, 120), (20, 5), (1, 1), (132, 43), (400, 120)]
        let perPhase = 100_000 / phases.count + 1
        var resident: [Int] = []
        for (width, height) in phases {
            try harness.resize(width: width, height: height)
            var sent = 0
            while sent < perPhase {
                let chunk = String((0..<500).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
                try harness.tmux(["send-keys", "-l", "--", chunk])
                sent += chunk.count
            }
            // Leave any line editor and drill-down, then filter the Overview by letters the storm
            // never types: once the filter shows, every key sent before it has been handled.
            try harness.send("Escape", "Escape", "Escape", "Escape", "Escape", "Escape")
            // A settled frame, rather than a fixed pause, before the next keys: the six ESCs
            // have been handled, and the next key cannot join the last ESC as an Alt-key.
            harness.waitForSettledFrame(timeout: 120) { _ in true }
            try harness.send("Escape", "Escape", "1")
            try harness.resize(width: 100, height: 30)
            try harness.tmux(["send-keys", "-l", "--", "/QWQWQ"])
            let marker = harness.waitForSettledFrame(containing: "/QWQWQ", timeout: 120)
            #expect(marker.found, "after \(width)×\(height):\n\(marker.screen)")
            #expect(!Self.hasExited(pid), "vigia died in the key storm at \(width)×\(height)")
            try harness.send("Escape")
            // Wait for the filter to close: an ESC followed within ESCDELAY by the next key
            // would arrive as one Alt-key instead.
            let closed = harness.waitForSettledFrame(without: "/QWQWQ")
            #expect(closed.found, "the filter did not close:\n\(closed.screen)")
            resident.append(try #require(Self.residentKilobytes(pid)))
        }
        // Compare the two 400×120 phases (the largest frames): a leak of 100 bytes per key,
        // or of one frame per thousand keys, would add more than 8 MB between them. (Measured:
        // about 33 MB throughout, growing under 0.2 MB.) Under AddressSanitizer freed memory
        // sits in its quarantine, so resident size says nothing about leaks there.
        let growth = resident[5] - resident[1]
        if !Self.underAddressSanitizer {
            #expect(growth < 8 * 1024, "resident memory grew \(growth) KB between the two 400×120 phases: \(resident)")
            #expect(resident.max()! - resident[1] < 8 * 1024, "resident memory by phase: \(resident) KB")
        }
        try harness.send("q")
        // Either q quits, or (the storm edited the Plan Ecuador scenario) it only warns of
        // unsaved changes and a second q quits.
        let warned = harness.waitForSettledFrame { $0.contains("unsaved") || !harness.read("status").isEmpty }
        if harness.read("status").isEmpty {
            #expect(warned.found && warned.screen.contains("unsaved"), "q did not quit: \(warned.screen)")
            try harness.send("q")
        }
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
    }
}

/// SplitMix64: a small seeded generator, so a failing storm can be replayed exactly.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
