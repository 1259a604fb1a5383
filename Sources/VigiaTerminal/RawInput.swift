/// One result of curses' `wget_wch`, before any meaning is given to it.
///
/// Exists so that key decoding is a pure function of plain numbers: the tests feed the raw
/// codes a terminal produces (127 for Backspace on xterm, 8 on others, 0o541 for
/// Shift-Tab…) without needing a terminal.
public enum RawInput: Hashable, Sendable {
    /// `wget_wch` returned OK: a character (a Unicode scalar value, or a control code).
    case character(UInt32)
    /// `wget_wch` returned `KEY_CODE_YES`: a curses key code such as `KEY_UP` (0o403).
    case keyCode(Int32)
}
