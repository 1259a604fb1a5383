import VigiaModel

/// The Homicides screen: countries ranked by the cursor year's rate (or count), with change
/// over one and five years and a sparkline, beside a chart of the countries picked for comparison.
struct HomicidesScreen: TabView {
    static let screen = ScreenID.homicides

    func legend(in context: ScreenContext) -> [(glyph: String, meaning: String)] {
        SeriesChangeText.legend(context) + [(context.glyphs.pickedMarker, "picked for the chart (Space)")]
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.moveLeft, .moveRight, words: "year"), KeyHint(.toggleMeasure, words: "rate/count"), KeyHint(.togglePick, words: "pick to compare"),
         KeyHint(.drill, words: "country")]
    }

    /// Pane 0 is the ranking, pane 1 the chart (which has no rows).
    var paneCount: Int { 2 }

    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        guard pane == 0 else { return [] }
        return dashboard.homicideRanking(state).map { ListRow(.country($0), searchText: "\($0) \(dashboard.dataset.areaName($0))") }
    }

    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        Self.reduceCountryList(action, in: state, dashboard: dashboard)
    }

    func figureBesideRows(in state: AppState, dashboard: Dashboard) -> SourcedFigure? {
        Self.selectedCountryFigure(in: state, dashboard: dashboard)
    }

    /// On the screens that list countries (this one and Overview), left and right move the
    /// year cursor and Space picks the selected country for the comparison chart.
    static func reduceCountryList(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        var next = state
        switch action {
        case .moveLeft: dashboard.moveYear(&next, by: -1)
        case .moveRight: dashboard.moveYear(&next, by: 1)
        case .togglePick: togglePick(&next, dashboard: dashboard)
        default: return nil
        }
        return next
    }

    private static func togglePick(_ state: inout AppState, dashboard: Dashboard) {
        guard let code = dashboard.selectedRow(ListKey(state.route), in: state)?.target.countryCode else { return }
        if let index = state.compared.firstIndex(of: code) {
            state.compared.remove(at: index)
        } else if state.compared.count >= 8 {
            state.message = "the chart compares at most 8 countries"
        } else {
            state.compared.append(code)
        }
    }

    /// The cursor year's value of the country selected in pane 0, for `s`.
    static func selectedCountryFigure(in state: AppState, dashboard: Dashboard) -> SourcedFigure? {
        dashboard.cursorFigure(of: dashboard.selectedRow(ListKey(state.route), in: state)?.target.countryCode, in: state)
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let (tableRect, chartRect): (Rect, Rect)
        if rect.width >= 100 {
            let split = rect.splitLeft(rect.width * 11 / 20)
            (tableRect, chartRect) = (split.left, split.rest)
        } else {
            let split = rect.splitTop(max(6, rect.height * 11 / 20))
            (tableRect, chartRect) = (split.top, split.rest)
        }
        Self.drawTable(into: &canvas, in: tableRect, context: context)
        Self.drawChart(into: &canvas, in: chartRect, context: context)
    }

    /// The ranking: each change is computed within one source's series ("≠ src" where the two
    /// years come from different sources; `s` opens the figure's card with both values), and
    /// the sparkline breaks where the source changes, under a header naming the years it shows.
    private static func drawTable(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let state = context.state
        let dataset = context.dataset
        let measure = state.measure
        let title = "Ranking \(state.year) · \(measure == .count ? "homicides" : "rate per 100k")"
        let inner = context.panel(title, pane: 0, into: &canvas, in: rect)
        let codes = context.rows(pane: 0).compactMap(\.target.countryCode)
        let ranking = Ranking(dataset, measure: measure, year: state.year)
        let ranks = Dictionary(ranking.entries.map { ($0.country, $0.rank) }, uniquingKeysWith: { first, _ in first })
        let years = dataset.homicideYears ?? state.year...state.year
        let wide = inner.width >= 60
        // Beside a sparkline, names whole first (with the pick mark): the sparkline says which years it shows.
        let longest = 1 + (codes.map { DisplayWidth.of(dataset.areaName($0)) }.max() ?? 0)
        var columns = [
            Table.Column("#", width: .fixed(2), alignment: .right),
            Table.Column("Country", width: wide ? .fitted(min: 8, max: longest) : .flexible(min: 8, weight: 2)),
            Table.Column(String(state.year), width: .fixed(measure == .count ? 7 : 6), alignment: .right),
            Table.Column("1y", width: .fixed(6), alignment: .right),
            Table.Column("5y", width: .fixed(6), alignment: .right),
        ]
        if wide { columns.append(Table.Column("", width: .flexible(min: 8, weight: 2))) }
        let sparklines = codes.map { sparkline(dataset.series($0, measure), years: years) }
        var fit = (firstShown: 0, cellsPerValue: 1, breaks: Set<Int>())
        if wide {
            let width = visibleWidth(of: columns.count - 1, in: Table(columns: columns, rows: []), width: inner.width)
            fit = Sparkline.fit(sparklines, width: width)
            columns[columns.count - 1].title = yearsLabel(years, firstShown: fit.firstShown)
        }
        let tableRows = zip(codes, sparklines).map { code, line -> Table.Row in
            let series = dataset.series(code, measure)
            let picked = state.compared.contains(code)
            let name = (picked ? context.glyphs.pickedMarker : " ") + dataset.areaName(code)
            let one = series.sourcedChange(to: state.year, overYears: 1)
            let five = series.sourcedChange(to: state.year, overYears: 5)
            var cells = [ranks[code].map(String.init) ?? context.glyphs.gap, name, Format.homicide(series.value(in: state.year), measure),
                         SeriesChangeText.cell(one, glyphs: context.glyphs), SeriesChangeText.cell(five, glyphs: context.glyphs)]
            var styles: [Style?] = [ranks[code] == nil ? context.theme.gap : nil, picked ? context.theme.accent : nil, series.value(in: state.year) == nil ? context.theme.gap : nil,
                                    SeriesChangeText.style(one, context.theme), SeriesChangeText.style(five, context.theme)]
            if wide {
                cells.append(line.text(from: fit.firstShown, cellsPerValue: fit.cellsPerValue, glyphs: context.glyphs, columnBreaks: fit.breaks))
                styles.append(context.theme.accent)
            }
            return Table.Row(cells, styles: styles)
        }
        Table(columns: columns, rows: tableRows, selectedIndex: context.selectedIndex(pane: 0), emptyMessage: "no country matches the filter")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }

    /// A country's sparkline over `years`, breaking wherever the default's source changes.
    static func sparkline(_ series: HomicideSeries, years: ClosedRange<Int>) -> Sparkline {
        Sparkline(values: series.values(in: years), breaks: Set(series.sourceBreaks(in: years).map { $0 - years.lowerBound }))
    }

    /// "2000–2024", or the later first year when the column shows only the most recent years.
    static func yearsLabel(_ years: ClosedRange<Int>, firstShown: Int) -> String {
        let first = min(years.upperBound, years.lowerBound + firstShown)
        return "\(first)–\(years.upperBound)"
    }

    /// The cells column `column` of `table` really has in a table `width` wide: columns that
    /// run past the edge are clipped.
    static func visibleWidth(of column: Int, in table: Table, width: Int) -> Int {
        let widths = table.columnWidths(totalWidth: width)
        let x = 1 + widths.prefix(column).reduce(0) { $0 + $1 + Table.columnGap }
        return max(0, min(widths[column], width - x))
    }

    /// Rising homicides are bad news: red up, green down.
    static func changeStyle(_ percent: Double?, _ theme: Theme) -> Style? {
        guard let percent else { return theme.gap }
        return percent > 0 ? theme.negative : percent < 0 ? theme.positive : nil
    }

    private static func drawChart(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let state = context.state
        let compared = state.compared.isEmpty
            ? [context.dashboard.selectedRow(ListKey(.screen(.homicides)), in: state)?.target.countryCode].compactMap { $0 }
            : state.compared
        let picked = state.compared.isEmpty ? "selected; Space picks up to 8" : "\(compared.count) picked"
        let inner = context.panel("Chart · \(picked)", pane: 1, into: &canvas, in: rect)
        guard !compared.isEmpty else { return }
        HomicideChart.make(countries: compared, context: context, annotate: true)
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }
}
