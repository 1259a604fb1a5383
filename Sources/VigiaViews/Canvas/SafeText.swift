/// Makes data text safe to draw.
///
/// Strings come from JSON files people edit by hand or receive from others; validation
/// rejects control characters, and this is the second line of defence at draw time, so a
/// string can never become a terminal command (ESC, CSI, OSC, C1 controls, bidi overrides).
public enum SafeText {
    /// `text` with every control, C1, bidi-override and isolate character replaced by U+FFFD
    /// (or `?` when `ascii` is set), and tabs and newlines turned into spaces.
    public static func sanitize(_ text: String, ascii: Bool = false) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where isUnsafe(scalar) || scalar == "\t" || scalar == "\n" {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                out.append(" ")
            } else if isUnsafe(scalar) {
                out.append(ascii ? "?" : "\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True for scalars that must never reach a terminal as data.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
