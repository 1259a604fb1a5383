/// Renders a canvas as text with ANSI SGR escapes, for `vigia render --color` and snapshots
/// that keep colour (plain text is `Canvas.text`).
///
/// Only what changes between cells is emitted, attributes are reset only when one must be
/// turned off (SGR has no portable "bold off" that spares dim), and every line ends in the
/// default style so a pager or a following prompt is never tinted. Trailing blank cells in
/// the default style are dropped, as in `Canvas.text`.
public struct AnsiRenderer: Hashable, Sendable {
    public init() {}

    /// The canvas as lines joined by `\n`, each starting in and returning to the default style.
    public func render(_ canvas: Canvas) -> String {
        var lines: [String] = []
        lines.reserveCapacity(canvas.size.height)
        for y in 0..<canvas.size.height {
            var end = canvas.size.width
            while end > 0, canvas[end - 1, y].style == .plain,
                  canvas[end - 1, y].grapheme == " " || canvas[end - 1, y].isContinuation {
                end -= 1
            }
            var line = ""
            var current = Style.plain
            for x in 0..<end {
                let cell = canvas[x, y]
                if cell.isContinuation { continue }
                line += transition(from: current, to: cell.style)
                current = cell.style
                line += SafeText.sanitize(cell.grapheme)
            }
            if current != .plain { line += "\u{1B}[0m" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The SGR sequence that turns style `old` into `new` (empty when equal).
    public func transition(from old: Style, to new: Style) -> String {
        guard old != new else { return "" }
        var codes: [String] = []
        var base = old
        if !old.attributes.subtracting(new.attributes).isEmpty {
            codes.append("0")
            base = .plain
        }
        let attributeCodes: [(TextAttributes, String)] = [(.bold, "1"), (.dim, "2"), (.underline, "4"), (.reverse, "7")]
        for (attribute, code) in attributeCodes where new.attributes.contains(attribute) && !base.attributes.contains(attribute) {
            codes.append(code)
        }
        if new.foreground != base.foreground { codes.append(Self.code(new.foreground, background: false)) }
        if new.background != base.background { codes.append(Self.code(new.background, background: true)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func code(_ color: Color, background: Bool) -> String {
        switch color {
        case .standard:
            return background ? "49" : "39"
        case .ansi(let n):
            let index = Int(n % 16)
            let base = index < 8 ? (background ? 40 : 30) : (background ? 100 : 90)
            return String(base + index % 8)
        case .indexed(let n):
            return (background ? "48;5;" : "38;5;") + String(n)
        }
    }
}
