/// Why a `TerminalSession` could not open.
///
/// Each case explains itself in one sentence that can be shown to a user who connected over
/// SSH with an odd `TERM`; failing with a message is always better than hanging or drawing
/// garbage on a terminal that cannot address the cursor.
public enum TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Standard input or output is a pipe or a file, not a terminal.
    case notATerminal(stream: String)
    /// `TERM=dumb` (or another terminal without cursor addressing): a full-screen dashboard
    /// cannot work there.
    case unsupportedTerminal(name: String)
    /// No terminal description could be loaded, not even the fallbacks.
    case unknownTerminal(tried: [String])
    /// The process is already running a session.
    case alreadyOpen

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "vigia needs an interactive terminal, but \(stream) is not a terminal. "
                + "Use `ssh -t` or run it from a terminal; for output to a file, use the headless commands."
        case .unsupportedTerminal(let name):
            return "The terminal type '\(name)' cannot move the cursor, so the dashboard cannot be drawn. "
                + "Set TERM to xterm-256color, screen or vt100."
        case .unknownTerminal(let tried):
            return "No terminal description was found for \(tried.map { "'\($0)'" }.joined(separator: ", ")). "
                + "Install ncurses-base/ncurses-term or set TERM=xterm-256color."
        case .alreadyOpen:
            return "A terminal session is already open in this process."
        }
    }
}
