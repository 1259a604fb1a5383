import VigiaModel

/// The Decrees screen: one timeline row per country with emergency measures, their
/// extensions, court rulings and the country's events, and below it the measures of the
/// selected country that fall in the window.
///
/// Answers "what did governments declare, and when?" at a glance; Enter opens the country's
/// decrees one per row.
struct DecreesScreen: TabView {
    static let screen = ScreenID.decrees

    /// The countries with a visible measure.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        dashboard.decreeCountries(state: state).map { ListRow(.country($0.iso3), searchText: "\($0.iso3) \($0.name)") }
    }

    /// A country opens its decrees, not its homicide history.
    func drillTarget(for target: RowTarget, dashboard: Dashboard) -> Route? {
        target.countryCode.map(Route.countryDecrees)
    }

    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        dashboard.panDecrees(action, in: state)
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.moveLeft, .moveRight, words: "pan"), KeyHint(.zoomIn, .zoomOut, words: "zoom"),
         KeyHint(.toggleAllDecrees, words: state.showsAllDecrees ? "gang-violence only" : "all measures"), KeyHint(.drill, words: "country's decrees")]
    }

    func legend(in context: ScreenContext) -> [(glyph: String, meaning: String)] {
        DecreeTrack.legendEntries(context).map { ($0.glyph, $0.label) }
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let rows = context.rows()
        let codes = rows.compactMap(\.target.countryCode)
        let dataset = context.dataset
        let tracks = codes.map { code -> DecreeTrack.Row in
            var track = DecreeTrack.Row(label: dataset.areaName(code))
            let decrees = context.dashboard.visibleDecrees(of: code, state: context.state)
            for root in decrees where root.extends == nil && root.isPeriodMeasure { track.addUnknown(dataset.coverage(of: root.id)) }
            for decree in decrees { track.add(decree) }
            for event in dataset.events(of: code) { track.addMarker(at: event.date, kind: .event) }
            return track
        }
        var timeline = Timeline(rows: tracks.map(\.row), window: Timeline.Window(start: 0, end: 1),
                                today: Double(context.dashboard.latestDay), selectedIndex: context.selectedIndex())
        let innerWidth = max(1, rect.width - 2)
        let labelWidth = timeline.labelWidth(totalWidth: innerWidth)
        timeline.window = context.dashboard.decreeWindow(context.state, columns: max(1, innerWidth - (labelWidth > 0 ? labelWidth + 1 : 0)))

        let keys = DecreeTrack.keyLines(timeline.window, width: innerWidth, context: context)
        let keyLines = keys.legend.count + keys.footer.count
        let wanted = 2 + 1 + max(1, rows.count) + keyLines
        let split = rect.splitTop(rect.height - wanted >= 6 ? wanted : rect.height)
        Self.drawTimeline(timeline, tracks: tracks, into: &canvas, in: split.top, context: context)
        if !split.rest.isEmpty {
            Self.drawSelectedCountry(codes: codes, window: timeline.window, into: &canvas, in: split.rest, context: context)
        }
    }

    private static func drawTimeline(_ timeline: Timeline, tracks: [DecreeTrack.Row],
                                     into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let inner = context.panel("Emergency measures by country", pane: 0, into: &canvas, in: rect,
                                  badge: context.badge() ?? counts(context))
        let message = context.state.showsAllDecrees
            ? "No country matches the filter."
            : "No gang-violence measure matches; press a to include context and protest measures."
        DecreeTrack.drawBody(timeline, rows: tracks, into: &canvas, in: inner, minimumRows: min(tracks.count + 1, 3),
                             emptyMessage: message, context: context)
    }

    /// "5 countries, 62 measures, 33 events": what the rows add up to.
    private static func counts(_ context: ScreenContext) -> String {
        let codes = context.rows().compactMap(\.target.countryCode)
        let measures = codes.reduce(0) { $0 + context.dashboard.visibleDecrees(of: $1, state: context.state).count }
        let events = codes.reduce(0) { $0 + context.dataset.events(of: $1).count }
        return "\(codes.count) countries, \(measures) measures, \(events) events"
    }

    /// The selected country's measures that overlap the window, newest first.
    private static func drawSelectedCountry(codes: [String], window: Timeline.Window, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard let index = context.selectedIndex(), codes.indices.contains(index) else {
            _ = context.panel("Selected country", pane: nil, into: &canvas, in: rect)
            return
        }
        let code = codes[index]
        let all = context.dashboard.visibleDecrees(of: code, state: context.state)
        let undated = all.filter { $0.start == nil }.count
        let inWindow = all.filter { decree in
            guard let start = decree.start?.dayNumber else { return false }
            let end = DecreePeriod(decree).endDay ?? context.dashboard.latestDay
            return Double(start) <= window.end && Double(end) >= window.start
        }.reversed()
        var title = "\(context.dataset.areaName(code))\(context.separator)\(inWindow.count) of \(all.count) in window"
        if undated > 0 { title += "\(context.separator)\(undated) undated" }
        let inner = context.panel(title, pane: nil, into: &canvas, in: rect, badge: "Enter: by decree")
        let columns = [
            Table.Column("Start", width: .fixed(10)),
            Table.Column("End", width: .fixed(16)),
            Table.Column("Decl.", width: .fixed(5), alignment: .right),
            Table.Column("Actual", width: .fixed(6), alignment: .right),
            // Wide enough for the longest short kind ("armed conflict") when there is room,
            // never wider: the reference gets the rest.
            Table.Column("Kind", width: inner.width >= 100 ? .fixed(14) : .flexible(min: 9, weight: 1)),
            Table.Column("Reference", width: .flexible(min: 10, weight: 2)),
        ]
        let tableRows = inWindow.map { decree -> Table.Row in
            let period = DecreePeriod(decree)
            let end = endText(decree, period: period, context: context)
            return Table.Row([Format.date(decree.start), end.text, decree.declaredDays.map { "\($0) d" } ?? Format.missing,
                              period.actualDays.map { "\($0) d" } ?? Format.missing, DecreeTrack.shortKind(decree.kind), context.dataset.decreeName(decree.id)],
                             styles: [nil, end.style, decree.declaredDays == nil ? context.theme.gap : nil,
                                      period.actualDays == nil ? context.theme.gap : nil, nil, nil])
        }
        Table(columns: columns, rows: tableRows, emptyMessage: "No measure of this country falls in the window; pan with \(context.panKeys)")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }

    /// The end as sourced, else the declared end (marked), else "no end stated"; an end worked
    /// out from other dates is approximate and says so.
    static func endText(_ decree: Decree, period: DecreePeriod, context: ScreenContext) -> (text: String, style: Style?) {
        if let stated = decree.end {
            return decree.endDerived == nil ? (stated.description, nil) : ("c. \(stated)", context.theme.muted)
        }
        if let declared = period.declaredEndDay { return ("decl. " + DecreeTrack.date(Double(declared)), context.theme.muted) }
        return ("no end stated", context.theme.gap)
    }
}
