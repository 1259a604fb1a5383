/// How many colours the dashboard may use on this terminal.
///
/// Themes are written for 256 colours; the backend downgrades them once per colour pair
/// (see `ColorPairs`) so that `xterm`, `vt100`, the Linux console and `NO_COLOR` users
/// all get a readable screen instead of unsupported escape sequences.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    /// Monochrome: attributes (bold, reverse, underline) carry all emphasis.
    case none = 0
    /// The eight ANSI colours of `xterm`, `screen` and `linux`.
    case eight = 8
    /// The sixteen ANSI colours (normal and bright).
    case sixteen = 16
    /// The xterm 256-colour palette.
    case twoFiftySix = 256

    /// The depth a terminal offers, from curses' `has_colors()` and `COLORS`.
    ///
    /// Pure, so that the ladder can be tested without a terminal.
    public static func from(hasColors: Bool, colors: Int) -> ColorDepth {
        guard hasColors else { return .none }
        if colors >= 256 { return .twoFiftySix }
        if colors >= 16 { return .sixteen }
        if colors >= 8 { return .eight }
        return .none
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .none: return "monochrome"
        case .eight: return "8 colours"
        case .sixteen: return "16 colours"
        case .twoFiftySix: return "256 colours"
        }
    }
}
