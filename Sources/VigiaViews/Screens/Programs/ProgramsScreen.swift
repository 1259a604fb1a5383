import VigiaModel

/// The Programs screen: every U.S. security-aid program (and proposal) side by side, then
/// the selected program's longest annual funding series as bars.
///
/// Totals carry their basis ("appr.", "pledged") and bound ("≥") in the cell, because an
/// appropriation, a pledge and an estimate are different things and must not read alike.
struct ProgramsScreen: TabView {
    static let screen = ScreenID.programs

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.showLessons, words: "lessons"), KeyHint(.editScenario, words: "scenario"), KeyHint(.drill, words: "fiscal years"),
         KeyHint(.openSource, words: "source")]
    }

    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        dashboard.dataset.programs.map { ListRow(.program($0.id), searchText: "\($0.shortName) \($0.name)") }
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let programs = context.rows().compactMap { row -> Program? in
            guard case .program(let id) = row.target else { return nil }
            return context.dataset.program(id)
        }
        let selected = context.selectedIndex().flatMap { programs.indices.contains($0) ? programs[$0] : nil }
        let series = selected.flatMap { Self.longestSeries(of: $0, context: context) }
        let chartRows = series.map { ($0.fiscalYears.last ?? 0) - ($0.fiscalYears.first ?? 0) + 1 } ?? 1
        let tableWanted = programs.count + 3
        let chartWanted = chartRows + 3
        let tableHeight: Int
        if tableWanted + chartWanted <= rect.height {
            tableHeight = tableWanted
        } else {
            tableHeight = max(min(tableWanted, 7), rect.height - chartWanted)
        }
        // A chart with fewer than two bar rows says nothing: give the table the room instead.
        let split = rect.splitTop(rect.height - tableHeight < 5 ? rect.height : tableHeight)
        if !split.rest.isEmpty {
            Self.drawChart(selected, series: series, into: &canvas, in: split.rest, context: context)
        }
        Self.drawTable(programs, into: &canvas, in: split.top, context: context)
    }

    /// The annual series with the most fiscal years (ties: the larger total); the one a chart
    /// can show without mixing sources or bases.
    static func longestSeries(of program: Program, context: ScreenContext) -> FundingSeries? {
        FundingSeries.series(of: context.dataset.funding(of: program.id)).max { lhs, rhs in
            (lhs.amounts.count, lhs.total) < (rhs.amounts.count, rhs.total)
        }
    }

    private struct Column {
        var column: Table.Column
        var cell: (Program) -> String
        /// Lower is more important: kept first when the width runs out.
        var priority: Int
    }

    private static func drawTable(_ programs: [Program], into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let inner = context.panel("U.S. security-aid programs", pane: 0, into: &canvas, in: rect,
                                  badge: context.badge() ?? "Rt = homicides per 100k, first recipient")
        let dataset = context.dataset
        func rate(_ point: ProgramBaseline.Point?) -> String {
            guard let point else { return "n/a" }
            return point.rate.map(Format.rate) ?? "n/a"
        }
        let baselines = Dictionary(programs.map { ($0.id, ProgramBaseline.compute(dataset, program: $0).first) }, uniquingKeysWith: { first, _ in first })
        let candidates: [Column] = [
            Column(column: Table.Column("Program", width: .flexible(min: 13, weight: 1)), cell: { $0.shortName }, priority: 0),
            Column(column: Table.Column("Years", width: .fixed(9)), cell: { years($0, context: context) }, priority: 1),
            Column(column: Table.Column("Total", width: .fixed(max(18, programs.map { DisplayWidth.of(total($0, context: context)) }.max() ?? 0)), alignment: .right), cell: { total($0, context: context) }, priority: 1),
            Column(column: Table.Column("Per year", width: .fixed(8), alignment: .right), cell: { perYear($0, context: context) }, priority: 2),
            Column(column: Table.Column("Rt start", width: .fixed(8), alignment: .right), cell: { rate(baselines[$0.id]??.start) }, priority: 2),
            Column(column: Table.Column("Rt end", width: .fixed(6), alignment: .right), cell: { rate(baselines[$0.id]??.end) }, priority: 2),
            Column(column: Table.Column("Rt +5", width: .fixed(6), alignment: .right), cell: { rate(baselines[$0.id]??.endPlusFive) }, priority: 3),
            Column(column: Table.Column("Status", width: .fixed(10)), cell: { $0.status.label }, priority: 4),
            Column(column: Table.Column("Recipients", width: .fixed(min(27, max(10, programs.map { $0.recipients.count * 4 - 1 }.max() ?? 10)))),
                   cell: { $0.recipients.joined(separator: " ") }, priority: 5),
            Column(column: Table.Column("Full name", width: .flexible(min: 30, weight: 3)), cell: { $0.name }, priority: 6),
        ]
        // Keep columns by priority while their minimum widths fit, in their original order.
        var kept = Set<Int>()
        var used = 1
        for index in candidates.indices.sorted(by: { (candidates[$0].priority, $0) < (candidates[$1].priority, $1) }) {
            let minimum: Int
            switch candidates[index].column.width {
            case .fixed(let w): minimum = w
            case .flexible(let w, _): minimum = w
            }
            let needed = minimum + (kept.isEmpty ? 0 : Table.columnGap)
            guard used + needed <= inner.width else { continue }
            used += needed
            kept.insert(index)
        }
        let columns = candidates.indices.filter(kept.contains).map { candidates[$0] }
        let rows = programs.map { program in Table.Row(columns.map { context.typeset($0.cell(program)) }) }
        Table(columns: columns.map(\.column), rows: rows, selectedIndex: context.selectedIndex(), emptyMessage: "No program matches the filter")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }

    /// "2000–2016", "2008–" (open), or "n/a" when the years are unknown.
    static func years(_ program: Program, context: ScreenContext) -> String {
        switch (program.startYear, program.endYear) {
        case let (start?, end?): return "\(start)\(context.rangeDash)\(end)"
        case let (start?, nil): return "\(start)\(context.rangeDash)"
        case let (nil, end?): return "\(context.rangeDash)\(end)"
        case (nil, nil): return Format.missing
        }
    }

    /// "$10.00bn appr. ≥", "nearly $20m announced": the total with its basis and hedge read
    /// from the basis text (see `TotalHedge`).
    static func total(_ program: Program, context: ScreenContext) -> String {
        guard let total = program.totalUSDMillions else { return "n/a" }
        let basis = (program.totalBasis ?? "").lowercased()
        let stages = [("appropriated", "appr."), ("allocated", "alloc."), ("obligated", "oblig."), ("disbursed", "disb."),
                      ("pledge", "pledged"), ("announced", "announced"), ("planned", "planned"), ("request", "req."), ("estimate", "est.")]
        let stage = stages.compactMap { word, short in basis.range(of: word).map { (basis.distance(from: basis.startIndex, to: $0.lowerBound), short) } }
            .min { $0.0 < $1.0 }?.1
        guard let hedge = TotalHedge.of(basis: basis, total: total) else { return Format.money(total) + (stage.map { " " + $0 } ?? "") }
        return hedge.apply(to: total, stage: stage, context: context)
    }

    /// Total over years when both are known; a program still running has no per-year figure.
    static func perYear(_ program: Program, context: ScreenContext) -> String {
        guard let total = program.totalUSDMillions, let start = program.startYear, let end = program.endYear, end >= start else { return "n/a" }
        return Format.money(total / Double(end - start + 1))
    }

    private static func drawChart(_ program: Program?, series: FundingSeries?, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard let program else {
            _ = context.panel("Annual funding", pane: nil, into: &canvas, in: rect)
            return
        }
        guard let series, let first = series.fiscalYears.first, let last = series.fiscalYears.last else {
            let inner = context.panel("\(program.shortName): annual funding", pane: nil, into: &canvas, in: rect)
            let checkpoints = context.dataset.funding(of: program.id).filter { $0.span == .cumulative }.count
            let text = checkpoints > 0
                ? "n/a: no annual series in the data, only \(checkpoints) cumulative checkpoint\(checkpoints == 1 ? "" : "s") (Enter shows them)."
                : "n/a: no funding record in the data for this program."
            TextBlock(text, style: context.theme.gap).draw(into: &canvas, in: inner)
            return
        }
        let inner = context.panel("\(program.shortName): \(context.dataset.categoryLabel(series.category, of: series.program)) ($ millions)", pane: nil, into: &canvas, in: rect)
        guard !inner.isEmpty else { return }
        let gaps = series.gaps
        var caption = "basis \(series.basis.label)\(context.separator)source \(context.dataset.citation(series.source))\(context.separator)\(series.amounts.count) year\(series.amounts.count == 1 ? "" : "s")"
        caption += gaps.isEmpty ? ", no gaps" : ", gaps in " + gaps.map { "FY\($0)" }.joined(separator: ", ")
        let captionLines = TextBlock(caption, style: context.theme.muted).lines(width: inner.width)
        let captionHeight = inner.height > captionLines.count + 1 ? captionLines.count : 0
        let split = inner.splitTop(captionHeight)
        TextBlock(caption, style: context.theme.muted).draw(into: &canvas, in: split.top)
        let bars = (first...last).map { year in
            BarChart.Bar(label: "FY\(year)", value: series.amounts[year])
        }
        let chart = split.rest.splitTop(bars.count)
        BarChart(bars: bars, valueDecimals: 1).draw(into: &canvas, in: chart.top, theme: context.theme, glyphs: context.glyphs)
        // Spare rows say what the program is and what Enter shows.
        let others = FundingSeries.series(of: context.dataset.funding(of: program.id)).count - 1
        let more = "\(context.dataset.citingInWords(program.summary))\n\(others) other annual series\(context.separator)Enter: every fiscal year, outcomes and criticisms"
        CardLayout.draw([.space, .prose(TextBlock(more, style: context.theme.muted, paragraphSpacing: 0))],
                        into: &canvas, in: chart.rest, context: context)
    }
}
