/// One-column ASCII stand-ins for the non-ASCII glyphs a screen may still contain when the
/// terminal cannot show them.
///
/// Why: under the C locale (sshd passes no `LANG` by default) ncursesw cannot encode anything
/// beyond ASCII and prints `~V~A`-style garbage. Widgets choose ASCII glyph sets themselves
/// when the terminal cannot show Unicode; this is the last line of defence at draw time
/// (`CanvasPresenter`, `vigia render --ascii`), so data text such as "Bogotá" reads "Bogota"
/// rather than "Bogot?". Pure text, so it lives beside `Canvas` and is tested without curses.
public enum AsciiFallback {
    /// A single ASCII character for a grapheme; graphemes that are already ASCII pass through.
    public static func fold(_ grapheme: String) -> String {
        guard let first = grapheme.unicodeScalars.first else { return " " }
        if first.isASCII { return first.value < 0x20 || first.value == 0x7F ? "?" : String(first) }
        return String(fold(scalar: first))
    }

    /// The ASCII character for one non-ASCII scalar ("?" when there is no sensible one).
    public static func fold(scalar: Unicode.Scalar) -> Character {
        let v = scalar.value
        switch v {
        case 0xC0...0xFF:
            return latin1[Int(v - 0xC0)]
        case 0x100...0x17F:
            return latinExtendedA[Int(v - 0x100)]
        case 0xA0: return " "
        case 0xA1: return "!"
        case 0xAB: return "<"
        case 0xBB: return ">"
        case 0xB0: return "o"
        case 0xB1: return "+"
        case 0xB7: return "."
        case 0xBF: return "?"
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x2018, 0x2019, 0x201A, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x2033: return "\""
        case 0x2022, 0x25CF, 0x25A0, 0x25C6, 0x2605: return "*"
        case 0x2026: return "."
        case 0x2190, 0x25C0, 0x25C4: return "<"
        case 0x2192, 0x25B6, 0x25BA: return ">"
        case 0x2191, 0x25B2, 0x25B4: return "^"
        case 0x2193, 0x25BC, 0x25BE: return "v"
        case 0x2197: return "/"
        case 0x2198: return "\\"
        case 0x394: return "d" // Δ, a change ("Rt Δ")
        case 0x2248: return "~"
        case 0x2264: return "<"
        case 0x2265: return ">"
        case 0x2260: return "#"
        case 0x2713, 0x2714: return "v"
        case 0x2717, 0x2718: return "x"
        case 0x25CB, 0x25EF, 0x25A1, 0x25C7: return "o"
        case 0x20AC: return "E"
        case 0x2500...0x257F:
            return boxDrawing(v)
        case 0x2580...0x259F:
            return block(v)
        case 0x2800...0x28FF:
            // Braille: the more dots, the heavier the stand-in.
            switch (v - 0x2800).nonzeroBitCount {
            case 0: return " "
            case 1...2: return "."
            case 3...5: return ":"
            default: return "#"
            }
        default:
            return "?"
        }
    }

    private static func boxDrawing(_ v: UInt32) -> Character {
        switch v {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E:
            return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F:
            return "|"
        case 0x2571: return "/"
        case 0x2572: return "\\"
        case 0x2573: return "X"
        default: return "+"
        }
    }

    private static func block(_ v: UInt32) -> Character {
        switch v {
        case 0x2591: return "."
        case 0x2592: return ":"
        case 0x2581, 0x2582: return "_"
        case 0x2583, 0x2584, 0x2585: return "="
        default: return "#"
        }
    }

    /// U+00C0 … U+00FF.
    private static let latin1 = Array("AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty")
    /// U+0100 … U+017F.
    private static let latinExtendedA = Array(
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs")
}
