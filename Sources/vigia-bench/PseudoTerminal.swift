#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CPseudoTerminal

/// A program running in a pseudo-terminal that this process owns: the benchmark's stand-in
/// for a terminal emulator.
///
/// Why not tmux (as the tests use): tmux interprets the output and repaints on its own
/// schedule, which would add its latency to every figure. Here the benchmark reads the raw
/// bytes the program writes, so it can time the moment a marker arrives and count bytes
/// exactly. The child is started with `posix_spawn` (Foundation's `Process` can hang on
/// Linux) as a session leader whose controlling terminal is the slave, with an empty signal
/// mask and default dispositions. Every wait is bounded by a deadline.
final class PseudoTerminalProcess {
    let pid: pid_t
    /// The instant just before `posix_spawn`: what first-frame times count from.
    let started: ContinuousClock.Instant
    private let master: Int32
    /// Every byte the program has written so far.
    private(set) var output: [UInt8] = []
    /// When the last chunk of output arrived.
    private(set) var lastOutput: ContinuousClock.Instant?
    private var status: Int32?
    private var usage = rusage()

    /// Starts `path` with `arguments` in a new `columns`×`rows` terminal.
    init(path: String, arguments: [String], environment: [String: String], columns: Int, rows: Int) throws {
        var fd: Int32 = -1
        var name = [CChar](repeating: 0, count: 128)
        let opened = vigia_pty_open(&fd, &name, name.count, UInt16(columns), UInt16(rows))
        guard opened == 0 else { throw BenchError("cannot open a pseudo-terminal: \(String(cString: strerror(opened)))") }
        master = fd
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (glibc runs it before the file actions): the slave becomes the
        // child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        started = .now
        let child: pid_t
        do {
            child = try Spawn.start(path, arguments, environment: environment, actions: &actions, extraFlags: vigia_spawn_setsid_flag())
        } catch {
            close(fd)
            throw error
        }
        pid = child
    }

    deinit {
        if status == nil { _ = terminate() }
        close(master)
    }

    /// Reads what is available, waiting at most `timeout`. Returns false once the program has
    /// closed the terminal (exited).
    @discardableResult
    func pump(timeout: Duration) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = max(0, Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        let ready = poll(&descriptor, 1, milliseconds)
        if ready < 0 { return errno == EINTR }
        if ready == 0 { return true }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            output.append(contentsOf: buffer[0..<count])
            lastOutput = .now
            return true
        }
        if count < 0, errno == EINTR || errno == EAGAIN { return true }
        return false  // EIO: every slave descriptor is closed
    }

    /// Reads until `marker` appears in the output after byte `offset`; returns the instant it
    /// arrived, or nil at the deadline or when the program ended first.
    func waitFor(_ marker: String, after offset: Int = 0, timeout: Duration) -> ContinuousClock.Instant? {
        let needle = Array(marker.utf8)
        let deadline = ContinuousClock.now + timeout
        var searched = offset
        while true {
            if Self.find(needle, in: output, from: searched) != nil { return lastOutput }
            searched = max(offset, output.count - needle.count + 1)
            let left = deadline - .now
            if left <= .zero { return nil }
            if !pump(timeout: min(left, .milliseconds(100))) {
                return Self.find(needle, in: output, from: searched) != nil ? lastOutput : nil
            }
        }
    }

    /// Reads until no byte has arrived for `quiet` (or `timeout` passes); returns when the
    /// last byte arrived (nil if none did) and how many bytes came. With `expectingOutput`,
    /// the quiet period only starts once a first byte has come, so a frame that is slow to
    /// start (a busy machine) is not counted as the next key's answer.
    @discardableResult
    func settle(quiet: Duration, timeout: Duration, expectingOutput: Bool = false) -> (last: ContinuousClock.Instant?, bytes: Int) {
        let start = output.count
        let deadline = ContinuousClock.now + timeout
        if expectingOutput {
            while output.count == start, ContinuousClock.now < deadline {
                guard pump(timeout: deadline - .now) else { break }
            }
        }
        var quietSince = ContinuousClock.now
        var last: ContinuousClock.Instant? = output.count > start ? lastOutput : nil
        while ContinuousClock.now < deadline {
            let before = output.count
            let remaining = quiet - (ContinuousClock.now - quietSince)
            if remaining <= .zero { break }
            guard pump(timeout: remaining) else { break }
            if output.count > before {
                last = lastOutput
                quietSince = .now
            }
        }
        return (last, output.count - start)
    }

    /// Writes `text` as typed keys; returns the instant just before the write. (Not after:
    /// the kernel may run the woken program before `write` returns to us, so on a small frame
    /// the whole answer can already be waiting when it does.)
    @discardableResult
    func type(_ text: String) -> ContinuousClock.Instant {
        let bytes = Array(text.utf8)
        let started = ContinuousClock.now
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                break
            }
            written += count
        }
        return started
    }

    /// The program's peak resident set (VmHWM) in KiB while it is alive, from /proc.
    func peakResidentKiB() -> Int? {
        ChildRun.highWaterKiB(of: pid)
    }

    /// Ends the program (SIGTERM, then SIGKILL after two seconds), draining its output so it
    /// never blocks on a full terminal. Returns its exit status (128 + signal when killed).
    @discardableResult
    func terminate(grace: Duration = .seconds(2)) -> Int32 {
        if let status { return status }
        kill(pid, SIGTERM)
        return waitForExit(timeout: grace) ?? {
            kill(pid, SIGKILL)
            return waitForExit(timeout: .seconds(5)) ?? -1
        }()
    }

    /// Waits for the program to exit by itself, draining its output; nil at the deadline.
    func waitForExit(timeout: Duration) -> Int32? {
        if let status { return status }
        let deadline = ContinuousClock.now + timeout
        while true {
            var raw: Int32 = 0
            let result = wait4(pid, &raw, WNOHANG, &usage)
            if result == pid {
                let decoded = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
                status = decoded
                return decoded
            }
            if result < 0, errno != EINTR { return nil }
            if ContinuousClock.now >= deadline { return nil }
            if !pump(timeout: .milliseconds(5)) { usleep(1000) }
        }
    }

    /// The peak resident set the kernel recorded for the program (after it exited), in KiB.
    var exitedPeakResidentKiB: Int? { status == nil ? nil : Int(usage.ru_maxrss) }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = max(0, start)
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0] {
                var match = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    match = false
                    break
                }
                if match { return index }
            }
            index += 1
        }
        return nil
    }
}

/// A failure that stops the benchmark, with a one-line reason.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The whole text of a small file (under /proc, where sizes are reported as 0).
func readText(_ path: String) throws -> String {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw BenchError("cannot read \(path)") }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 8192)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
}
