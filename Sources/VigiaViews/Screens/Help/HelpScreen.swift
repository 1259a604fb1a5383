import VigiaModel

/// Help, generated from the key map, the screen it was opened from and the command list, so
/// it is always what the keys do: that screen's keys and marks first, then every key. It
/// scrolls with the usual keys, and `/` narrows it to the lines that match.
struct HelpScreen: RouteView {
    var tab: ScreenID? { nil }

    func crumb(in dataset: Dataset) -> String { "Help" }

    /// One row per line, so the usual keys scroll it and `/` filters it.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        Self.lines(dashboard.measuringContext(state)).enumerated().map {
            ListRow(.helpLine($0.offset), searchText: $0.element.key + " " + $0.element.text)
        }
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.beginFilter, words: "find a key")]
    }

    static func lines(_ context: ScreenContext) -> [HelpContent.Line] {
        HelpContent.lines(context.dashboard.keyMap, screen: HelpContent.Screen(under: context), gap: context.glyphs.gap)
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let theme = context.theme
        let inner = context.panel("Help · Esc returns", pane: 0, into: &canvas, in: rect)
        let spell = { (text: String) in context.glyphs.isUnicode ? text : HelpContent.ascii(text) }
        let lines = Self.lines(context)
        // The filtered rows, so a filter shows only what it counts.
        let rows = context.rows().compactMap { row -> Table.Row? in
            guard case .helpLine(let index) = row.target, lines.indices.contains(index) else { return nil }
            let line = lines[index]
            return line.isHeading
                ? Table.Row([spell(line.key), spell(line.text)], styles: [theme.title.adding(.bold), theme.muted])
                : Table.Row([spell(line.key), spell(line.text)], styles: [theme.accent, theme.text])
        }
        Table(columns: [
            Table.Column("key", width: .fixed(12)),
            Table.Column("does", width: .flexible(min: 10, weight: 1)),
        ], rows: rows, selectedIndex: context.selectedIndex(pane: 0), emptyMessage: "No key or command matches the filter")
            .draw(into: &canvas, in: inner, theme: theme, glyphs: context.glyphs)
    }
}
