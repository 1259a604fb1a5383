/// Column widths of text as a terminal shows it.
///
/// The terminal, not Swift's `Character` count, decides how many columns a string takes;
/// this follows the wcwidth rules that ncurses uses for the scripts the product shows
/// (Latin with accents, box drawing, braille, block elements) and treats East Asian wide
/// ranges as two columns, so layout never depends on the process locale.
public enum DisplayWidth {
    /// Columns taken by one scalar: 0 for combining marks and zero-width characters, 2 for wide ones.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // Fast paths for what frames are made of: printable ASCII, and box drawing, blocks,
        // shapes and braille (U+2500–U+28FF, no marks or format characters, none wide).
        // Looking up the general category costs more than drawing the cell.
        if v >= 0x20 && v < 0x7F { return 1 }
        if v >= 0x2500 && v <= 0x28FF { return 1 }
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(v) { return 2 }
        return 1
    }

    /// Columns taken by a grapheme cluster (its first scalar decides; marks add nothing).
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            width = max(width, of(scalar))
        }
        return width
    }

    /// Columns taken by a whole string.
    public static func of(_ text: String) -> Int {
        singleColumnScalars(text) ?? text.reduce(0) { $0 + of($1) }
    }

    /// The number of scalars in `text` when each of them is a character of its own taking one
    /// column, else nil.
    ///
    /// Most of a frame is printable ASCII, accented Latin letters, punctuation, arrows and
    /// signs, box drawing, blocks and braille. None of these joins the next scalar into one
    /// character or takes no column or two, so counting them spares breaking the text into
    /// grapheme clusters, which costs more than drawing it.
    static func singleColumnScalars(_ text: String) -> Int? {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF, 0x2500...0x28FF:
                count += 1
            default:
                return nil
            }
        }
        return count
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
