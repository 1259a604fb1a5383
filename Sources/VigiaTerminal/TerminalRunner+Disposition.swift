extension TerminalRunner {
    /// What the caller wants after a key (or an external event).
    ///
    /// Separate from "render every time" so a key that changes nothing costs neither a
    /// render nor a byte on the wire.
    public enum Disposition: Hashable, Sendable {
        /// Nothing visible changed; keep waiting.
        case `continue`
        /// State changed; render and present a new frame (only changed cells are sent).
        case redraw
        /// Leave the loop.
        case quit
    }
}
