import Foundation

/// Runs a program to completion with `posix_spawn` and `waitpid`, without Foundation's
/// `Process`, whose child monitoring on Linux can miss an exit when the child forks a daemon
/// (as `tmux new-session` does), leaving the test waiting forever.
///
/// Standard input comes from `/dev/null`; standard output and error go to files (never pipes,
/// which a daemonised grandchild would hold open), and no other descriptor is inherited. The
/// child starts with an empty signal mask and default dispositions: test threads block
/// signals, and a tmux server inheriting a blocked SIGTERM ignores `kill-server`.
/// Returns the exit status (128 + signal when killed).
@discardableResult
func spawnAndWait(
    _ path: String,
    _ arguments: [String],
    environment: [String: String] = ProcessInfo.processInfo.environment,
    standardOutput: String = "/dev/null",
    standardError: String = "/dev/null"
) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    markInheritedDescriptorsCloseOnExec()

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard result == 0 else { throw HarnessError("posix_spawn \(path) failed: \(result)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else { throw HarnessError("waitpid failed: \(errno)") }
    }
    // WIFEXITED / WEXITSTATUS / WTERMSIG are macros; decode the classic layout.
    if status & 0x7F == 0 { return (status >> 8) & 0xFF }
    return 128 + (status & 0x7F)
}

/// Sets FD_CLOEXEC on every open descriptor above stderr, so a spawned child (and a daemon it
/// forks) inherits none of the test runner's pipes. Harmless for this process.
private func markInheritedDescriptorsCloseOnExec() {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
    for name in names {
        guard let fd = Int32(name), fd > 2 else { continue }
        let flags = fcntl(fd, F_GETFD)
        if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
    }
}
