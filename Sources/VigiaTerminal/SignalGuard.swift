#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

/// Gives the terminal back on every way out of the process, and turns asynchronous signals
/// into events the input loop can see.
///
/// Why this shape:
/// - Signal handlers may run on any thread and may call only async-signal-safe functions,
///   so they never touch curses. Quit, stop, continue and resize signals only set a flag and
///   write one byte to a self-pipe that the loop `poll()`s; the loop does the curses work on
///   the main thread.
/// - Crash signals (and `exit()` through `atexit`) cannot wait for the loop: they restore the
///   termios saved at start with `tcsetattr`, write precomputed reset sequences (leave the
///   alternate screen, show the cursor, plain attributes, mouse off), put stderr back and
///   replay what was captured (e.g. Swift's "Fatal error" line), then re-raise so the process
///   still dies of the original signal (and the Swift backtracer, if installed, still runs).
/// - All shared state lives in memory allocated once and reached through raw pointers, so a
///   handler performs no allocation, reference counting or exclusivity bookkeeping.
///
/// Installing the handlers *before* `newterm` also keeps ncurses from installing its own
/// (it only replaces `SIG_DFL`), so there is exactly one owner of each signal.
enum SignalGuard {
    /// Signals that end the session cleanly (the loop returns, the caller exits 128+signal).
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// Every other signal whose default action is to end the process without a core dump:
    /// they end the session the same clean way as SIGTERM (exit 128+signal), where before they
    /// killed it with the terminal left without echo and in the alternate screen. Taken only
    /// while nobody else has claimed them (see `install`). SIGKILL cannot be caught; SIGPIPE is
    /// a crash signal (below).
    static let otherQuitSignals: [Int32] = {
        var signals: [Int32] = [SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGIO]  // SIGIO = SIGPOLL
        #if os(Linux)
        signals += [SIGPWR, SIGSTKFLT]
        // The real-time signals (SIGRTMIN…SIGRTMAX; the C library keeps the two below SIGRTMIN).
        let first = __libc_current_sigrtmin(), last = __libc_current_sigrtmax()
        if first > 0, last >= first, last < Int32(SharedState.signalSlots) {
            signals += Array(first...last)
        }
        #endif
        return signals
    }()
    /// Signals that mean the process is crashing, or whose default action ends it with a core
    /// dump, plus SIGPIPE: the terminal is restored at once and the signal then takes its
    /// default action (or goes to its previous owner). SIGQUIT is one keystroke away (Ctrl-\
    /// while curses keeps `ISIG` on), and before it was listed here it left the terminal without
    /// echo and in the alternate screen. SIGSYS (a seccomp filter), SIGXCPU and SIGXFSZ (resource
    /// limits) dump core by default. SIGPIPE is never expected while a session is open — the
    /// briefing sockets send with `MSG_NOSIGNAL` and get `EPIPE`, and a terminal that went away
    /// gives `EIO`/`POLLHUP`, not SIGPIPE — so it keeps its default meaning (the process ends, as
    /// `vigia render | head` relies on outside a session) and only gains the restore.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT,
                                        SIGSYS, SIGXCPU, SIGXFSZ, SIGPIPE]

    // MARK: Main-thread interface

    /// Creates the self-pipe and registers the `atexit` hook (once per process).
    static func prepare() {
        let state = shared
        guard state.word(.prepared) == 0 else { return }
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
            state.setWord(.wakeRead, fds[0])
            state.setWord(.wakeWrite, fds[1])
        }
        atexit(restoreAtExit)
        state.setWord(.prepared, 1)
    }

    /// The read end of the self-pipe, for `poll()`.
    static var wakeFileDescriptor: Int32 { shared.word(.wakeRead) }

    /// Saves the terminal modes of `input` (before curses changes them) for crash restoration.
    @discardableResult
    static func saveTerminalModes(input: Int32, output: Int32) -> Bool {
        let state = shared
        state.setWord(.ttyIn, input)
        state.setWord(.ttyOut, output)
        let ok = tcgetattr(input, state.termios) == 0
        state.setWord(.hasTermios, ok ? 1 : 0)
        return ok
    }

    /// Puts back the saved terminal modes (used after `endwin` as a belt-and-braces step).
    static func restoreTerminalModes() {
        let state = shared
        guard state.word(.hasTermios) == 1 else { return }
        _ = tcsetattr(state.word(.ttyIn), TCSADRAIN, state.termios)
    }

    /// The bytes a crash handler writes to reset the screen.
    static func setResetSequence(_ bytes: [UInt8]) {
        let state = shared
        let count = min(bytes.count, SharedState.resetCapacity)
        for index in 0..<count { state.reset[index] = bytes[index] }
        state.setWord(.resetLength, Int32(count))
    }

    /// Marks curses as owning the screen (crash handlers will restore it) or not.
    static func setActive(_ active: Bool) {
        shared.setWord(.active, active ? 1 : 0)
    }

    /// Installs all handlers, remembering the previous actions.
    ///
    /// `otherQuitSignals` are taken only from their default action: one the parent chose to
    /// ignore (`trap '' USR1`, `nohup`-style launchers) stays ignored, and one already handled in
    /// this process (a profiler's SIGPROF, a library's SIGUSR1) keeps its handler.
    static func install() {
        let state = shared
        guard state.word(.installed) == 0 else { return }
        for signal in quitSignals { _ = vigia_install_handler(signal, handleQuit, state.previous(signal)) }
        for signal in otherQuitSignals where sigaction(signal, nil, state.previous(signal)) == 0 {
            if isDefaultAction(state.previous(signal).pointee) {
                _ = vigia_install_handler(signal, handleQuit, nil)
            }
        }
        _ = vigia_install_handler(SIGTSTP, handleStop, state.previous(SIGTSTP))
        _ = vigia_install_handler(SIGCONT, handleContinue, state.previous(SIGCONT))
        _ = vigia_install_handler(SIGWINCH, handleResize, state.previous(SIGWINCH))
        for signal in crashSignals { _ = vigia_install_action(signal, handleCrash, state.previous(signal)) }
        state.setWord(.installed, 1)
    }

    /// Restores the actions that were in place before `install()`.
    static func uninstall() {
        let state = shared
        guard state.word(.installed) == 1 else { return }
        for signal in quitSignals + otherQuitSignals + [SIGTSTP, SIGCONT, SIGWINCH] + crashSignals {
            _ = vigia_restore_action(signal, state.previous(signal))
        }
        state.setWord(.installed, 0)
    }

    /// Whether `action` is `SIG_DFL` (a null handler, without `SA_SIGINFO`).
    private static func isDefaultAction(_ action: sigaction) -> Bool {
        guard action.sa_flags & SA_SIGINFO == 0 else { return false }
        return unsafeBitCast(action.__sigaction_handler, to: Int.self) == 0
    }

    /// Stops the process the way SIGTSTP would have, and returns once it is continued.
    /// The caller has already left curses mode.
    static func stopSelf() {
        _ = vigia_default_action(SIGTSTP)
        _ = raise(SIGTSTP)
        // Continued: take SIGTSTP back.
        if shared.word(.installed) == 1 {
            _ = vigia_install_handler(SIGTSTP, handleStop, nil)
        }
    }

    /// The quit signal received since the last call (0 when none).
    static func takeQuitSignal() -> Int32 { shared.take(.pendingQuit) }
    /// Whether a SIGTSTP arrived since the last call.
    static func takeStop() -> Bool { shared.take(.pendingStop) != 0 }
    /// Whether a SIGCONT arrived since the last call.
    static func takeContinue() -> Bool { shared.take(.pendingContinue) != 0 }
    /// Whether a SIGWINCH arrived since the last call.
    static func takeResize() -> Bool { shared.take(.pendingResize) != 0 }
    /// Whether any signal is waiting to be handled (looked at before blocking in `poll`).
    static var hasPendingSignal: Bool {
        let state = shared
        return state.word(.pendingQuit) != 0 || state.word(.pendingStop) != 0
            || state.word(.pendingContinue) != 0 || state.word(.pendingResize) != 0
    }

    /// Empties the self-pipe after `poll()` reported it readable.
    static func drainWakePipe() {
        let fd = shared.word(.wakeRead)
        guard fd >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(fd, &buffer, buffer.count) > 0 {}
    }

    /// Sends the process's stderr to `destination` while curses owns the screen.
    static func redirectStandardError(to destination: TerminalOptions.StandardErrorDestination) {
        let state = shared
        guard state.word(.savedStderr) < 0 else { return }
        let target: Int32
        var capture: Int32 = -1
        switch destination {
        case .discard:
            target = open("/dev/null", O_WRONLY | O_CLOEXEC)
        case .file(let path):
            target = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        case .replayAfterClose:
            target = anonymousTemporaryFile()
            capture = target
        }
        guard target >= 0 else { return }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0 else {
            _ = close(target)
            return
        }
        _ = fcntl(saved, F_SETFD, FD_CLOEXEC)
        _ = dup2(target, STDERR_FILENO)
        if capture < 0 { _ = close(target) }
        state.setWord(.captureFd, capture)
        state.setWord(.savedStderr, saved)
    }

    /// Puts stderr back and replays whatever was captured while it was diverted.
    static func restoreStandardError() {
        restoreStandardErrorUnsafe()
    }

    // MARK: Signal-handler side (async-signal-safe only)

    /// Restores the terminal without curses: safe in a signal handler.
    fileprivate static func emergencyRestore() {
        let state = shared
        if state.exchange(.active, 0) == 1 {
            if state.word(.hasTermios) == 1 {
                _ = tcsetattr(state.word(.ttyIn), TCSANOW, state.termios)
            }
            let length = Int(state.word(.resetLength))
            if length > 0 { writeAll(state.word(.ttyOut), state.reset, length) }
        }
        restoreStandardErrorUnsafe()
    }

    /// Async-signal-safe stderr restoration and replay (dup2, pread, write, close only).
    fileprivate static func restoreStandardErrorUnsafe() {
        let state = shared
        let saved = state.exchange(.savedStderr, -1)
        guard saved >= 0 else { return }
        _ = dup2(saved, STDERR_FILENO)
        _ = close(saved)
        let capture = state.exchange(.captureFd, -1)
        guard capture >= 0 else { return }
        var offset: off_t = 0
        while offset < SharedState.replayLimit {
            let count = pread(capture, state.scratch, SharedState.scratchCapacity, offset)
            if count <= 0 { break }
            writeAll(STDERR_FILENO, state.scratch, count)
            offset += off_t(count)
        }
        _ = close(capture)
    }

    fileprivate static func wake() {
        let state = shared
        let fd = state.word(.wakeWrite)
        guard fd >= 0 else { return }
        _ = write(fd, state.wakeByte, 1)
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeMutablePointer<UInt8>, _ count: Int) {
        var written = 0
        while written < count {
            let result = write(fd, bytes + written, count - written)
            if result > 0 {
                written += result
            } else if result < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
    }

    /// An unlinked file in `$TMPDIR` (or /tmp): gone from the file system as soon as it is open.
    private static func anonymousTemporaryFile() -> Int32 {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((directory + "/vigia-stderr-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return -1 }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }
}

// MARK: - Handlers

/// SIGINT/SIGTERM/SIGHUP and the other quit signals: ask the loop to quit; a second one while the first is pending forces
/// an immediate, restored exit (Ctrl-C twice when the program is busy).
private func handleQuit(_ signal: Int32) {
    if SignalGuard.shared.exchange(.pendingQuit, signal) != 0 {
        SignalGuard.emergencyRestore()
        _exit(128 + signal)
    }
    SignalGuard.wake()
}

private func handleStop(_ signal: Int32) {
    SignalGuard.shared.setWord(.pendingStop, 1)
    SignalGuard.wake()
}

private func handleContinue(_ signal: Int32) {
    SignalGuard.shared.setWord(.pendingContinue, 1)
    SignalGuard.wake()
}

private func handleResize(_ signal: Int32) {
    SignalGuard.shared.setWord(.pendingResize, 1)
    SignalGuard.wake()
}

/// Crash: restore the terminal, give the signal back to whoever had it before (the default
/// action, or the Swift runtime's backtracer), and let it fire again. A fault from the CPU
/// (SIGSEGV, SIGBUS, SIGILL, SIGFPE with si_code > 0) re-fires by itself when the instruction
/// is retried; everything else — a signal sent with kill(2) or raise(3) (si_code ≤ 0), SIGABRT,
/// SIGTRAP, SIGQUIT from the keyboard (the tty sends it with si_code SI_KERNEL), SIGSYS, SIGXCPU,
/// SIGXFSZ, SIGPIPE — would not, so it is raised again explicitly (blocked inside this handler,
/// it is delivered as soon as the handler returns).
private func handleCrash(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    SignalGuard.emergencyRestore()
    _ = vigia_restore_action(signal, SignalGuard.shared.previous(signal))
    let sentByProcess = info.map { $0.pointee.si_code <= 0 } ?? true
    // Spelled out rather than looked up in a static array: its lazy initialisation is not
    // async-signal-safe.
    let isFault = signal == SIGSEGV || signal == SIGBUS || signal == SIGILL || signal == SIGFPE
    if sentByProcess || !isFault {
        _ = raise(signal)
    }
}

/// `exit()` while a session is open (a library calling exit, a fatal path): restore anyway.
private func restoreAtExit() {
    SignalGuard.emergencyRestore()
}

// MARK: - Shared memory

/// The C `struct termios`, renamed so it does not clash with the stored property below.
typealias TerminalModes = termios

extension SignalGuard {
    /// Words shared between the main thread and signal handlers, read and written atomically.
    enum Slot: Int, CaseIterable {
        case prepared, installed, active, hasTermios, ttyIn, ttyOut, resetLength
        case wakeRead, wakeWrite, savedStderr, captureFd
        case pendingQuit, pendingStop, pendingContinue, pendingResize
    }

    /// Fixed memory, allocated once and never freed, that signal handlers can touch safely.
    struct SharedState {
        static let resetCapacity = 512
        static let scratchCapacity = 4096
        static let replayLimit: off_t = 1 << 20
        static let signalSlots = 65

        let words: UnsafeMutablePointer<Int32>
        let termios: UnsafeMutablePointer<TerminalModes>
        let reset: UnsafeMutablePointer<UInt8>
        let scratch: UnsafeMutablePointer<UInt8>
        let wakeByte: UnsafeMutablePointer<UInt8>
        let actions: UnsafeMutablePointer<sigaction>

        init() {
            words = .allocate(capacity: Slot.allCases.count)
            words.initialize(repeating: 0, count: Slot.allCases.count)
            for slot in [Slot.ttyIn, .ttyOut, .wakeRead, .wakeWrite, .savedStderr, .captureFd] {
                words[slot.rawValue] = -1
            }
            termios = .allocate(capacity: 1)
            termios.initialize(to: TerminalModes())
            reset = .allocate(capacity: Self.resetCapacity)
            reset.initialize(repeating: 0, count: Self.resetCapacity)
            scratch = .allocate(capacity: Self.scratchCapacity)
            scratch.initialize(repeating: 0, count: Self.scratchCapacity)
            wakeByte = .allocate(capacity: 1)
            wakeByte.initialize(to: 0x21)
            actions = .allocate(capacity: Self.signalSlots)
            actions.initialize(repeating: sigaction(), count: Self.signalSlots)
        }

        func word(_ slot: Slot) -> Int32 { vigia_atomic_load(words + slot.rawValue) }
        func setWord(_ slot: Slot, _ value: Int32) { vigia_atomic_store(words + slot.rawValue, value) }
        func exchange(_ slot: Slot, _ value: Int32) -> Int32 { vigia_atomic_exchange(words + slot.rawValue, value) }
        func take(_ slot: Slot) -> Int32 { exchange(slot, 0) }
        func previous(_ signal: Int32) -> UnsafeMutablePointer<sigaction> {
            actions + Int(max(0, min(signal, Int32(Self.signalSlots - 1))))
        }
    }

    /// Initialised on first use from the main thread (in `prepare`), before any handler exists.
    nonisolated(unsafe) static let shared = SharedState()
}
