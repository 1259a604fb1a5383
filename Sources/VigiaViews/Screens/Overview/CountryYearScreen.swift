import Foundation
import VigiaModel

/// One country-year: every value with its source (disagreeing sources included), the decrees
/// in force and the year's events; the selected item is described beside the list.
struct CountryYearScreen: RouteView {
    let code: String
    let year: Int

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.moveLeft, .moveRight, words: "year"), KeyHint(.openSource, words: "source")]
    }

    var tab: ScreenID? { .homicides }

    func crumb(in dataset: Dataset) -> String { String(year) }

    /// Every value with its source (each release of a revised value, and part-year figures),
    /// the monthly counts, decrees in force, events.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        let dataset = dashboard.dataset
        var rows: [ListRow] = []
        for measure in [HomicideMeasure.ratePer100k, .count] {
            for record in dataset.series(code, measure).recordsByYear[year] ?? [] {
                rows.append(ListRow(.homicideValue(HomicideValue(record, country: code)), searchText: "\(measure.label) \(record.value) \(record.source)"))
            }
        }
        for record in dataset.partYearFigures(code) where record.year == year {
            rows.append(ListRow(.homicideValue(HomicideValue(record, country: code)), searchText: "\(record.measure.label) \(record.value) \(record.source)"))
        }
        for record in dataset.monthly(code) where record.month.year == year {
            rows.append(ListRow(.month(country: code, record.month), searchText: "\(record.month) \(record.count)"))
        }
        for decree in dashboard.decreesInForce(code, year) {
            rows.append(ListRow(.decree(decree.id), searchText: "\(decree.id) \(decree.reference ?? decree.kind.label)"))
        }
        for event in dataset.events(in: year, country: code) { rows.append(ListRow(.event(event.id), searchText: event.title)) }
        return rows
    }

    /// `s` on an event opens its first source (the event card lists the others).
    /// An event's first source; from the detail pane, the figure of the row it details.
    func figureBesideRows(in state: AppState, dashboard: Dashboard) -> SourcedFigure? {
        guard let row = dashboard.selectedRow(ListKey(state.route), in: state) else { return nil }
        guard case .event(let id) = row.target else { return state.pane == 0 ? nil : dashboard.figure(for: row.target) }
        return dashboard.dataset.events.first { $0.id == id }?.sources.first.map { SourcedFigure(source: $0) }
    }

    /// Left and right open the year before or after, in place of this one.
    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        guard action == .moveLeft || action == .moveRight else { return nil }
        var next = state
        guard let years = dashboard.dataset.homicideYears else { return next }
        let target = min(max(years.lowerBound, year + (action == .moveLeft ? -1 : 1)), years.upperBound)
        next.year = target
        next.stack[next.stack.count - 1] = .countryYear(code, target)
        return next
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let dataset = context.dataset
        let wide = rect.width >= 100
        let split = rect.split(sideBySide: wide, first: wide ? rect.width / 2 : max(5, rect.height / 2))
        let inner = context.panel("\(dataset.areaName(code)) \(year) · values, decrees, events", pane: 0, into: &canvas, in: split.0)
        let rows = context.rows(pane: 0)
        // Values right-aligned to the widest, so every source starts in one column.
        let valueWidth = rows.compactMap { row -> Int? in
            guard case .homicideValue(let value) = row.target, let record = value.record(in: dataset) else { return nil }
            return DisplayWidth.of(Format.homicide(record.value, record.measure))
        }.max() ?? 0
        let tableRows = rows.map { row -> Table.Row in
            let (kind, text, style) = Self.describe(row.target, year: year, valueWidth: valueWidth, context: context)
            return Table.Row([kind, text], styles: [context.theme.muted, style])
        }
        Table(columns: [
            Table.Column("", width: .fixed(7)),
            Table.Column("", width: .flexible(min: 10, weight: 1)),
        ], rows: tableRows, selectedIndex: context.selectedIndex(pane: 0), emptyMessage: "nothing is sourced for this year")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)

        context.drawTextPane(0, into: &canvas, in: split.1)
    }

    /// The selected row's detail, a pane of its own: notes run long, and Tab, the movement
    /// keys and `o` reach every line.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        let rows = context.rows(pane: 0)
        let paragraphs = context.selectedIndex(pane: 0).map { Self.detailParagraphs(rows[$0].target, year: year, context: context) } ?? []
        return [TextPane("Detail · s opens the source", [.prose(TextBlock(paragraphs: paragraphs))])]
    }

    private static func describe(_ target: RowTarget, year: Int, valueWidth: Int, context: ScreenContext) -> (String, String, Style?) {
        let dataset = context.dataset
        switch target {
        case .homicideValue(let value):
            guard let record = value.record(in: dataset) else { break }
            let measure = record.measure
            var mark = record.isDefault ? "" : " (alternative)"
            if let period = record.period { mark = " · " + period.label(year) }
            if let release = record.release { mark += " · released \(Format.date(release))" }
            let kind = measure == .count ? "count" : "rate"
            let figure = TextFit.pad(Format.homicide(record.value, measure), to: valueWidth, alignment: .right, ellipsis: context.glyphs.ellipsis)
            return (kind, "\(figure)  \(dataset.citation(record.source))\(mark)", record.isDefault && record.period == nil ? nil : context.theme.warning)
        case .month(let code, let month):
            guard let record = dataset.releases(code, month).first else { break }
            let revised = dataset.releases(code, month).count > 1 ? " (revised)" : ""
            return ("month", "\(Format.month(month))  \(Format.count(Double(record.count))) homicides\(revised)", nil)
        case .decree(let id):
            guard let decree = dataset.decree(id) else { break }
            return ("decree", "\(dataset.decreeName(decree.id)) · \(Format.date(decree.start))", context.theme.decree)
        case .event(let id):
            guard let event = dataset.events.first(where: { $0.id == id }) else { break }
            return ("event", "\(event.date) \(event.title)", context.theme.event)
        default:
            break
        }
        return ("", "n/a (not in the data)", nil)
    }

    private static func detailParagraphs(_ target: RowTarget, year: Int, context: ScreenContext) -> [[TextSpan]] {
        let dataset = context.dataset
        let theme = context.theme
        switch target {
        case .month(let code, let month):
            return monthParagraphs(dataset.releases(code, month), month: month, context: context)
        case .homicideValue(let value):
            guard let record = value.record(in: dataset) else { return [] }
            let measure = record.measure
            let role = record.period.map { "\($0.label(year)), not part of the annual series" }
                ?? (record.isDefault ? "series default" : "alternative value")
            var paragraphs: [[TextSpan]] = [[
                TextSpan(Format.homicide(record.value, measure), style: theme.title.adding(.bold)),
                TextSpan(" \(measure.label), \(role)", style: theme.text),
            ]]
            if let release = record.release {
                paragraphs.append([TextSpan("Released: ", style: theme.muted), TextSpan(Format.date(release))])
            }
            if let why = record.whyDefault { paragraphs.append([TextSpan("Why default: ", style: theme.muted), TextSpan(why)]) }
            if let note = record.note { paragraphs.append([TextSpan("Note: ", style: theme.muted), TextSpan(note)]) }
            if let source = dataset.source(record.source) {
                paragraphs.append([TextSpan("Source \(source.shortCitation): ", style: theme.muted), TextSpan("\(source.readableTitle), \(source.publisher), \(Format.date(source.date))")])
            }
            return paragraphs
        case .decree(let id):
            guard let decree = dataset.decree(id) else { return [] }
            return [
                [TextSpan(dataset.decreeName(decree.id), style: theme.title.adding(.bold)), TextSpan(" · \(decree.kind.label)", style: theme.muted)],
                [TextSpan("\(Format.date(decree.start)) to \(decree.end.map(Format.date) ?? "no end stated")", style: theme.text)],
                [TextSpan(decree.summary)],
            ]
        case .event(let id):
            guard let event = dataset.events.first(where: { $0.id == id }) else { return [] }
            return [
                [TextSpan(event.title, style: theme.title.adding(.bold))],
                [TextSpan("\(event.date) · \(DataKey.words(event.category))" + (event.casualties.map { " · \($0)" } ?? ""), style: theme.muted)],
                [TextSpan(event.summary)],
            ]
        default:
            return []
        }
    }

    /// One month's count with every release, newest first: police counts are revised upward
    /// as investigations reclassify deaths, and the history shows by how much.
    private static func monthParagraphs(_ releases: [MonthlyHomicideRecord], month: YearMonth, context: ScreenContext) -> [[TextSpan]] {
        guard let latest = releases.first else { return [] }
        let theme = context.theme
        var paragraphs: [[TextSpan]] = [[
            TextSpan(Format.count(Double(latest.count)), style: theme.title.adding(.bold)),
            TextSpan(" homicides in \(Format.month(month))", style: theme.text),
        ]]
        if releases.count > 1 {
            paragraphs.append([TextSpan("Releases, newest first (the newest is shown in charts):", style: theme.muted)])
            for record in releases {
                let date = record.release.map(Format.date) ?? "undated"
                let source = context.dataset.source(record.source).map { $0.publisher } ?? record.source
                paragraphs.append([TextSpan("  \(Format.count(Double(record.count)))", style: theme.text), TextSpan("  \(date) · \(source)", style: theme.muted)])
            }
        }
        if let note = latest.note { paragraphs.append([TextSpan("Note: ", style: theme.muted), TextSpan(note)]) }
        return paragraphs
    }
}
