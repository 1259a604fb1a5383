import VigiaModel

/// One program: its money by fiscal year (one column per annual series, gaps as gaps),
/// cumulative checkpoints apart, money per resident, the military/police share, outcomes
/// and criticisms.
///
/// Amounts from different sources, categories or bases are never added together, so each
/// series keeps its own column; Enter on a fiscal year lists every record behind it.
struct ProgramScreen: RouteView {
    let id: String

    var tab: ScreenID? { .programs }

    func crumb(in dataset: Dataset) -> String { dataset.programName(id) }

    /// The fiscal years with any funding record, oldest first.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        Set(dashboard.dataset.funding(of: id).map(\.fiscalYear)).sorted().map { ListRow(.fiscalYear($0), searchText: "FY\($0)") }
    }

    func drillTarget(for target: RowTarget, dashboard: Dashboard) -> Route? {
        guard case .fiscalYear(let year) = target else { return nil }
        return .programYear(id, year)
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard let program = context.dataset.program(id) else {
            let inner = context.panel("Program \(id)", pane: nil, into: &canvas, in: rect)
            TextBlock("No program with id \(id) in the data.", style: context.theme.warning).draw(into: &canvas, in: inner)
            return
        }
        let header = Self.headerBlocks(program, context: context)
        let headerHeight = min(CardLayout.height(header, width: rect.width, context: context), Self.headerRoom(rect.height))
        let split = rect.splitTop(headerHeight)
        CardLayout.draw(header, into: &canvas, in: split.top, context: context)

        let body = split.rest
        let columns = body.splitLeft(Self.tableWidth(body.width))
        let series = FundingSeries.series(of: context.dataset.funding(of: id))
        let shown = Self.chosen(series, slots: Self.slots(body.width))
        if !columns.rest.isEmpty {
            context.drawTextPane(0, into: &canvas, in: columns.rest)
        }
        Self.drawTable(program, shown: shown, into: &canvas, in: columns.left, context: context)
    }

    /// The detail beside the table, a text pane after it in Tab order: its series are the
    /// table's columns at this width.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        guard let program = context.dataset.program(id) else { return [] }
        let series = FundingSeries.series(of: context.dataset.funding(of: id))
        let shown = Self.chosen(series, slots: Self.slots(context.screenWidth))
        // A header cut for want of rows is read in full at the top of the pane.
        let header = Self.headerBlocks(program, context: context)
        let bodyHeight = (context.screenSize?.height ?? context.state.viewport.height) - 3
        let cut = CardLayout.height(header, width: context.screenWidth, context: context) > Self.headerRoom(bodyHeight)
        return [TextPane("Series, checkpoints, outcomes, criticisms",
                         (cut ? header + [.space] : []) + Self.detailBlocks(program, all: series, shown: shown, context: context))]
    }

    /// The rows the header may take above the table.
    private static func headerRoom(_ height: Int) -> Int { max(2, height / 4) }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.drill, words: "records of the year")]
    }

    private static func tableWidth(_ width: Int) -> Int {
        width >= 120 ? width * 11 / 20 : max(min(width, 40), width * 3 / 5)
    }

    /// How many series columns the table has room for at `width`.
    private static func slots(_ width: Int) -> Int {
        max(1, (tableWidth(width) - 2 - 1 - 6 - 8) / 10)
    }

    /// All series when they fit, else the ones with the most years (ties: larger total), in data order.
    private static func chosen(_ series: [FundingSeries], slots: Int) -> [FundingSeries] {
        guard series.count > slots else { return series }
        let ranked = series.indices.sorted { (series[$0].amounts.count, series[$0].total) > (series[$1].amounts.count, series[$1].total) }
        return ranked.prefix(slots).sorted().map { series[$0] }
    }

    /// Column letters for the shown series: "A", "B", …
    private static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index % 26)))
    }

    private static func headerBlocks(_ program: Program, context: ScreenContext) -> [CardLayout.Block] {
        let recipients = program.recipients.map { context.dataset.areaName($0) }.joined(separator: ", ")
        // The best sourced total, the same as on the Programs screen and the comparison.
        let best = ProgramTotal.best(program, dataset: context.dataset)
        let total = ProgramsScreen.total(program, best, context: context)
        let basis = best.figure.value.value == nil ? (best.figure.value.gap?.missing.joined(separator: "; ") ?? best.figure.basis)
            : best.figure.basis + (best.figure.derivation == nil ? "" : "; s shows the arithmetic")
        return [
            .prose(TextBlock(program.name, style: context.theme.title)),
            .facts([
                CardLayout.Fact("For", "\(recipients)\(context.separator)\(ProgramsScreen.years(program, context: context))\(context.separator)\(program.status.label)"),
                CardLayout.Fact("Total", context.typeset("\(total) (\(basis))")),
            ]),
        ]
    }

    private static func drawTable(_ program: Program, shown: [FundingSeries], into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let inner = context.panel("Funding by fiscal year ($)", pane: 0, into: &canvas, in: rect)
        var columns = [Table.Column("FY", width: .fixed(6))]
        columns += shown.indices.map { Table.Column(letter($0), width: .fixed(9), alignment: .right) }
        columns.append(Table.Column("Mil/pol", width: .fixed(7), alignment: .right))
        let records = context.dataset.funding(of: program.id)
        let rows = context.rows().compactMap { row -> Table.Row? in
            guard case .fiscalYear(let year) = row.target else { return nil }
            var cells = ["FY\(year)"]
            var styles: [Style?] = [nil]
            for series in shown {
                let amount = series.amounts[year]
                cells.append(amount.map(Format.money) ?? Format.missing)
                styles.append(amount == nil ? context.theme.gap : nil)
            }
            let share = militaryShare(records, year: year)
            cells.append(share.map { Format.share($0.share, decimals: 0) } ?? Format.missing)
            styles.append(share == nil ? context.theme.gap : nil)
            return Table.Row(cells, styles: styles)
        }
        Table(columns: columns, rows: rows, selectedIndex: context.selectedIndex(), emptyMessage: "No funding record for this program")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }

    /// The military/police share of a fiscal year, taken within one source and basis: the
    /// military/police amount over that source's total, or over military/police plus
    /// economic/social when it gives only those two. Ambiguous years (two totals, several
    /// military lines) have no share rather than a guessed one.
    static func militaryShare(_ records: [FundingRecord], year: Int) -> (share: Double, source: String, basis: FundingBasis)? {
        ProgramFooting.militaryPoliceShare(records, year: year).map { ($0.share, $0.source, $0.basis) }
    }

    private static func detailBlocks(_ program: Program, all: [FundingSeries], shown: [FundingSeries], context: ScreenContext) -> [CardLayout.Block] {
        let dataset = context.dataset
        var blocks: [CardLayout.Block] = []
        let records = dataset.funding(of: program.id)
        if case .fiscalYear(let year)? = context.dashboard.selectedRow(ListKey(context.state.route), in: context.state)?.target {
            let count = records.filter { $0.fiscalYear == year }.count
            let share = militaryShare(records, year: year).map {
                "military/police \(Format.share($0.share, decimals: 0)) (\(dataset.citation($0.source)), \($0.basis.label))"
            } ?? "military/police share n/a (no single military/police and total line in one source and basis)"
            blocks += [.prose(TextBlock("FY\(year): \(count) record\(count == 1 ? "" : "s"); \(share). Enter lists them.", style: context.theme.accent)), .space]
        }
        if !shown.isEmpty {
            let country = program.recipients.first
            blocks.append(.heading("Columns (annual series; never summed across)"))
            blocks.append(.facts(shown.enumerated().map { index, series in
                var text = "\(dataset.categoryLabel(series.category, of: series.program))\(context.separator)\(series.basis.label)\(context.separator)\(dataset.citation(series.source))\(context.separator)\(Format.years(series.amounts.count))"
                if let country {
                    switch series.dollarsPerResidentPerYear(in: dataset, country: country) {
                    case .value(let perCapita): text += "\(context.separator)\(Format.dollars(perCapita)) per \(country) resident/yr"
                    case .gap(let gap): text += "\(context.separator)per resident n/a (\(gap.missing.first ?? "gap"))"
                    }
                }
                return CardLayout.Fact(letter(index), text)
            }))
            if all.count > shown.count {
                blocks.append(.line([TextSpan("+\(all.count - shown.count) more series; Enter on a year lists every record", style: context.theme.muted)]))
            }
            blocks.append(.space)
        }
        let checkpoints = records.filter { $0.span == .cumulative }
        if !checkpoints.isEmpty {
            blocks.append(.heading("Cumulative checkpoints (\(checkpoints.count))"))
            for record in checkpoints {
                let span = record.fromFiscalYear.map { $0 == record.fiscalYear ? "FY\($0)" : "FY\($0)\(context.rangeDash)\(record.fiscalYear)" }
                    ?? "to FY\(record.fiscalYear)"
                let amount = (record.qualifier.symbol.isEmpty ? "" : record.qualifier.symbol + " ") + Format.money(record.usdMillions)
                blocks.append(.prose(TextBlock("\(span): \(amount) \(record.basis.label), \(dataset.categoryLabel(record.category, of: record.program)) (\(dataset.citation(record.source)))")))
            }
            blocks.append(.space)
        }
        blocks += outcomeBlocks(program, context: context) + [.space]
        blocks += footingBlocks(ProgramFooting.compute(dataset, program: program), context: context)
        return blocks + criticismBlocks(program, context: context)
    }

    /// The program's sourced outcomes under a heading, "none sourced" when there are none;
    /// also shown under the Programs screen's chart when it has the rows.
    static func outcomeBlocks(_ program: Program, context: ScreenContext) -> [CardLayout.Block] {
        let none: [CardLayout.Block] = program.outcomes.isEmpty ? [.line([TextSpan("none sourced", style: context.theme.gap)])] : []
        return [.heading("Outcomes (\(program.outcomes.count))")] + none + program.outcomes.map { outcome in
            let value = (outcome.qualifier.symbol.isEmpty ? "" : outcome.qualifier.symbol + " ") + context.figure(outcome.value)
            return .prose(TextBlock("\(DataKey.words(outcome.indicator)) \(outcome.year): \(value) \(outcome.unit) (\(context.dataset.citation(outcome.source)))"))
        }
    }

    /// The criticisms with their sources under a heading, "none sourced" when there are none.
    static func criticismBlocks(_ program: Program, context: ScreenContext) -> [CardLayout.Block] {
        let dataset = context.dataset
        let none: [CardLayout.Block] = program.criticisms.isEmpty ? [.line([TextSpan("none sourced", style: context.theme.gap)])] : []
        return [.heading("Criticisms (\(program.criticisms.count))")] + none + program.criticisms.map { criticism in
            .prose(TextBlock(dataset.citingInWords(criticism.text) + " (" + dataset.citations(criticism.sources).joined(separator: "; ") + ")"))
        }
    }

    /// The program on the footing every program shares (the scenario screen's comparison),
    /// each figure with its basis and sources, gaps spelled out.
    static func footingBlocks(_ footing: ProgramFooting, context: ScreenContext) -> [CardLayout.Block] {
        func fact(_ label: String, _ figure: BasedFigure, _ format: (Double) -> String) -> CardLayout.Fact {
            if let gap = figure.value.gap {
                return CardLayout.Fact(label, "n/a (\(gap.missing.prefix(2).joined(separator: "; ")))", style: context.theme.gap)
            }
            let sources = context.dataset.sourceBracket(figure.sources)
            return CardLayout.Fact(label, context.typeset("\(ScenarioScreen.text(figure, format, context: context)): \(figure.basis)\(sources)"))
        }
        var facts = [
            fact("Total", footing.total, Format.money),
            fact("Per year", footing.perYear, Format.money),
            fact("Per resident/yr", footing.perResidentPerYear, Format.dollars),
            fact("Population", footing.populationShare) { Format.share($0, decimals: 1) + " of LAC" },
            fact("Military/police", footing.militaryPoliceShare) { Format.share($0, decimals: 0) },
            fact("Homicide change", footing.homicidePercentChange) { Format.percent($0) },
        ]
        for span in footing.indicators {
            guard !span.isGap else {
                facts.append(CardLayout.Fact(span.label, "n/a (no sourced point in the program's years)", style: context.theme.gap))
                continue
            }
            func points(_ outcomes: [Program.Outcome]) -> String {
                guard let year = outcomes.first?.year else { return "" }
                return outcomes.map { ($0.qualifier.symbol.isEmpty ? "" : $0.qualifier.symbol) + context.figure($0.value) + " (\(context.dataset.citation($0.source)))" }
                    .joined(separator: " / ") + " in \(year)"
            }
            let text = span.last.isEmpty ? points(span.first) : "\(points(span.first)) \(context.arrow) \(points(span.last))"
            facts.append(CardLayout.Fact(span.label, text))
        }
        return [.heading("Same footing (\(ProgramFooting.constantDollarsNote))"), .facts(facts), .space]
    }
}

/// `s` on a fiscal year (which is no figure of its own) opens how the program's total was reached.
extension ProgramScreen: ComputedFigureSource {
    func computedFigure(in state: AppState, dashboard: Dashboard) -> ComputedFigure? {
        guard case .fiscalYear? = dashboard.selectedRow(state.focusedList, in: state)?.target else { return nil }
        return .programTotal(id)
    }
}
