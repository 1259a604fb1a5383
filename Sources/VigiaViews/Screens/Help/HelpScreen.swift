import VigiaModel

/// Help, generated from the key map, the screen it was opened from and the command list, so
/// it is always what the keys do: that screen's keys and marks first, then every key. It
/// scrolls with the usual keys, and `/` narrows it to the lines that match.
struct HelpScreen: RouteView {
    var tab: ScreenID? { nil }

    func crumb(in dataset: Dataset) -> String { "Help" }

    /// One row per line as drawn, so the usual keys scroll it and `/` filters it; a line too
    /// long for the width goes on in rows of its own, which a filter keeps together.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        Self.wrapped(dashboard.measuringContext(state)).enumerated().map {
            ListRow(.helpLine($0.offset), searchText: $0.element.search)
        }
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.beginFilter, words: "find a key")]
    }

    static func lines(_ context: ScreenContext) -> [HelpContent.Line] {
        HelpContent.lines(context.dashboard.keyMap, screen: HelpContent.Screen(under: context), gap: context.glyphs.gap)
    }

    /// The key column's width; the text has what the border, the row marker and the key leave.
    static let keyWidth = 12

    /// The lines wrapped at the text column's width, each piece with its whole line's words
    /// to search, so no line is ever cut.
    static func wrapped(_ context: ScreenContext) -> [(line: HelpContent.Line, search: String)] {
        let width = max(10, context.screenWidth - 2 - 1 - keyWidth - 1)
        return lines(context).flatMap { line in
            let search = line.key + " " + line.text
            let pieces = DisplayWidth.of(line.text) <= width ? [line.text]
                : TextBlock(line.text).lines(width: width).map { $0.map(\.text).joined() }
            return pieces.enumerated().map { index, text in
                (HelpContent.Line(key: index == 0 ? line.key : "", text: text, isHeading: line.isHeading), search)
            }
        }
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let theme = context.theme
        let inner = context.panel("Help · Esc returns", pane: 0, into: &canvas, in: rect)
        let spell = { (text: String) in context.glyphs.isUnicode ? text : HelpContent.ascii(text) }
        let lines = Self.wrapped(context).map(\.line)
        // The filtered rows, so a filter shows only what it counts.
        let rows = context.rows().compactMap { row -> Table.Row? in
            guard case .helpLine(let index) = row.target, lines.indices.contains(index) else { return nil }
            let line = lines[index]
            return line.isHeading
                ? Table.Row([spell(line.key), spell(line.text)], styles: [theme.title.adding(.bold), theme.muted])
                : Table.Row([spell(line.key), spell(line.text)], styles: [theme.accent, theme.text])
        }
        Table(columns: [
            Table.Column("key", width: .fixed(Self.keyWidth)),
            Table.Column("does", width: .flexible(min: 10, weight: 1)),
        ], rows: rows, selectedIndex: context.selectedIndex(pane: 0), emptyMessage: "No key or command matches the filter")
            .draw(into: &canvas, in: inner, theme: theme, glyphs: context.glyphs)
    }
}
