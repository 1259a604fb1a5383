#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

/// What the open terminal can show, decided once when the session opens.
///
/// Screens ask this (through the caller) which glyph set and how many colours to use, so a
/// briefing attendee on `vt100` under the C locale gets ASCII and attributes instead of
/// mojibake (`~V~A`) and unsupported colour escapes.
public struct TerminalCapabilities: Sendable, Hashable {
    /// True when non-ASCII glyphs (box drawing, braille, accents) may be drawn.
    public var unicode: Bool
    /// The colours available after `--theme mono`/`NO_COLOR` and the terminal's own limits.
    public var colorDepth: ColorDepth
    /// The terminal description actually loaded (`xterm-256color` after a fallback).
    public var terminalName: String
    /// `$TERM` as the process received it (nil when unset); differs from `terminalName` after a fallback.
    public var requestedTerminalName: String?
    /// Whether mouse reporting is switched on.
    public var mouse: Bool
    /// Whether the cursor can be hidden (`civis`); when not, it is parked in a corner.
    public var canHideCursor: Bool

    public init(
        unicode: Bool,
        colorDepth: ColorDepth,
        terminalName: String,
        requestedTerminalName: String? = nil,
        mouse: Bool = false,
        canHideCursor: Bool = true
    ) {
        self.unicode = unicode
        self.colorDepth = colorDepth
        self.terminalName = terminalName
        self.requestedTerminalName = requestedTerminalName
        self.mouse = mouse
        self.canHideCursor = canHideCursor
    }

    /// True when the terminal description in use is not the one `$TERM` asked for.
    public var usedFallback: Bool { requestedTerminalName != terminalName }

    /// Whether a locale codeset (`nl_langinfo(CODESET)`) means UTF-8.
    public static func isUTF8(codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }

    /// Unicode output is allowed when the locale is UTF-8 and `--ascii` was not given.
    public static func unicodeAllowed(codeset: String, forceASCII: Bool) -> Bool {
        !forceASCII && isUTF8(codeset: codeset)
    }

    /// The usable colour depth: none when the user asked for monochrome or set `NO_COLOR`
    /// (any non-empty value, per no-color.org), else what the terminal reports.
    public static func colorDepth(hasColors: Bool, colors: Int, monochrome: Bool, noColor: String?) -> ColorDepth {
        if monochrome { return .none }
        if let noColor, !noColor.isEmpty { return .none }
        return ColorDepth.from(hasColors: hasColors, colors: colors)
    }

    /// Adopts the user's locale (`setlocale(LC_ALL, "")`, required before ncurses starts so
    /// that it encodes wide characters) and returns its codeset, e.g. `UTF-8` or `ANSI_X3.4-1968`.
    public static func adoptLocale() -> String {
        _ = setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: codeset)
    }
}
