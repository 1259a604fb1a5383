import VigiaModel

/// The Overview: headline tiles, a sparkline per country with the selected country's line
/// below it when there is room, and every event, newest first, as many as the height allows.
struct OverviewScreen: TabView {
    static let screen = ScreenID.overview

    var paneCount: Int { 3 }

    func legend(in context: ScreenContext) -> [(glyph: String, meaning: String)] {
        SeriesChangeText.legend(context)
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.drill, words: state.pane == 0 ? "country" : state.pane == 1 ? "event" : "figure")]
    }

    /// Pane 0 lists the countries, pane 1 the events, pane 2 the tiles' figures (so `s` and
    /// Enter reach each one).
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        let dataset = dashboard.dataset
        if pane == 2 {
            return Self.tileTargets(dataset).flatMap { $0 }.map { ListRow($0, searchText: "") }
        }
        if pane == 1 {
            return dataset.events.reversed().map { ListRow(.event($0.id), searchText: "\($0.country) \(dataset.areaName($0.country)) \($0.title)") }
        }
        return dataset.countries.sorted { $0.iso3 < $1.iso3 }.map { ListRow(.country($0.iso3), searchText: "\($0.iso3) \($0.name)") }
    }

    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        HomicidesScreen.reduceCountryList(action, in: state, dashboard: dashboard)
    }

    /// `s` on an event opens its first source; on a country, the figure its row shows: the
    /// latest rate, whatever the year cursor of the Homicides screen (which this list does not
    /// show) or the measure chosen there.
    func figureBesideRows(in state: AppState, dashboard: Dashboard) -> SourcedFigure? {
        if state.pane == 1 {
            guard case .event(let id)? = dashboard.selectedRow(ListKey(state.route, pane: 1), in: state)?.target,
                  let source = dashboard.dataset.events.first(where: { $0.id == id })?.sources.first else { return nil }
            return SourcedFigure(source: source)
        }
        guard let code = dashboard.selectedRow(ListKey(state.route), in: state)?.target.countryCode,
              let latest = Self.latestRate(code, in: dashboard.dataset) else { return nil }
        return SourcedFigure(source: latest.source, reference: .homicide(area: code, year: latest.year, measure: HomicideMeasure.ratePer100k.rawValue))
    }

    /// A country's latest sourced rate: the figure its row shows.
    static func latestRate(_ code: String, in dataset: Dataset) -> HomicideRecord? {
        let series = dataset.series(code, .ratePer100k)
        return series.latestYear.flatMap(series.record)
    }

    /// The figures of each tile, in tile order: Ecuador's latest rate and count, the region's
    /// share, the measures in force, the aid programs' totals.
    static func tileTargets(_ dataset: Dataset) -> [[RowTarget]] {
        let ecuador = [HomicideMeasure.ratePer100k, .count].compactMap { measure -> RowTarget? in
            let series = dataset.series("ECU", measure)
            return series.latestYear.flatMap(series.record).map { .homicideValue(HomicideValue($0, country: "ECU")) }
        }
        return [ecuador, [.computed(.regionalShare)], [.computed(.measuresInForce)],
                aidTilePrograms.filter { dataset.program($0) != nil }.map { .computed(.programTotal($0)) }]
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let tileHeight = rect.height >= 30 ? 7 : 6
        let (tilesRect, rest) = rect.splitTop(tileHeight)
        Self.drawTiles(into: &canvas, in: tilesRect, context: context)
        let split = rest.splitLeft(rest.width >= 100 ? rest.width / 2 : rest.width * 9 / 20)
        // The country list takes the rows it needs; what is left below it, when enough for a
        // chart, shows the selected country's line rather than a blank band.
        let wanted = context.rows(pane: 0).count + 3
        let spare = split.left.height - wanted
        if spare >= Self.minimumChartHeight {
            let stacked = split.left.splitTop(wanted)
            Self.drawCountries(into: &canvas, in: stacked.top, context: context)
            Self.drawSelectedCountry(into: &canvas, in: stacked.rest, context: context)
        } else {
            Self.drawCountries(into: &canvas, in: split.left, context: context)
        }
        Self.drawEvents(into: &canvas, in: split.rest, context: context)
    }

    /// Rows below which a chart under the country list says too little to be drawn.
    static let minimumChartHeight = 8

    // MARK: Tiles

    /// The four tiles; with the tiles' pane focused, the tile holding the selected figure is
    /// framed as focused and the figure's line marked.
    private static func drawTiles(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let targets = tileTargets(context.dataset)
        let selected = context.isFocused(pane: 2) ? context.selectedIndex(pane: 2).flatMap { index in
            context.rows(pane: 2).indices.contains(index) ? context.rows(pane: 2)[index].target : nil
        } : nil
        let selectedTile = selected.flatMap { target in targets.firstIndex { $0.contains(target) } }
        let count = rect.width >= 80 ? 4 : 3
        let width = rect.width / count
        for index in 0..<count {
            let x = rect.x + index * width
            let tileRect = Rect(x: x, y: rect.y, width: index == count - 1 ? rect.maxX - x : width, height: rect.height)
            let innerSize = Size(width: max(0, tileRect.width - 2), height: max(0, tileRect.height - 2))
            let tile: (String, [[TextSpan]])
            var mark: String?
            switch index {
            case 0: tile = ecuadorTile(context, width: innerSize.width, selected: selectedTile == 0 ? selected : nil)
            case 1: tile = regionTile(context)
            case 2: tile = decreesTile(context)
            default:
                let aid = aidTile(context, fitting: innerSize, selected: selectedTile == 3 ? selected : nil)
                (tile, mark) = ((aid.title, aid.lines), aid.mark)
            }
            let inner = Panel(title: tile.0, isFocused: selectedTile == index).draw(into: &canvas, in: tileRect, theme: context.theme, glyphs: context.glyphs)
            // A tile whose lines do not all fit ends in the ellipsis, never silently short.
            CardLayout.draw([.prose(TextBlock(paragraphs: tile.1, paragraphSpacing: 0))], into: &canvas, in: inner, context: context)
            if let mark {
                let text = " \(mark) "
                canvas.put(text, x: tileRect.maxX - 2 - DisplayWidth.of(text), y: tileRect.maxY - 1, style: context.theme.accent.adding(.bold), clip: tileRect)
            }
        }
    }

    /// Ecuador's latest sourced rate and count, each with its change over the previous year.
    /// A change across sources says so in one line of `width` ("2025, != src on '24" is one
    /// column too wide in ASCII, so it drops "on"), so the count's line is never pushed out.
    static func ecuadorTile(_ context: ScreenContext, width: Int, selected: RowTarget? = nil) -> (String, [[TextSpan]]) {
        let theme = context.theme
        var lines: [[TextSpan]] = []
        for measure in [HomicideMeasure.ratePer100k, .count] {
            let series = context.dataset.series("ECU", measure)
            guard let year = series.latestYear else { continue }
            let change = series.sourcedChange(to: year, overYears: 1)
            let isSelected = series.record(in: year).map { selected == .homicideValue(HomicideValue($0, country: "ECU")) } ?? false
            lines.append([
                TextSpan((isSelected ? context.glyphs.selectionMarker : "") + Format.homicide(series.value(in: year), measure),
                         style: isSelected ? theme.selection : theme.title.adding(.bold)),
                TextSpan(measure == .count ? " homicides" : " per 100k", style: theme.text),
            ])
            if change.value?.isAcrossSources == true {
                // Two sources' values are not a change: say so rather than print a percentage.
                let mark = "\(year), \(SeriesChangeText.acrossSources(context.glyphs))", previous = "'\(String((year - 1) % 100))"
                let words = DisplayWidth.of("\(mark) on \(previous)") <= width ? "\(mark) on \(previous)" : "\(mark) \(previous)"
                lines.append([TextSpan(words, style: theme.warning)])
            } else {
                lines.append([
                    TextSpan("\(year), ", style: theme.muted),
                    TextSpan(SeriesChangeText.cell(change, glyphs: context.glyphs), style: SeriesChangeText.style(change, theme) ?? theme.text),
                    TextSpan(" on \(year - 1)", style: theme.muted),
                ])
            }
        }
        return ("Ecuador", lines)
    }

    /// The region's share of the world's homicides against its share of people.
    static func regionTile(_ context: ScreenContext) -> (String, [[TextSpan]]) {
        let theme = context.theme
        switch RegionalShare.latest(context.dataset) {
        case .value(let share):
            return ("LAC \(share.year)", [
                [TextSpan(Format.share(share.homicideShare, decimals: 0), style: theme.negative.adding(.bold)), TextSpan(" of homicides", style: theme.text)],
                [TextSpan(Format.share(share.populationShare, decimals: 1), style: theme.title.adding(.bold)), TextSpan(" of people", style: theme.text)],
                [TextSpan("world shares, implied", style: theme.muted)],
                [TextSpan("from UNODC rates", style: theme.muted)],
            ])
        case .gap(let gap):
            return ("LAC", [[TextSpan(gap.description, style: theme.gap)]])
        }
    }

    /// Gang-violence measures in force on the latest date in the data, one per chain (a
    /// declaration with its renewals): stated, declared or continuously renewed. Said as of
    /// that date, never "now", because the data may be old.
    static func decreesTile(_ context: ScreenContext) -> (String, [[TextSpan]]) {
        let theme = context.theme
        guard let latest = context.dataset.latestDate else {
            return ("In force", [[TextSpan("no dated data", style: theme.gap)]])
        }
        let active = context.dataset.measuresInForce(on: latest.dayNumber).filter { $0.relevance == .gangViolence }
        let countries = Set(active.map(\.country)).sorted()
        return ("In force", [
            [TextSpan("\(active.count)", style: theme.title.adding(.bold)), TextSpan(active.count == 1 ? " measure" : " measures", style: theme.text),
             TextSpan("  " + countries.joined(separator: " "), style: theme.accent)],
            [TextSpan("in force on \(Format.humanDate(latest)), the latest date in the data", style: theme.muted)],
        ])
    }

    /// "data to 15 Mar 2026": how far the data goes, for the events panel's title.
    static func dataDateBadge(_ context: ScreenContext) -> String? {
        context.dataset.latestDate.map { "data to " + Format.humanDate($0) }
    }

    /// The sourced totals of the main aid programs, each with its basis and hedge, as many as
    /// fit; the rest are counted in the border ("+2 more ↓"), and the window follows the
    /// selected one so the cursor is never on a hidden line. A program is listed only when its
    /// value fits beside or under its name: never a label without its value.
    static func aidTile(_ context: ScreenContext, fitting size: Size, selected: RowTarget? = nil) -> (title: String, lines: [[TextSpan]], mark: String?) {
        let theme = context.theme
        var entries: [(target: RowTarget, lines: [[TextSpan]])] = []
        for id in aidTilePrograms {
            guard let program = context.dataset.program(id) else { continue }
            let isSelected = selected == .computed(.programTotal(id))
            // Under the tile's title, "U.S. aid to Ecuador" is "Ecuador".
            let shortName = program.shortName.hasPrefix(aidPrefix) ? String(program.shortName.dropFirst(aidPrefix.count)) : program.shortName
            let name = TextSpan((isSelected ? context.glyphs.selectionMarker : "") + shortName, style: isSelected ? theme.selection : theme.text)
            let total = TextSpan(ProgramsScreen.total(program, context: context), style: theme.title.adding(.bold))
            let lines: [[TextSpan]] = DisplayWidth.of(name.text + "  " + total.text) <= size.width
                ? [[name, TextSpan("  ", style: theme.text), total]]
                : [[name], [total]]
            entries.append((.computed(.programTotal(id)), lines))
        }
        let chosen = selected.flatMap { target in entries.firstIndex { $0.target == target } } ?? 0
        var window = 0..<0
        for start in 0...min(chosen, entries.count) {
            var end = start, used = 0
            while end < entries.count, used + entries[end].lines.count <= size.height {
                used += entries[end].lines.count
                end += 1
            }
            window = start..<end
            if window.contains(chosen) || entries.isEmpty { break }
        }
        let above = window.lowerBound, below = entries.count - window.upperBound
        let (up, down) = context.glyphs.isUnicode ? ("↑", "↓") : ("^", "v")
        let mark: String?
        switch (above, below) {
        case (0, 0): mark = nil
        case (0, _): mark = "+\(below) more \(down)"
        case (_, 0): mark = "\(up) +\(above) more"
        default: mark = "\(up)\(above) \(down)\(below) more"
        }
        return ("U.S. aid", entries[window].flatMap(\.lines), mark)
    }

    /// The words the tile's title already says, left off its programs' names.
    private static let aidPrefix = "U.S. aid to "

    /// The programs the "U.S. aid" tile lists: the three analogs, largest first, then Ecuador.
    static let aidTilePrograms = ["plan_colombia", "merida", "carsi", "us_ecuador_assistance"]

    // MARK: Lists

    /// Each country's rate as a sparkline that breaks where the source changes, under a title
    /// naming the years shown, then its latest value, year and (when there is room) source:
    /// the latest values come from different sources and years, and the column says which.
    private static func drawCountries(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let dataset = context.dataset
        let years = dataset.homicideYears ?? 2000...2024
        let codes = context.rows(pane: 0).compactMap(\.target.countryCode)
        let sourced = rect.width >= 90
        var columns = [
            Table.Column("", width: .fixed(3)),
            Table.Column("", width: .flexible(min: 6, weight: 2)),
            Table.Column("latest", width: .fixed(6), alignment: .right),
            Table.Column("", width: .fixed(3)),
        ]
        if sourced { columns.append(Table.Column("source", width: .flexible(min: 10, weight: 1))) }
        let sparklines = codes.map { HomicidesScreen.sparkline(dataset.series($0, .ratePer100k), years: years) }
        let innerWidth = max(0, rect.width - 2)
        let fit = Sparkline.fit(sparklines, width: HomicidesScreen.visibleWidth(of: 1, in: Table(columns: columns, rows: []), width: innerWidth))
        let shown = HomicidesScreen.yearsLabel(years, firstShown: fit.firstShown)
        let title = rect.width >= 50 ? "Homicide rate per 100k, \(shown)" : "Rate per 100k, \(shown)"
        let inner = context.panel(title, pane: 0, into: &canvas, in: rect)
        let lines = sparklines.map { $0.text(from: fit.firstShown, cellsPerValue: fit.cellsPerValue, glyphs: context.glyphs, columnBreaks: fit.breaks) }
        // The sparklines take only the columns their years fill; the room left goes to the
        // source, which would otherwise be cut beside blank columns.
        if sourced { columns[1].width = .fixed(max(6, lines.map(DisplayWidth.of).max() ?? 0)) }
        let rows = zip(codes, lines).map { code, line -> Table.Row in
            let latest = latestRate(code, in: dataset)
            var cells = [code, line, Format.rate(latest?.value), latest.map { "'" + String($0.year % 100) } ?? ""]
            if sourced { cells.append(latest.map { dataset.citation($0.source) } ?? "") }
            return Table.Row(cells, styles: [nil, context.theme.accent, nil, context.theme.muted, context.theme.muted])
        }
        Table(columns: columns, rows: rows, selectedIndex: context.selectedIndex(pane: 0), emptyMessage: "no country matches the filter")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }

    /// The selected country's line with its decrees shaded and events marked, in the room left
    /// under the country list.
    private static func drawSelectedCountry(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard let code = context.dashboard.selectedRow(ListKey(context.state.route, pane: 0), in: context.state)?.target.countryCode else {
            _ = context.panel("Selected country", pane: nil, into: &canvas, in: rect)
            return
        }
        let title = "\(context.dataset.areaName(code)) · \(context.state.measure.label) · decrees shaded, events marked"
        let inner = context.panel(title, pane: nil, into: &canvas, in: rect)
        HomicideChart.make(countries: [code], context: context, annotate: true)
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }

    /// The latest events, under a title saying how far the data goes; when the data ends more
    /// than `Dashboard.staleAfterDays` before today, a muted first line says how old it is.
    private static func drawEvents(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        var inner = context.panel("Latest events", pane: 1, into: &canvas, in: rect,
                                  badge: context.badge(pane: 1) ?? dataDateBadge(context))
        if context.dashboard.isDataStale, inner.height > 2 {
            let notice = Format.dataAge(days: context.dashboard.dataAgeDays) + "; today is " + Format.humanDate(context.dashboard.today)
            canvas.put(notice, x: inner.x, y: inner.y, style: context.theme.muted, maxWidth: inner.width)
            inner = inner.splitTop(1).rest
        }
        let events = Dictionary(context.dataset.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = context.rows(pane: 1).compactMap { row -> Table.Row? in
            guard case .event(let id) = row.target, let event = events[id] else { return nil }
            return Table.Row([event.date.description, event.country, event.title], styles: [context.theme.muted, context.theme.accent, nil])
        }
        Table(columns: [
            Table.Column("date", width: .fixed(10)),
            Table.Column("", width: .fixed(3)),
            Table.Column("event", width: .flexible(min: 10, weight: 1)),
        ], rows: rows, selectedIndex: context.isFocused(pane: 1) ? context.selectedIndex(pane: 1) : nil, emptyMessage: "no event matches the filter")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }
}
