import VigiaModel

/// One fiscal year of a program: every funding record behind it, with category, group,
/// amount and qualifier, basis, span and source, and the selected record's note in full.
///
/// This is the bottom of the money drill-down: the place to see that two figures for the
/// same year are different stages of spending or different scopes, not a contradiction.
struct ProgramYearScreen: RouteView {
    let id: String
    let year: Int

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.drill, words: "source of the record")]
    }

    var tab: ScreenID? { .programs }

    func crumb(in dataset: Dataset) -> String { "FY\(year)" }

    /// The year's funding records, in the data's order.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        dashboard.dataset.funding(of: id).enumerated().filter { $0.element.fiscalYear == year }.map {
            ListRow(.funding(program: id, index: $0.offset), searchText: "\($0.element.category) \($0.element.basis.rawValue) \($0.element.source)")
        }
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let records = context.dataset.funding(of: id)
        let shown = context.rows().compactMap { row -> FundingRecord? in
            guard case .funding(_, let index) = row.target, records.indices.contains(index) else { return nil }
            return records[index]
        }
        let selected = context.selectedIndex().flatMap { shown.indices.contains($0) ? shown[$0] : nil }
        let detail = selected.map { Self.noteBlocks($0, context: context) } ?? []
        let noteHeight = CardLayout.height(detail, width: max(1, rect.width - 2), context: context) + 2
        let split = rect.splitTop(min(shown.count + 3, max(rect.height / 2, rect.height - noteHeight)))
        if !split.rest.isEmpty {
            let inner = context.panel("Selected record", pane: nil, into: &canvas, in: split.rest)
            CardLayout.draw(detail, into: &canvas, in: inner, context: context)
        }
        let name = context.dataset.program(id)?.shortName ?? id
        let inner = context.panel("\(name) FY\(year): \(shown.count) record\(shown.count == 1 ? "" : "s")", pane: 0, into: &canvas, in: split.top)
        let wide = inner.width >= 110
        var columns = [
            Table.Column("Category", width: .flexible(min: 16, weight: 3)),
            Table.Column("Amount", width: .fixed(11), alignment: .right),
            Table.Column("Basis", width: .fixed(10)),
            Table.Column("Source", width: .flexible(min: 12, weight: 2)),
            Table.Column("Span", width: .fixed(9)),
        ]
        if wide {
            columns.append(Table.Column("Group", width: .fixed(15)))
            columns.append(Table.Column("Note", width: .flexible(min: 20, weight: 3)))
        }
        let rows = shown.map { record -> Table.Row in
            var cells = [context.dataset.categoryLabel(record.category, of: record.program), Self.amount(record), record.basis.label,
                         context.dataset.citation(record.source), Self.span(record, context: context)]
            if wide { cells += [record.group.label, record.note ?? ""] }
            return Table.Row(cells)
        }
        Table(columns: columns, rows: rows, selectedIndex: context.selectedIndex(), emptyMessage: "No funding record for FY\(year)")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }

    /// "> $1.30bn": the qualifier symbol first, so a bound never reads as an exact figure.
    static func amount(_ record: FundingRecord) -> String {
        (record.qualifier.symbol.isEmpty ? "" : record.qualifier.symbol + " ") + Format.money(record.usdMillions)
    }

    /// "annual", or the fiscal years a cumulative checkpoint covers ("2000–2009").
    static func span(_ record: FundingRecord, context: ScreenContext) -> String {
        guard record.span == .cumulative else { return "annual" }
        guard let from = record.fromFiscalYear, from != record.fiscalYear else { return "to \(record.fiscalYear)" }
        return "\(from)\(context.rangeDash)\(record.fiscalYear)"
    }

    private static func noteBlocks(_ record: FundingRecord, context: ScreenContext) -> [CardLayout.Block] {
        let source = context.dataset.source(record.source)
        let kind = record.span == .annual ? "annual" : "cumulative, FY " + span(record, context: context)
        var facts = [
            CardLayout.Fact("Record", "\(context.dataset.categoryLabel(record.category, of: record.program)): \(amount(record)) \(record.basis.label), \(kind), \(record.group.label), \(record.dollars.label) dollars"),
            CardLayout.Fact("Note", record.note ?? "n/a (no note)", style: record.note == nil ? context.theme.gap : nil),
            CardLayout.Fact("Source", source.map { "\($0.shortCitation): \($0.title)" } ?? "unknown source", style: context.theme.muted),
        ]
        if let caveat = source?.caveat { facts.append(CardLayout.Fact("Caveat", caveat, style: context.theme.warning)) }
        return [.facts(facts)]
    }
}
