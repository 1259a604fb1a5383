#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Runs a program to completion without a terminal and reports its exit status, wall time
/// and peak resident set.
///
/// The peak is the child's `VmHWM`, read from /proc while it runs (a high-water mark, so the
/// last reading holds everything but the final millisecond). Not `ru_maxrss` from `wait4`:
/// on Linux that also counts the memory of the process that spawned it, as it was when the
/// child started (`posix_spawn` shares the parent's memory until `exec`), so it reported
/// the benchmark's own size, the 100× data set included.
///
/// `posix_spawn` rather than Foundation's `Process`, whose child monitoring on Linux can miss
/// an exit. Output goes to a file, never a pipe, so a chatty child cannot block. A child
/// still running at the deadline is killed.
struct ChildRun {
    var status: Int32
    var milliseconds: Double
    var peakResidentKiB: Int

    static func run(_ path: String, _ arguments: [String], environment: [String: String], output: String = "/dev/null", timeout: Duration = .seconds(120)) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = ContinuousClock.now
        let pid = try Spawn.start(path, arguments, environment: environment, actions: &actions)
        var raw: Int32 = 0
        var usage = rusage()
        let deadline = start + timeout
        var peak = 0
        var polls = 0
        while true {
            let waited = wait4(pid, &raw, WNOHANG, &usage)
            if waited == pid { break }
            // Every fifth wait (about a millisecond) rather than every one, to leave the child the CPU.
            if polls % 5 == 0 { peak = max(peak, Self.highWaterKiB(of: pid) ?? 0) }
            polls += 1
            if waited < 0, errno != EINTR { throw BenchError("wait4 failed: \(errno)") }
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                _ = wait4(pid, &raw, 0, &usage)
                throw BenchError("\(path) \(arguments.joined(separator: " ")) did not finish in \(timeout)")
            }
            usleep(200)
        }
        let elapsed = (ContinuousClock.now - start).milliseconds
        let status = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
        return ChildRun(status: status, milliseconds: elapsed, peakResidentKiB: peak)
    }

    /// `VmHWM` of a running process in KiB.
    static func highWaterKiB(of pid: pid_t) -> Int? {
        guard let text = try? readText("/proc/\(pid)/status") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

    /// Runs `path` and returns what it printed on standard output (nil if it failed).
    static func capture(_ path: String, _ arguments: [String], environment: [String: String], scratch: URL) -> String? {
        let file = scratch.appendingPathComponent("capture-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        guard let run = try? run(path, arguments, environment: environment, output: file, timeout: .seconds(60)), run.status == 0 else { return nil }
        return try? String(contentsOfFile: file, encoding: .utf8)
    }
}
