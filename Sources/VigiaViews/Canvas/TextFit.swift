/// Fitting text into a number of terminal columns.
///
/// Widths are display widths (a braille dot is one column, a CJK ideograph two), and text is
/// sanitised first so the measured width is the width that will be drawn.
public enum TextFit {
    /// `text` cut to at most `width` columns; when it had to be cut, the last column shows
    /// `ellipsis` so a reader knows there is more (a silently cut number would mislead).
    public static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        let clean = SafeText.sanitize(text)
        let singleColumns = DisplayWidth.singleColumnScalars(clean)
        if (singleColumns ?? DisplayWidth.of(clean)) <= width { return clean }
        let markWidth = DisplayWidth.of(ellipsis)
        guard markWidth <= width else { return "" }
        if singleColumns != nil {
            return String(String.UnicodeScalarView(clean.unicodeScalars.prefix(width - markWidth))) + ellipsis
        }
        var kept = ""
        var used = 0
        for character in clean {
            let w = DisplayWidth.of(character)
            if used + w > width - markWidth { break }
            kept.append(character)
            used += w
        }
        return kept + ellipsis
    }

    /// `text` truncated to `width` and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignment: HorizontalAlignment, ellipsis: String) -> String {
        let fitted = truncate(text, to: width, ellipsis: ellipsis)
        let room = max(0, width - DisplayWidth.of(fitted))
        let spaces = String(repeating: " ", count: room)
        switch alignment {
        case .left: return fitted + spaces
        case .right: return spaces + fitted
        }
    }
}
