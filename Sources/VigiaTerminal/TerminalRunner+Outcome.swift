extension TerminalRunner {
    /// Why the loop ended, so the caller can close the session and exit with the right status.
    public enum Outcome: Hashable, Sendable {
        /// The caller returned `.quit`.
        case quit
        /// SIGINT, SIGTERM or SIGHUP arrived (the terminal is still in curses mode).
        case signal(Int32)
        /// The terminal went away (SSH dropped, pty closed); there is nobody to draw for.
        case hangup

        /// The conventional exit status: 0 for quit, 128 + signal, and 129 (as for SIGHUP)
        /// when the terminal vanished.
        public var exitStatus: Int32 {
            switch self {
            case .quit: return 0
            case .signal(let signal): return 128 + signal
            case .hangup: return 129
            }
        }
    }
}
