import VigiaModel

/// The Plan Ecuador scenario editor beside the historical analogs on the same footing.
///
/// Left: the budget, the duration and the share of each pillar (select a row, `+`/`-` or
/// `:set N`), with the totals recomputed on every key. Right: the analogs and the scenario in
/// one table of like-for-like figures (per year, per resident per year, share of the region's
/// population, military/police share, homicide change), the basis of each figure under it, and
/// the checklist of the op-ed's lessons the allocation addresses or ignores.
struct ScenarioScreen: RouteView {
    var tab: ScreenID? { .programs }

    func crumb(in dataset: Dataset) -> String { "Scenario" }

    /// The editor, then the table of programs on the same footing.
    var paneCount: Int { 2 }

    /// Pane 0: the editable fields (budget, duration, each pillar's share). Pane 1: the
    /// programs on the same footing, each standing for its total (the scenario's row for its
    /// budget), so `s` opens the arithmetic behind a row's money.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        if pane == 1 {
            guard let scenario = state.scenario?.scenario else { return [] }
            return ScenarioReport.footings(scenario, dataset: dashboard.dataset).map { footing in
                ListRow(.computed(footing.isScenario ? .scenarioBudget : .programTotal(footing.id)), searchText: footing.label)
            }
        }
        return ScenarioSession.Field.all.map { field in
            let label: String
            switch field {
            case .budget: label = "annual budget"
            case .duration: label = "duration years"
            case .pillar(let pillar): label = pillar.label
            }
            return ListRow(.scenarioField(field), searchText: label)
        }
    }

    /// Enter on a program of the comparison opens the program; on the scenario, its budget.
    func drillTarget(for target: RowTarget, dashboard: Dashboard) -> Route? {
        if case .computed(.programTotal(let id)) = target { return .program(id) }
        return dashboard.drillTarget(for: target)
    }

    /// `+` and `-` adjust the selected field (and never zoom the decree timeline from here);
    /// `u` takes back the last change.
    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        var next = state
        switch action {
        case .zoomIn, .zoomOut:
            guard let field = dashboard.selectedField(in: next) else { return next }
            next.message = next.scenario?.adjust(field, by: action == .zoomIn ? 1 : -1)
        case .undo where next.scenario != nil:
            next.message = next.scenario?.undo() == true ? "undone" : "nothing to undo"
        default:
            return nil
        }
        return next
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard let session = context.state.scenario else {
            let inner = context.panel("Plan Ecuador scenario", pane: nil, into: &canvas, in: rect)
            TextBlock("No scenario is loaded. Start vigia with --scenario PATH, or keep the bundled default in Data/scenarios/.",
                      style: context.theme.warning).draw(into: &canvas, in: inner)
            return
        }
        // From 160 columns the editor widens with the terminal, so its labels and lines are whole.
        let editorWidth = rect.width >= 160 ? rect.width * 3 / 10 : rect.width >= 80 ? min(46, max(36, rect.width * 2 / 5)) : rect.width
        let sideBySide = rect.width >= 80
        let editorHeight = sideBySide ? rect.height : min(rect.height, 15)
        let parts = rect.split(sideBySide: sideBySide, first: sideBySide ? editorWidth : editorHeight)
        Self.drawEditor(session, into: &canvas, in: parts.first, context: context)
        guard !parts.second.isEmpty else { return }
        let footings = ScenarioReport.footings(session.scenario, dataset: context.dataset)
        let checklist = LessonChecklist.evaluate(session.scenario, lessons: context.dataset.lessons)
        let tableHeight = min(parts.second.height, footings.count + (Self.comparisonFits(parts.second.width - 2, yearsWidth: Self.yearsWidth(footings, context: context)) ? 4 : 5))
        let checklistHeight = min(max(0, parts.second.height - tableHeight), checklist.count + 2)
        let right = parts.second.splitTop(tableHeight)
        let shown = Set(context.rows(pane: 1).compactMap { row -> String? in
            guard case .computed(let figure) = row.target else { return nil }
            if case .programTotal(let id) = figure { return id }
            return figure == .scenarioBudget ? "scenario" : nil
        })
        Self.drawComparison(footings.filter { shown.contains($0.isScenario ? "scenario" : $0.id) }, into: &canvas, in: right.top, context: context)
        let lower = right.rest.splitTop(checklistHeight)
        if !lower.top.isEmpty { context.drawTextPane(0, into: &canvas, in: lower.top) }
        if !lower.rest.isEmpty { context.drawTextPane(1, into: &canvas, in: lower.rest) }
    }

    /// The lessons checklist and the basis of each figure, after the editor in Tab order.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        guard let session = context.state.scenario else { return [] }
        let checklist = LessonChecklist.evaluate(session.scenario, lessons: context.dataset.lessons)
        return [TextPane("Lessons checklist: the scenario against the evidence (L)", Self.checklistBlocks(checklist, context: context)),
                TextPane("Basis of each figure", Self.aboutBlocks(session, context: context)
                            + Self.basisBlocks(ScenarioReport.footings(session.scenario, dataset: context.dataset), context: context))]
    }

    /// The editor's footer in full (it is cut on small terminals): the totals, where the
    /// budget comes from, the file it saves to, the notes.
    private static func aboutBlocks(_ session: ScenarioSession, context: ScreenContext) -> [CardLayout.Block] {
        let scenario = session.scenario
        let origin = scenario.budgetSources.isEmpty ? "user's choice" : context.dataset.citations(scenario.budgetSources).joined(separator: "; ")
        return [
            .heading("This scenario"),
            .facts([
                CardLayout.Fact("Total", context.typeset("\(Format.money(scenario.totalUSDMillions)) over \(Format.years(scenario.durationYears)) · military/police \(Format.share(scenario.militaryPoliceShare, decimals: 0))")),
                CardLayout.Fact("Budget", origin),
                CardLayout.Fact("Split", scenario.allocationBasis),
                CardLayout.Fact("Saves to", session.target),
            ]),
            .prose(TextBlock(scenario.notes, style: context.theme.muted)),
            .space,
        ]
    }

    /// The comparison's column headings, too short to explain themselves, and the checklist's marks.
    func legend(in context: ScreenContext) -> [(glyph: String, meaning: String)] {
        [("FYs", "the fiscal years the program's money covers"),
         ("$/res/yr", "dollars per resident of the recipients, per year of the program"),
         ("%LAC", "the recipients' share of the people of Latin America and the Caribbean"),
         ("Mil/pol", "the share that went to military and police, within one source"),
         ("Rt", "homicides per 100k in the first recipient, at the program's start and end"),
         ("Rt Δ", "the change in that rate from start to end"),
         (Self.mark(.addresses, context: context), "the scenario addresses the lesson, by Vigía's rule for it"),
         (Self.mark(.partly, context: context), "partly addresses it"),
         (Self.mark(.ignores, context: context), "ignores it"),
         (Self.mark(.noEvidence, context: context), "no evidence in the data to judge the lesson by")]
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.zoomIn, .zoomOut, words: "adjust"), KeyHint(.undo, words: "undo"), KeyHint(.save, words: "save"), KeyHint(.showLessons, words: "lessons")]
    }

    // MARK: Editor

    private static func drawEditor(_ session: ScenarioSession, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let scenario = session.scenario
        let inner = context.panel("Scenario: \(scenario.name)", pane: 0, into: &canvas, in: rect, badge: context.badge() ?? session.badge)
        guard !inner.isEmpty else { return }
        // The money columns as wide as their widest amount (a budget runs to "$100.00bn").
        let money = max(7, DisplayWidth.of(Format.money(scenario.annualBudgetUSDMillions)))
        let columns = [Table.Column("Item", width: .flexible(min: 12)), Table.Column("Value", width: .fixed(money), alignment: .right),
                       Table.Column("$/yr", width: .fixed(money), alignment: .right)]
        // A pillar's full name where it fits the column, else its short one: never a cut name.
        let itemWidth = Table(columns: columns, rows: []).columnWidths(totalWidth: inner.width)[0]
        let rows = context.rows().compactMap { row -> Table.Row? in
            guard case .scenarioField(let field) = row.target else { return nil }
            switch field {
            case .budget:
                return Table.Row(["Annual budget", Format.money(scenario.annualBudgetUSDMillions), Format.money(scenario.annualBudgetUSDMillions)])
            case .duration:
                return Table.Row(["Duration", Format.years(scenario.durationYears), ""])
            case .pillar(let pillar):
                let label = DisplayWidth.of(pillar.label) <= itemWidth ? pillar.label : pillar.shortLabel
                return Table.Row([label, Scenario.percentText(scenario.allocation[pillar]) + "%", Format.money(scenario.annualUSDMillions(pillar))],
                                 styles: [pillar.isMilitaryPolice ? context.theme.accent : nil, nil, context.theme.muted])
            }
        }
        let table = Table(columns: columns, rows: rows, selectedIndex: context.selectedIndex(), emptyMessage: "No row matches the filter")
        let split = inner.splitTop(min(inner.height, rows.count + 1))
        table.draw(into: &canvas, in: split.top, theme: context.theme, glyphs: context.glyphs)
        guard !split.rest.isEmpty else { return }
        let sum = scenario.allocation.sum
        let sumOK = Scenario.sharesSumToWhole(sum)
        var blocks: [CardLayout.Block] = [
            .prose(TextBlock(paragraphs: [[TextSpan("Shares sum ", style: context.theme.muted),
                                           TextSpan(Scenario.percentText(sum) + "%", style: sumOK ? context.theme.positive : context.theme.negative),
                                           TextSpan(sumOK ? "" : " (must be 100% to save)", style: context.theme.negative)]])),
            .prose(TextBlock(context.typeset("Total \(Format.money(scenario.totalUSDMillions)) over \(Format.years(scenario.durationYears)) · military/police \(Format.share(scenario.militaryPoliceShare, decimals: 0))"),
                             style: context.theme.text)),
        ]
        if session.awaitingOverwrite {
            blocks.append(.prose(TextBlock("The file changed on disk since it was opened. Overwrite it? y/n", style: context.theme.warning)))
        }
        let origin = scenario.budgetSources.isEmpty ? "budget: user's choice" : "budget: \(context.dataset.citations(scenario.budgetSources).joined(separator: "; "))"
        blocks += [
            .prose(TextBlock(context.typeset("+/- adjust · :set N · u undo · w save"), style: context.theme.keyHint)),
            .prose(TextBlock("\(origin); split: \(scenario.allocationBasis)", style: context.theme.muted)),
            .prose(TextBlock("Saves to \(session.target)", style: context.theme.muted)),
            .space,
            .prose(TextBlock(scenario.notes, style: context.theme.muted)),
        ]
        CardLayout.draw(blocks, into: &canvas, in: split.rest.splitTop(min(1, split.rest.height)).rest, context: context)
    }

    // MARK: Comparison

    /// "$10.00bn", with the source's hedge ("≥", "≈") in front; gaps as the gap mark.
    static func text(_ figure: BasedFigure, _ format: (Double) -> String, context: ScreenContext) -> String {
        guard let value = figure.value.value else { return Format.missing }
        let hedge: String
        switch figure.qualifier {
        case .exact: hedge = ""
        case .approximate: hedge = "≈"
        case .lowerBound: hedge = "≥"
        case .upperBound: hedge = "≤"
        }
        return context.typeset(hedge + format(value))
    }

    /// The narrowest each comparison column can be, in the order of the table's columns; the
    /// span column is as wide as its widest span.
    private static func comparisonWidths(yearsWidth: Int) -> [Int] {
        [9, yearsWidth, 9, 8, 8, 6, 7, 8, 6, 6]
    }

    /// A footing's fiscal years: "00–16 (17)" for a window, else its years or a gap.
    private static func yearsCell(_ footing: ProgramFooting, context: ScreenContext) -> (String, Bool) {
        func twoDigits(_ year: Int) -> String { year % 100 < 10 ? "0\(year % 100)" : "\(year % 100)" }
        guard let window = footing.window else {
            return footing.years.map { (Format.years($0), false) } ?? (Format.missing, true)
        }
        return ("\(twoDigits(window.lowerBound))\(context.rangeDash)\(twoDigits(window.upperBound)) (\(window.count))", false)
    }

    /// The span column's width: the widest span, never under 9.
    private static func yearsWidth(_ footings: [ProgramFooting], context: ScreenContext) -> Int {
        max(9, footings.map { DisplayWidth.of(yearsCell($0, context: context).0) }.max() ?? 0)
    }

    /// Whether every comparison column fits `width` (the table's interior); when not, a line
    /// under the table names those left out.
    private static func comparisonFits(_ width: Int, yearsWidth: Int) -> Bool {
        keptColumns(width, yearsWidth: yearsWidth).count == comparisonWidths(yearsWidth: yearsWidth).count
    }

    /// The comparison columns that fit `width`, most telling first when the width runs out:
    /// per resident, military share, change.
    private static func keptColumns(_ width: Int, yearsWidth: Int) -> Set<Int> {
        let widths = comparisonWidths(yearsWidth: yearsWidth)
        var kept = Set<Int>()
        var used = 0
        for index in [0, 4, 6, 9, 3, 2, 5, 7, 8, 1] {
            let needed = widths[index] + (kept.isEmpty ? 0 : Table.columnGap)
            guard used + needed <= width else { continue }
            used += needed
            kept.insert(index)
        }
        return kept
    }

    private struct Column {
        var column: Table.Column
        var cell: (ProgramFooting) -> (String, Bool)
    }

    private static func drawComparison(_ footings: [ProgramFooting], into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let title = context.typeset("Same footing, US$ (n/a = gap, not 0)")
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else {
            _ = context.panel(title, pane: 1, into: &canvas, in: rect)
            return
        }
        func figure(_ path: KeyPath<ProgramFooting, BasedFigure>, _ format: @escaping (Double) -> String) -> (ProgramFooting) -> (String, Bool) {
            { footing in (text(footing[keyPath: path], format, context: context), footing[keyPath: path].value.value == nil) }
        }
        func rate(_ pick: @escaping (ProgramBaseline) -> ProgramBaseline.Point?) -> (ProgramFooting) -> (String, Bool) {
            { footing in
                guard footing.homicide.count == 1, let point = footing.homicide.first.flatMap(pick), let value = point.rate else { return (Format.missing, true) }
                return (Format.rate(value), false)
            }
        }
        let name = { (footing: ProgramFooting) in (footing.isScenario ? "Scenario" : footing.label, false) }
        let years = { (footing: ProgramFooting) in yearsCell(footing, context: context) }
        // Names as wide as the longest, spans as wide as the widest: no blank column, no cut span.
        let widest = footings.map { DisplayWidth.of(name($0).0) }.max() ?? 0
        let yearsWidth = Self.yearsWidth(footings, context: context)
        let candidates: [Column] = [
            Column(column: Table.Column("Program", width: .fitted(min: 9, max: max(9, widest))), cell: name),
            Column(column: Table.Column("FYs", width: .fixed(yearsWidth)), cell: years),
            Column(column: Table.Column("Total", width: .fixed(9), alignment: .right), cell: figure(\.total, Format.money)),
            Column(column: Table.Column("$/yr", width: .fixed(8), alignment: .right), cell: figure(\.perYear, Format.money)),
            Column(column: Table.Column("$/res/yr", width: .fixed(8), alignment: .right), cell: figure(\.perResidentPerYear, Format.dollars)),
            Column(column: Table.Column("%LAC", width: .fixed(6), alignment: .right), cell: figure(\.populationShare) { Format.share($0, decimals: 1) }),
            Column(column: Table.Column("Mil/pol", width: .fixed(7), alignment: .right), cell: figure(\.militaryPoliceShare) { Format.share($0, decimals: 0) }),
            Column(column: Table.Column("Rt start", width: .fixed(8), alignment: .right), cell: rate { $0.start }),
            Column(column: Table.Column("Rt end", width: .fixed(6), alignment: .right), cell: rate { $0.end }),
            Column(column: Table.Column("Rt Δ", width: .fixed(6), alignment: .right), cell: figure(\.homicidePercentChange) { Format.percent($0) }),
        ]
        let kept = keptColumns(inner.width, yearsWidth: yearsWidth)
        let columns = candidates.indices.filter(kept.contains).map { candidates[$0] }
        // Columns the width leaves out are named, so nothing goes missing without a mark.
        let hidden = candidates.indices.filter { !kept.contains($0) }.map { candidates[$0].column.title }
        _ = context.panel(title, pane: 1, into: &canvas, in: rect, badge: context.badge(pane: 1) ?? (hidden.isEmpty ? nil : "+\(hidden.count) columns"))
        let rows = footings.map { footing -> Table.Row in
            let cells = columns.map { $0.cell(footing) }
            return Table.Row(cells.map { context.typeset($0.0) },
                             styles: cells.map { $0.1 ? context.theme.gap : (footing.isScenario ? context.theme.accent : nil) })
        }
        let split = inner.splitTop(min(inner.height, rows.count + 1))
        Table(columns: columns.map(\.column), rows: rows, selectedIndex: context.isFocused(pane: 1) ? context.selectedIndex(pane: 1) : nil, emptyMessage: "No program")
            .draw(into: &canvas, in: split.top, theme: context.theme, glyphs: context.glyphs)
        if !split.rest.isEmpty {
            let wide = split.rest.width >= 70 ? "constant dollars: no sourced deflator · Rt = homicides per 100k" : "constant dollars: no sourced deflator"
            let note = hidden.isEmpty ? wide : "constant dollars: no sourced deflator\nhidden: " + hidden.joined(separator: ", ")
            TextBlock(context.typeset(note), style: context.theme.muted, paragraphSpacing: 0).draw(into: &canvas, in: split.rest)
        }
    }

    // MARK: Checklist

    static func mark(_ status: LessonChecklist.Status, context: ScreenContext) -> String {
        switch status {
        case .addresses: return context.checkMark
        case .partly: return context.halfMark
        case .ignores: return context.crossMark
        case .unassessed: return "?"
        case .noEvidence: return context.glyphs.gap
        }
    }

    /// The checklist's items, each wrapped rather than cut (the pane scrolls).
    private static func checklistBlocks(_ items: [LessonChecklist.Item], context: ScreenContext) -> [CardLayout.Block] {
        items.map { item in
            let style: Style
            switch item.status {
            case .addresses: style = context.theme.positive
            case .partly: style = context.theme.warning
            case .ignores: style = context.theme.negative
            case .unassessed, .noEvidence: style = context.theme.gap
            }
            let title = context.dataset.lessons.first { $0.id == item.lesson }.map(LessonsScreen.shortTitle) ?? item.title
            return .prose(TextBlock(paragraphs: [[TextSpan("\(mark(item.status, context: context)) \(item.status.label) ", style: style),
                                                  TextSpan(title + ": ", style: context.theme.text),
                                                  TextSpan(context.typeset(item.reason), style: context.theme.muted)]], paragraphSpacing: 0))
        }
    }

    /// One line per program: the basis and sources behind its figures.
    private static func basisBlocks(_ footings: [ProgramFooting], context: ScreenContext) -> [CardLayout.Block] {
        var facts: [CardLayout.Fact] = []
        for footing in footings {
            func describe(_ name: String, _ figure: BasedFigure) -> String {
                if let gap = figure.value.gap { return "\(name) gap (\(gap.missing.prefix(2).joined(separator: "; ")))" }
                let sources = context.dataset.sourceBracket(figure.sources)
                return "\(name) \(figure.basis)\(sources)"
            }
            let text = [describe("total:", footing.total), describe("mil/pol:", footing.militaryPoliceShare),
                        describe("Rt Δ:", footing.homicidePercentChange)].joined(separator: context.separator)
            facts.append(CardLayout.Fact(footing.isScenario ? "Scenario" : footing.label, context.typeset(text),
                                         style: footing.isScenario ? context.theme.accent : nil))
        }
        return [.facts(facts)]
    }
}

/// `s` on the budget or duration row opens the budget's arithmetic and sources; on a pillar's
/// row, how its dollars per year follow from the budget and its share.
extension ScenarioScreen: ComputedFigureSource {
    func computedFigure(in state: AppState, dashboard: Dashboard) -> ComputedFigure? {
        guard case .scenarioField(let field)? = dashboard.selectedRow(state.focusedList, in: state)?.target else { return nil }
        switch field {
        case .budget, .duration: return .scenarioBudget
        case .pillar(let pillar): return .scenarioPillar(pillar)
        }
    }
}
