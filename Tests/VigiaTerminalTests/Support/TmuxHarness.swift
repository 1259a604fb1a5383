import Foundation

/// Runs `vigia-terminal-probe` or `vigia` in a real pseudo-terminal owned by a private tmux server.
///
/// tmux is the terminal emulator here: it interprets what ncurses sends, answers queries a
/// bare pty could not, and lets the test read the screen back (`capture-pane`), type keys,
/// resize the window and record the bytes a frame costs (`pipe-pane`). Each harness uses its
/// own socket (`tmux -L vigia-test-<pid>-<n>`) and kills its server when stopped, so tests
/// never touch a user's tmux.
final class TmuxHarness {
    static let tmuxPath = "/usr/bin/tmux"
    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = NSLock()

    let socket: String
    let directory: URL
    private var started = false

    init() throws {
        let number = Self.counterLock.withLock {
            Self.counter += 1
            return Self.counter
        }
        socket = "vigia-test-\(getpid())-\(number)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: tmuxPath) }

    /// A product of this package built next to this test bundle (SwiftPM puts every product
    /// in one bin directory), falling back to the package's `.build/debug`.
    static func productPath(_ name: String) -> String? {
        var candidates: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        for directory in candidates {
            let path = directory.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Starts the probe in a new detached session of `width`×`height`.
    ///
    /// - Parameters:
    ///   - environment: the probe's whole environment (besides PATH and HOME); TERM is unset
    ///     when absent, so tests control it exactly.
    ///   - wrapper: a command placed before the probe (e.g. `setsid`).
    ///   - prelude: shell lines run before the probe (e.g. `trap '' HUP`).
    func start(
        program: String = "vigia-terminal-probe",
        arguments: [String] = [],
        environment: [String: String] = ["TERM": "xterm-256color", "LANG": "C.UTF-8"],
        width: Int = 100,
        height: Int = 30,
        wrapper: String = "",
        prelude: String = ""
    ) throws {
        guard let probe = Self.productPath(program) else {
            throw HarnessError("\(program) not found next to the tests; run `swift build` first")
        }
        // Sanitizer settings of a `swift test --sanitize=…` run reach the program under test too.
        let sanitizer = ["ASAN_OPTIONS", "TSAN_OPTIONS"].compactMap { name in
            ProcessInfo.processInfo.environment[name].map { "\(name)=\($0)" }
        }
        let environmentWords = (["PATH=/usr/bin:/bin", "HOME=\(directory.path)", "SWIFT_BACKTRACE=enable=no"] + sanitizer
            + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
            .map(Self.quote).joined(separator: " ")
        let command = ([probe] + arguments).map(Self.quote).joined(separator: " ")
        // `set -m` gives the probe its own foreground process group, as an interactive shell
        // would: Ctrl-C reaches only the probe, and Ctrl-Z really stops it (a stop signal to
        // an orphaned group is discarded). While it is stopped the script records the modes
        // and resumes it with `fg` once the test creates the file `resume`.
        let script = """
            cd \(Self.quote(directory.path))
            set -m
            \(prelude)
            stty -g > before
            \(wrapper) sh -c 'echo $$ > pid; exec "$@"' sh env -i \(environmentWords) \(command) 2> err
            st=$?
            while [ $st -eq 148 ]; do
              stty -g > during
              echo stopped > stopped
              while [ ! -f resume ]; do sleep 0.05; done
              rm -f resume stopped
              fg > /dev/null
              st=$?
            done
            echo $st > status.tmp
            stty -g > after
            mv status.tmp status
            trap - HUP INT
            exec sleep 600
            """
        let scriptURL = directory.appendingPathComponent("run.sh")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        _ = try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh \(Self.quote(scriptURL.path))"])
        started = true
    }

    /// Kills the private tmux server and removes its socket (idempotent).
    func stop() {
        guard started else { return }
        started = false
        _ = try? tmux(["kill-server"])
        let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(base)/tmux-\(getuid())/\(socket)")
    }

    /// The visible screen as text.
    func capture() -> String {
        (try? tmux(["capture-pane", "-p"])) ?? ""
    }

    /// Types keys (tmux key names such as `Up`, `q`, `C-z`).
    func send(_ keys: String...) throws {
        _ = try tmux(["send-keys"] + keys)
    }

    /// Resizes the window, which delivers SIGWINCH to the probe.
    func resize(width: Int, height: Int) throws {
        _ = try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Records everything the program sends to the terminal from now on into `file`.
    func recordOutput(to file: String) throws {
        _ = try tmux(["pipe-pane", "-o", "cat >> \(Self.quote(directory.appendingPathComponent(file).path))"])
    }

    /// Closes the pane's terminal as a dropped SSH connection would.
    func killWindow() throws {
        _ = try tmux(["kill-window"])
    }

    /// How long the screen must stay unchanged before a frame counts as settled.
    static let defaultQuiet = 0.25
    /// The overall limit of a settled-frame wait: generous, for a loaded two-core CI machine.
    static let defaultTimeout = 30.0

    /// Waits for a *settled frame*: the screen satisfies `condition` AND has not changed for
    /// `quiet` seconds (identical captures, polled every 50 ms), within `timeout` seconds.
    ///
    /// Every terminal test waits through this before it asserts. Matching one line as soon as
    /// it appears races the terminal: the program may have drawn the new breadcrumb while the
    /// rest of the frame is still the old screen (ncurses sends a frame in several writes, and
    /// tmux can be captured between them). Returns whether it settled and the last capture.
    @discardableResult
    func waitForSettledFrame(
        quiet: Double = TmuxHarness.defaultQuiet,
        timeout: Double = TmuxHarness.defaultTimeout,
        where condition: (String) -> Bool
    ) -> (found: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        var unchangedSince = Date()
        while true {
            if condition(screen), Date().timeIntervalSince(unchangedSince) >= quiet { return (true, screen) }
            if Date() >= deadline { return (false, screen) }
            Thread.sleep(forTimeInterval: 0.05)
            let next = capture()
            if next != screen {
                screen = next
                unchangedSince = Date()
            }
        }
    }

    /// A settled frame that contains every one of `texts` (and none of `absent`).
    @discardableResult
    func waitForSettledFrame(
        containing texts: String...,
        without absent: [String] = [],
        quiet: Double = TmuxHarness.defaultQuiet,
        timeout: Double = TmuxHarness.defaultTimeout
    ) -> (found: Bool, screen: String) {
        waitForSettledFrame(quiet: quiet, timeout: timeout) { screen in
            texts.allSatisfy(screen.contains) && !absent.contains(where: screen.contains)
        }
    }

    /// A settled frame that contains none of `texts` (e.g. after the program has exited).
    @discardableResult
    func waitForSettledFrame(
        without texts: String...,
        quiet: Double = TmuxHarness.defaultQuiet,
        timeout: Double = TmuxHarness.defaultTimeout
    ) -> (found: Bool, screen: String) {
        waitForSettledFrame(quiet: quiet, timeout: timeout) { screen in !texts.contains(where: screen.contains) }
    }

    /// The contents of a file the run script writes, once it exists.
    func waitForFile(_ name: String, timeout: Double = TmuxHarness.defaultTimeout) -> String? {
        let url = directory.appendingPathComponent(name)
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOf: url, encoding: .utf8) { return text }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    /// A file's contents right now ("" when missing).
    func read(_ name: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// Waits until a file the harness records into (e.g. with `recordOutput`) stops growing for
    /// `quiet` seconds, and returns its size: the bytes-on-the-wire twin of a settled frame.
    func waitForSettledSize(of name: String, quiet: Double = TmuxHarness.defaultQuiet, timeout: Double = TmuxHarness.defaultTimeout) -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        var last = size(of: name)
        var unchangedSince = Date()
        while Date() < deadline {
            if Date().timeIntervalSince(unchangedSince) >= quiet { return last }
            Thread.sleep(forTimeInterval: 0.05)
            let current = size(of: name)
            if current != last {
                last = current
                unchangedSince = Date()
            }
        }
        return last
    }

    /// A file's size in bytes (0 when missing).
    func size(of name: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The probe's process id (written by the run script just before exec).
    func probePID() -> Int32? {
        waitForFile("pid").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// The probe's exit status, once it has exited.
    func exitStatus(timeout: Double = TmuxHarness.defaultTimeout) -> Int32? {
        waitForFile("status", timeout: timeout).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Lets a stopped probe continue (the run script brings it back with `fg`).
    func resumeStoppedProbe() {
        _ = FileManager.default.createFile(atPath: directory.appendingPathComponent("resume").path, contents: Data())
    }

    /// Whether `stty -g` after the probe equals `stty -g` before it.
    var terminalModesRestored: Bool {
        let before = read("before"), after = read("after")
        return !before.isEmpty && before == after
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        let outputPath = directory.appendingPathComponent("tmux-output-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let status = try spawnAndWait(Self.tmuxPath, ["-L", socket] + arguments, environment: environment, standardOutput: outputPath)
        guard status == 0 else {
            throw HarnessError("tmux \(arguments.joined(separator: " ")) failed with status \(status)")
        }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// CPU time (user + system, in clock ticks) a process has used so far.
func cpuTicks(of pid: Int32) -> Int? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // After the command name: state is field 3, utime field 14, stime field 15.
    guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
    return user + system
}
