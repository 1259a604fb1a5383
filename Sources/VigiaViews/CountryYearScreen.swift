import Foundation
import VigiaModel

/// One country-year: every value with its source (disagreeing sources included), the decrees
/// in force and the year's events; the selected item is described beside the list.
enum CountryYearScreen {
    static func draw(_ code: String, _ year: Int, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let dataset = context.dataset
        let wide = rect.width >= 100
        let split = rect.split(sideBySide: wide, first: wide ? rect.width / 2 : max(5, rect.height / 2))
        let inner = context.panel("\(dataset.areaName(code)) \(year) · values, decrees, events", pane: 0, into: &canvas, in: split.0)
        let rows = context.rows(pane: 0)
        let tableRows = rows.map { row -> Table.Row in
            let (kind, text, style) = describe(row.id, code: code, year: year, context: context)
            return Table.Row([kind, text], styles: [context.theme.muted, style])
        }
        Table(columns: [
            Table.Column("", width: .fixed(7)),
            Table.Column("", width: .flexible(min: 10, weight: 1)),
        ], rows: tableRows, selectedIndex: context.selectedIndex(pane: 0), emptyMessage: "nothing is sourced for this year")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)

        let detail = context.panel("Detail · s opens the source", pane: nil, into: &canvas, in: split.1)
        guard let index = context.selectedIndex(pane: 0) else { return }
        TextBlock(paragraphs: detailParagraphs(rows[index].id, code: code, year: year, context: context))
            .draw(into: &canvas, in: detail)
    }

    private static func describe(_ id: String, code: String, year: Int, context: ScreenContext) -> (String, String, Style?) {
        let dataset = context.dataset
        let parts = id.split(separator: ":").map(String.init)
        switch parts.first {
        case "value":
            guard parts.count == 3, let measure = HomicideMeasure(rawValue: parts[1]),
                  let record = dataset.series(code, measure).recordsByYear[year]?.first(where: { $0.source == parts[2] }) else { break }
            let mark = record.isDefault ? "" : " (alternative)"
            return (measure == .count ? "count" : "rate", "\(Format.homicide(record.value, measure))  \(record.source)\(mark)", record.isDefault ? nil : context.theme.warning)
        case "decree":
            guard parts.count == 2, let decree = dataset.decree(parts[1]) else { break }
            return ("decree", "\(decree.reference ?? decree.kind.label) · \(Format.date(decree.start))", context.theme.decree)
        case "event":
            guard parts.count == 2, let event = dataset.events.first(where: { $0.id == parts[1] }) else { break }
            return ("event", "\(event.date) \(event.title)", context.theme.event)
        default:
            break
        }
        return ("", id, nil)
    }

    private static func detailParagraphs(_ id: String, code: String, year: Int, context: ScreenContext) -> [[TextSpan]] {
        let dataset = context.dataset
        let theme = context.theme
        let parts = id.split(separator: ":").map(String.init)
        switch parts.first {
        case "value":
            guard parts.count == 3, let measure = HomicideMeasure(rawValue: parts[1]),
                  let record = dataset.series(code, measure).recordsByYear[year]?.first(where: { $0.source == parts[2] }) else { return [] }
            var paragraphs: [[TextSpan]] = [[
                TextSpan(Format.homicide(record.value, measure), style: theme.title.adding(.bold)),
                TextSpan(" \(measure.label), \(record.isDefault ? "series default" : "alternative value")", style: theme.text),
            ]]
            if let why = record.whyDefault { paragraphs.append([TextSpan("Why default: ", style: theme.muted), TextSpan(why)]) }
            if let note = record.note { paragraphs.append([TextSpan("Note: ", style: theme.muted), TextSpan(note)]) }
            if let source = dataset.source(record.source) {
                paragraphs.append([TextSpan("Source \(source.id): ", style: theme.muted), TextSpan("\(source.title), \(source.publisher), \(Format.date(source.date))")])
            }
            return paragraphs
        case "decree":
            guard parts.count == 2, let decree = dataset.decree(parts[1]) else { return [] }
            return [
                [TextSpan(decree.reference ?? decree.kind.label, style: theme.title.adding(.bold)), TextSpan(" · \(decree.kind.label)", style: theme.muted)],
                [TextSpan("\(Format.date(decree.start)) to \(decree.end.map(Format.date) ?? "no end stated")", style: theme.text)],
                [TextSpan(decree.summary)],
            ]
        case "event":
            guard parts.count == 2, let event = dataset.events.first(where: { $0.id == parts[1] }) else { return [] }
            return [
                [TextSpan(event.title, style: theme.title.adding(.bold))],
                [TextSpan("\(event.date) · \(event.category.replacingOccurrences(of: "_", with: " "))" + (event.casualties.map { " · \($0)" } ?? ""), style: theme.muted)],
                [TextSpan(event.summary)],
            ]
        default:
            return []
        }
    }
}
