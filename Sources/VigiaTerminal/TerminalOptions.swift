/// What the user asked for on the command line, applied when a `TerminalSession` opens.
///
/// Kept separate from `TerminalCapabilities` (what the terminal can do) so that an
/// override such as `--ascii` or `--theme mono` is visible as a choice, not a detection.
public struct TerminalOptions: Sendable, Hashable {
    /// Where the process's standard error goes while curses owns the screen.
    ///
    /// Anything written to the tty behind curses' back corrupts the screen (stray library
    /// warnings, a child's diagnostics), so stderr is always diverted while a session is open.
    public enum StandardErrorDestination: Sendable, Hashable {
        /// An anonymous temporary file whose contents are written to the real stderr when the
        /// session closes (or the process crashes), so no diagnostic is lost. The default.
        case replayAfterClose
        /// Appended to this file and left there.
        case file(String)
        /// Thrown away (`/dev/null`).
        case discard
    }

    /// `--ascii`: draw ASCII only, even in a UTF-8 locale (fonts without box drawing or braille).
    public var forceASCII: Bool
    /// `--theme mono` or `NO_COLOR`: no colours at all, attributes only.
    public var monochrome: Bool
    /// Mouse clicks and wheel; `--no-mouse` turns it off (it also stops the terminal's own
    /// selection from being captured, which some users prefer).
    public var mouse: Bool
    /// Milliseconds ncurses waits after a lone ESC for the rest of a key sequence.
    /// `$ESCDELAY`, when set, wins: too small a value splits arrow keys on slow links.
    public var escapeDelayMilliseconds: Int
    /// Where standard error goes while the session is open.
    public var standardError: StandardErrorDestination

    public init(
        forceASCII: Bool = false,
        monochrome: Bool = false,
        mouse: Bool = true,
        escapeDelayMilliseconds: Int = 25,
        standardError: StandardErrorDestination = .replayAfterClose
    ) {
        self.forceASCII = forceASCII
        self.monochrome = monochrome
        self.mouse = mouse
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.standardError = standardError
    }
}
