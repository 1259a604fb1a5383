/// A terminal colour, independent of any backend.
///
/// Screens speak in theme roles; themes resolve roles to these values, and the
/// terminal backend maps them to whatever the terminal supports (256, 16, 8 or none).
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background, so light and transparent terminals keep theirs.
    case standard
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// An xterm 256-colour palette index.
    case indexed(UInt8)
}
