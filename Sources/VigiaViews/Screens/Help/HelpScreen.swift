import VigiaModel

/// Help, generated from the key map and the command list, so it is always what the keys do.
/// It scrolls with the usual keys when the terminal is short.
struct HelpScreen: RouteView {
    var tab: ScreenID? { nil }

    func crumb(in dataset: Dataset) -> String { "Help" }

    /// One row per line, so the usual keys scroll it.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        HelpContent.lines(dashboard.keyMap).enumerated().map { ListRow(.helpLine($0.offset), searchText: $0.element.key + " " + $0.element.text) }
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let theme = context.theme
        let inner = context.panel("Help · Esc returns", pane: 0, into: &canvas, in: rect)
        let spell = { (text: String) in context.glyphs.isUnicode ? text : HelpContent.ascii(text) }
        let rows = HelpContent.lines(context.dashboard.keyMap, gap: context.glyphs.gap).map { line in
            line.isHeading
                ? Table.Row([spell(line.key), spell(line.text)], styles: [theme.title.adding(.bold), theme.muted])
                : Table.Row([spell(line.key), spell(line.text)], styles: [theme.accent, theme.text])
        }
        Table(columns: [
            Table.Column("key", width: .fixed(12)),
            Table.Column("does", width: .flexible(min: 10, weight: 1)),
        ], rows: rows, selectedIndex: context.selectedIndex(pane: 0), emptyMessage: "")
            .draw(into: &canvas, in: inner, theme: theme, glyphs: context.glyphs)
    }
}
