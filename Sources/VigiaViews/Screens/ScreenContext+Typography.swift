/// Typography screens add around data (range dashes, separators, arrows), in Unicode or ASCII.
///
/// Under a C locale or `--ascii` every non-data glyph must be seven-bit, or it prints as
/// mojibake over SSH; screens ask here instead of writing "–" or "·" literally.
extension ScreenContext {
    /// Between the ends of a range: "2000–2016".
    var rangeDash: String { glyphs.isUnicode ? "–" : "-" }

    /// Between facts sharing one line.
    var separator: String { glyphs.isUnicode ? " · " : " | " }

    /// Leads a label chained under the one before it (an extension under its decree).
    var chainMark: String { glyphs.isUnicode ? "└ " : "`- " }

    /// "leads to", in before/after lines.
    var arrow: String { glyphs.isUnicode ? "→" : "->" }

    /// A verdict or checklist mark: for, partly, against (the lessons matrix and the
    /// scenario's checklist grade the same way, so they mark the same way).
    var checkMark: String { glyphs.isUnicode ? "✔" : "+" }
    var halfMark: String { glyphs.isUnicode ? "◐" : "~" }
    var crossMark: String { glyphs.isUnicode ? "✘" : "x" }

    /// The pan keys as the help spells them.
    var panKeys: String { glyphs.isUnicode ? "←/→" : "Left/Right" }

    /// `text` with the typographic characters the formatters emit (minus sign, dashes,
    /// approximation and bound signs) spelled in ASCII when the glyph set is ASCII.
    /// Only for text the app composes: data strings are shown as they are.
    func typeset(_ text: String) -> String {
        guard !glyphs.isUnicode else { return text }
        var out = ""
        for character in text {
            switch character {
            case "−", "–", "—": out += "-"
            case "…": out += "..."
            case "≈": out += "~"
            case "≥": out += ">"
            case "≤": out += "<"
            case "±": out += "+/-"
            case "·": out += "|"
            case "→": out += "->"
            case "←": out += "<-"
            case "×": out += "x"
            default: out.append(character)
            }
        }
        return out
    }

    /// A number as a briefing reads it: grouped when whole ("8,248"), else up to two decimals.
    func figure(_ value: Double) -> String {
        guard value.isFinite else { return Format.missing }
        if value == value.rounded(), abs(value) < 1e15 { return typeset(Format.grouped(Int(value))) }
        var text = NumberText.fixed(value, decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
