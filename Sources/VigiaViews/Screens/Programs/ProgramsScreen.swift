import VigiaModel

/// The Programs screen: U.S. programs, host-country plans, and pledges and proposals in three
/// groups, each with its best sourced total over its own span and basis; below, the selected
/// program's whole funding (`ProgramFundingChart`).
///
/// Totals carry their basis ("appr.", "pledged"), bound ("≥") and, for a sum of annual
/// amounts, "sum" in the cell, because an appropriation, a pledge and a computed sum are
/// different things and must not read alike.
struct ProgramsScreen: TabView {
    static let screen = ScreenID.programs

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.showLessons, words: "lessons"), KeyHint(.editScenario, words: "scenario"), KeyHint(.drill, words: "fiscal years"),
         KeyHint(.openSource, words: "source")]
    }

    /// What the Total column's marks and abbreviations mean.
    func legend(in context: ScreenContext) -> [(glyph: String, meaning: String)] {
        let unicode = context.glyphs.isUnicode
        return [(unicode ? "≥" : ">=", "at least: the source gives the total as a lower bound"),
                (unicode ? "≈" : "~", "about: the source's total is approximate"),
                ("nearly", "just under the amount, as the source says")]
            + Self.stages.filter { $0.short.hasSuffix(".") }.map { ($0.short, "\($0.word): the stage of the money the total counts") }
            + [("sum", "worked out here as a sum of annual amounts, not stated by a source; s shows the arithmetic"),
               ("Rt", "homicides per 100k at the program's start, end and five years on, first recipient")]
    }

    /// The stages a total's basis names, in the words of the data and as the Total column
    /// abbreviates them.
    static let stages: [(word: String, short: String)] = [
        ("appropriated", "appr."), ("allocated", "alloc."), ("obligated", "oblig."), ("disbursed", "disb."),
        ("pledge", "pledged"), ("announced", "announced"), ("planned", "planned"), ("request", "req."), ("estimate", "est."),
        ("reported", "reported"),
    ]

    /// The programs grouped by kind, in data order within a group.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        Self.grouped(dashboard.dataset.programs).map { ListRow(.program($0.id), searchText: "\($0.shortName) \($0.name) \($0.kind.label)") }
    }

    /// The selected program's notes, under its funding chart.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        guard case .program(let id)? = context.dashboard.selectedRow(ListKey(context.state.route), in: context.state)?.target,
              let program = context.dataset.program(id) else { return [] }
        return [ProgramFundingChart.notes(program, context: context)]
    }

    static func grouped(_ programs: [Program]) -> [Program] {
        Program.Kind.allCases.flatMap { kind in programs.filter { $0.kind == kind } }
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let programs = context.rows().compactMap { row -> Program? in
            guard case .program(let id) = row.target else { return nil }
            return context.dataset.program(id)
        }
        let selected = context.selectedIndex().flatMap { programs.indices.contains($0) ? programs[$0] : nil }
        let funding = selected.flatMap { ProgramFunding.of($0, records: context.dataset.funding(of: $0.id)) }
        let chartWanted = (funding?.bars.count ?? 1) + 6
        let tableWanted = programs.count + Set(programs.map(\.kind)).count + 3
        let tableHeight: Int
        if tableWanted + chartWanted <= rect.height {
            tableHeight = tableWanted
        } else {
            tableHeight = max(min(tableWanted, 7), rect.height - chartWanted)
        }
        // A chart with fewer than two bar rows says nothing: give the table the room instead.
        let split = rect.splitTop(rect.height - tableHeight < 5 ? rect.height : tableHeight)
        if !split.rest.isEmpty {
            ProgramFundingChart.draw(selected, funding: funding, into: &canvas, in: split.rest, context: context)
        }
        Self.drawTable(programs, into: &canvas, in: split.top, context: context)
    }

    private struct Column {
        var column: Table.Column
        var cell: (Program) -> String
        /// Lower is more important: kept first when the width runs out.
        var priority: Int
    }

    private static func drawTable(_ programs: [Program], into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let inner = context.panel("Security-aid programs, plans and proposals", pane: 0, into: &canvas, in: rect,
                                  badge: context.badge() ?? "Rt = homicides per 100k, first recipient")
        let dataset = context.dataset
        func rate(_ point: ProgramBaseline.Point?) -> String {
            guard let point else { return Format.missing }
            return point.rate.map(Format.rate) ?? Format.missing
        }
        let baselines = Dictionary(programs.map { ($0.id, ProgramBaseline.compute(dataset, program: $0).first) }, uniquingKeysWith: { first, _ in first })
        let totals = Dictionary(programs.map { ($0.id, ProgramTotal.best($0, dataset: dataset)) }, uniquingKeysWith: { first, _ in first })
        let totalText = { (program: Program) in totals[program.id].map { total(program, $0, context: context) } ?? Format.missing }
        let candidates: [Column] = [
            // Short names whole before the full names share the rest.
            Column(column: Table.Column("Program", width: .fitted(min: 13, max: programs.map { DisplayWidth.of($0.shortName) }.max() ?? 13)),
                   cell: { $0.shortName }, priority: 0),
            Column(column: Table.Column("Years", width: .fixed(9)), cell: { years($0, context: context) }, priority: 1),
            Column(column: Table.Column("Total", width: .fixed(max(18, programs.map { DisplayWidth.of(totalText($0)) }.max() ?? 0)), alignment: .right),
                   cell: totalText, priority: 1),
            Column(column: Table.Column("Per year", width: .fixed(8), alignment: .right), cell: { totals[$0.id].map(perYear) ?? Format.missing }, priority: 2),
            Column(column: Table.Column("Rt start", width: .fixed(8), alignment: .right), cell: { rate(baselines[$0.id]??.start) }, priority: 2),
            Column(column: Table.Column("Rt end", width: .fixed(6), alignment: .right), cell: { rate(baselines[$0.id]??.end) }, priority: 2),
            Column(column: Table.Column("Rt +5", width: .fixed(6), alignment: .right), cell: { rate(baselines[$0.id]??.endPlusFive) }, priority: 3),
            Column(column: Table.Column("Status", width: .fixed(10)), cell: { $0.status.label }, priority: 4),
            // Three codes and a count of the rest: the room goes to the names (every recipient
            // is named in words under the chart).
            Column(column: Table.Column("Recipients", width: .fixed(min(14, max(10, programs.map { $0.recipients.count * 4 - 1 }.max() ?? 10)))),
                   cell: { $0.recipients.count > 3 ? $0.recipients.prefix(3).joined(separator: " ") + " +\($0.recipients.count - 3)" : $0.recipients.joined(separator: " ") },
                   priority: 5),
            Column(column: Table.Column("Full name", width: .flexible(min: 30, weight: 3)), cell: { $0.name }, priority: 6),
        ]
        let columns = fitting(candidates, width: inner.width)
        let table = Table(columns: columns.map(\.column), rows: [])
        let nameWidth = HomicidesScreen.visibleWidth(of: 0, in: table, width: inner.width)
        let names = DistinctNames.shorten(programs.map(\.shortName), to: nameWidth, ellipsis: context.glyphs.ellipsis)
        // A heading row opens each group; the list's selection skips it.
        var rows: [Table.Row] = []
        var headings: [(row: Int, label: String)] = []
        var selected: Int?
        for (index, program) in programs.enumerated() {
            if index == 0 || programs[index - 1].kind != program.kind {
                headings.append((rows.count, program.kind.label))
                rows.append(Table.Row([]))
            }
            if index == context.selectedIndex() { selected = rows.count }
            let cells = columns.enumerated().map { position, column in position == 0 ? names[index] : context.typeset(column.cell(program)) }
            let isGap = totals[program.id]?.figure.value.gap != nil
            rows.append(Table.Row(cells, styles: columns.map { isGap && $0.column.title == "Total" ? context.theme.gap : nil }))
        }
        let offset = Table(columns: columns.map(\.column), rows: rows, selectedIndex: selected, emptyMessage: "No program matches the filter")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
        // Group headings run across the columns rather than being cut to the first.
        for heading in headings {
            let y = inner.y + 1 + heading.row - offset
            guard y > inner.y, y < inner.maxY else { continue }
            canvas.put(heading.label, x: inner.x + 1, y: y, style: context.theme.header, maxWidth: inner.width - 1)
        }
    }

    /// The columns kept by priority while their minimum widths fit `width`, in their original order.
    private static func fitting(_ candidates: [Column], width: Int) -> [Column] {
        var kept = Set<Int>()
        var used = 1
        for index in candidates.indices.sorted(by: { (candidates[$0].priority, $0) < (candidates[$1].priority, $1) }) {
            let needed = candidates[index].column.width.minimum + (kept.isEmpty ? 0 : Table.columnGap)
            guard used + needed <= width else { continue }
            used += needed
            kept.insert(index)
        }
        return candidates.indices.filter(kept.contains).map { candidates[$0] }
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

    /// The best total of `program` as a cell: "$10.00bn appr. ≥", "nearly $20m announced",
    /// "$974.9m oblig. sum" (a sum of annual amounts), or the gap.
    static func total(_ program: Program, context: ScreenContext) -> String {
        total(program, ProgramTotal.best(program, dataset: context.dataset), context: context)
    }

    static func total(_ program: Program, _ best: ProgramTotal, context: ScreenContext) -> String {
        guard let value = best.figure.value.value else { return Format.missing }
        let basis = best.figure.basis.lowercased()
        let stage = stages.compactMap { word, short in basis.utf8Offset(of: word).map { ($0, short) } }
            .min { $0.0 < $1.0 }?.1
        let sum = best.figure.derivation == nil ? "" : " sum"
        let hedge: TotalHedge?
        if best.isStated {
            hedge = TotalHedge.of(basis: basis, total: value)
        } else {
            switch best.figure.qualifier {
            case .exact: hedge = nil
            case .approximate: hedge = .approximately
            case .lowerBound, .upperBound: hedge = .atLeast
            }
        }
        guard let hedge else { return Format.money(value) + (stage.map { " " + $0 } ?? "") + sum }
        return hedge.apply(to: value, stage: stage, context: context) + sum
    }

    /// The best total over the years it covers; a total without a window has no per-year figure.
    static func perYear(_ best: ProgramTotal) -> String {
        guard let value = best.figure.value.value, let window = best.window else { return Format.missing }
        return Format.money(value / Double(window.count))
    }
}

/// `s` on a program opens how its total was reached and the sources behind it.
extension ProgramsScreen: ComputedFigureSource {
    func computedFigure(in state: AppState, dashboard: Dashboard) -> ComputedFigure? {
        guard case .program(let id)? = dashboard.selectedRow(ListKey(state.route), in: state)?.target else { return nil }
        return .programTotal(id)
    }
}
