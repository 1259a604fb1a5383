import VigiaModel

/// One country: its homicide line with decrees shaded and events marked, and its years with
/// every value's source. Enter on a year opens that year.
struct CountryScreen: RouteView {
    let code: String

    var tab: ScreenID? { .homicides }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.drill, words: "year"), KeyHint(.toggleMeasure, words: "rate/count")]
    }

    func crumb(in dataset: Dataset) -> String { dataset.areaName(code) }

    /// What to be careful about in the country's figures, when the data says: a pane of its
    /// own, as such notes run to several sentences.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        guard let note = context.dataset.country(code)?.note else { return [] }
        return [TextPane("About these figures", [.prose(TextBlock(note, style: context.theme.warning))])]
    }

    /// The years with a sourced rate or count, newest first.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        let dataset = dashboard.dataset
        let years = Set(dataset.series(code, .ratePer100k).years + dataset.series(code, .count).years)
        return years.sorted(by: >).map { ListRow(.year($0), searchText: String($0)) }
    }

    func drillTarget(for target: RowTarget, dashboard: Dashboard) -> Route? {
        guard case .year(let year) = target else { return nil }
        return .countryYear(code, year)
    }

    /// Left and right move the year cursor of the chart.
    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        var next = state
        switch action {
        case .moveLeft: dashboard.moveYear(&next, by: -1)
        case .moveRight: dashboard.moveYear(&next, by: 1)
        default: return nil
        }
        return next
    }

    /// `s` opens the selected year's value in the measure shown (the other measure when that
    /// year has only it): the row is what the reader points at, not the ranking's year.
    func figureBesideRows(in state: AppState, dashboard: Dashboard) -> SourcedFigure? {
        guard case .year(let year)? = dashboard.selectedRow(ListKey(state.route), in: state)?.target else {
            return dashboard.cursorFigure(of: code, in: state)
        }
        let measures: [HomicideMeasure] = state.measure == .count ? [.count, .ratePer100k] : [.ratePer100k, .count]
        for measure in measures {
            guard let record = dashboard.dataset.series(code, measure).record(in: year) else { continue }
            return SourcedFigure(source: record.source, reference: .homicide(area: code, year: year, measure: measure.rawValue))
        }
        return nil
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let dataset = context.dataset
        let state = context.state
        let wide = rect.width >= 110
        var (chartPanel, tableRect) = rect.split(sideBySide: wide, first: wide ? rect.width * 3 / 5 : rect.height / 2)
        let name = dataset.areaName(code)
        if let pane = textPanes(in: context).first {
            // The note takes the lines it needs under the chart, up to a third of it. Where the
            // chart has no room to spare, it shows one line under the years; where the years have
            // none either, the chart's place (the list stays whole). A longer note scrolls in its
            // pane (Tab reaches it at every size) and says "↓ more"; Enter shows it whole.
            let lines = CardLayout.lines(pane.blocks, width: max(1, chartPanel.width - 2), context: context).count
            let height = min(lines + 2, max(4, chartPanel.height / 3))
            let noteRect: Rect
            if chartPanel.height - height >= 10 {
                (chartPanel, noteRect) = chartPanel.splitTop(chartPanel.height - height)
            } else if tableRect.height >= 8 {
                (tableRect, noteRect) = tableRect.splitTop(tableRect.height - 3)
            } else if chartPanel.height >= 9 {
                (chartPanel, noteRect) = chartPanel.splitTop(chartPanel.height - 3)
            } else {
                (chartPanel, noteRect) = (chartPanel.splitTop(0).top, chartPanel)
            }
            context.drawTextPane(pane, index: context.textPaneIndex(0), into: &canvas, in: noteRect)
        }
        if !chartPanel.isEmpty {
            let chartInner = context.panel("\(name) · \(state.measure.label) · decrees shaded, events marked", pane: nil, into: &canvas, in: chartPanel)
            HomicideChart.make(countries: [code], context: context, annotate: true)
                .draw(into: &canvas, in: chartInner, theme: context.theme, glyphs: context.glyphs)
        }

        let inner = context.panel("Years · Enter opens a year", pane: 0, into: &canvas, in: tableRect)
        let rates = dataset.series(code, .ratePer100k)
        let counts = dataset.series(code, .count)
        let rows = context.rows(pane: 0).compactMap { row -> Table.Row? in
            guard case .year(let year) = row.target else { return nil }
            let rate = rates.record(in: year), count = counts.record(in: year)
            let others = rates.alternatives(in: year).count + counts.alternatives(in: year).count
            let sources = dataset.citations([rate?.source, count?.source].compactMap { $0 })
            return Table.Row(
                [String(year), Format.rate(rate?.value), Format.count(count?.value), others > 0 ? "+\(others)" : "", sources.joined(separator: ", ")],
                styles: [nil, rate == nil ? context.theme.gap : nil, count == nil ? context.theme.gap : nil, context.theme.warning, context.theme.muted]
            )
        }
        Table(columns: [
            Table.Column("year", width: .fixed(4)),
            Table.Column("rate", width: .fixed(6), alignment: .right),
            Table.Column("count", width: .fixed(7), alignment: .right),
            Table.Column("alt", width: .fixed(3), alignment: .right),
            Table.Column("sources", width: .flexible(min: 8, weight: 1)),
        ], rows: rows, selectedIndex: context.selectedIndex(pane: 0), emptyMessage: "no sourced year")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }
}
