/// A bordered pane with a title on the left and an optional badge on the right.
///
/// The badge carries state a user must not lose track of, such as the active filter
/// (`/ecu`) or the position in a list (`3/22`), in the place k9s and htop users look for it.
/// Focus is shown three times, by colour, by heavier glyphs and by the title itself (a `▸`
/// lead, bold and reversed), so it survives monochrome terminals and a glance.
public struct Panel: Hashable, Sendable {
    public var title: String
    /// Short state shown at the right of the top border; dropped first when space runs out.
    public var badge: String?
    public var isFocused: Bool

    public init(title: String, badge: String? = nil, isFocused: Bool = false) {
        self.title = title
        self.badge = badge
        self.isFocused = isFocused
    }

    /// Draws the frame and returns the interior left for content.
    ///
    /// A rect smaller than 2×2 has no room for a frame: the title alone is drawn in its first
    /// row and the interior is empty. The title keeps priority over the badge; the badge is
    /// dropped rather than squeezing the title below eight columns.
    @discardableResult
    public func draw(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet) -> Rect {
        let empty = Rect(x: rect.x, y: rect.y, width: 0, height: 0)
        guard !rect.isEmpty else { return empty }
        let titleStyle = theme.title
        guard rect.width >= 2, rect.height >= 2 else {
            let text = TextFit.truncate(title, to: rect.width, ellipsis: glyphs.ellipsis)
            canvas.put(text, x: rect.x, y: rect.y, style: titleStyle, clip: rect)
            return empty
        }
        let box = glyphs.box(focused: isFocused)
        let style = isFocused ? theme.borderFocused : theme.border
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for x in rect.x + 1..<right {
            canvas.put(box.horizontal, x: x, y: rect.y, style: style, clip: rect)
            canvas.put(box.horizontal, x: x, y: bottom, style: style, clip: rect)
        }
        for y in rect.y + 1..<bottom {
            canvas.put(box.vertical, x: rect.x, y: y, style: style, clip: rect)
            canvas.put(box.vertical, x: right, y: y, style: style, clip: rect)
        }
        canvas.put(box.topLeft, x: rect.x, y: rect.y, style: style, clip: rect)
        canvas.put(box.topRight, x: right, y: rect.y, style: style, clip: rect)
        canvas.put(box.bottomLeft, x: rect.x, y: bottom, style: style, clip: rect)
        canvas.put(box.bottomRight, x: right, y: bottom, style: style, clip: rect)
        drawTitleRow(into: &canvas, in: rect, theme: theme, glyphs: glyphs)
        return rect.inset(by: 1)
    }

    /// `┌─ Title ───── badge ─┐`: one line and a space before the title, a space and one
    /// line after the badge.
    private func drawTitleRow(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet) {
        let inner = rect.width - 2
        let title = isFocused ? (glyphs.isUnicode ? "▸ " : "> ") + self.title : self.title
        let titleWidth = DisplayWidth.of(SafeText.sanitize(title))
        var titleRoom = inner - 3
        var badgeText: String?
        if let badge, !badge.isEmpty {
            let text = " " + SafeText.sanitize(badge) + " "
            let room = titleRoom - DisplayWidth.of(text) - 1
            if room >= min(titleWidth, 8) {
                badgeText = text
                titleRoom = room
            }
        }
        if titleWidth > 0, titleRoom > 0 {
            let fitted = " " + TextFit.truncate(title, to: titleRoom, ellipsis: glyphs.ellipsis) + " "
            let style = isFocused ? theme.title.adding([.bold, .reverse]) : theme.title
            canvas.put(fitted, x: rect.x + 2, y: rect.y, style: style, clip: rect)
        }
        if let badgeText {
            let x = rect.maxX - 2 - DisplayWidth.of(badgeText)
            canvas.put(badgeText, x: x, y: rect.y, style: theme.accent, clip: rect)
        }
    }
}
