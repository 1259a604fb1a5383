import VigiaModel

/// A decree card: what was declared, by whom, for how long against how long it lasted, and
/// what homicides did before and after, then the related decrees and sources to drill into.
///
/// Before/after windows are never computed through a gap: a missing year or month is named
/// ("n/a (no 2025 rate)") instead of averaged around.
struct DecreeCard: RouteView {
    let id: String

    var tab: ScreenID? { .decrees }

    func crumb(in dataset: Dataset) -> String { dataset.decreeName(id) }

    /// The decrees it extends or rules on, those that extend or rule on it, then its sources.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        let dataset = dashboard.dataset
        guard let decree = dataset.decree(id) else { return [] }
        let related = [decree.extends, decree.rulesOn].compactMap { $0 } + dataset.extensions(of: id).map(\.id) + dataset.rulings(on: id).map(\.id)
        return related.map { ListRow(.decree($0), searchText: $0) } + dashboard.sourceRows(decree.sources)
    }

    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        dashboard.panDecrees(action, in: state)
    }

    /// With no row selected, `s` opens the decree's first source.
    func figureBesideRows(in state: AppState, dashboard: Dashboard) -> SourcedFigure? {
        dashboard.dataset.decree(id)?.sources.first.map { SourcedFigure(source: $0) }
    }

    /// The card's text: facts, the homicide comparison, the summary and how to read the windows.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        guard let decree = context.dataset.decree(id) else { return [] }
        return [TextPane(context.dataset.decreeName(decree.id), [
            .facts(Self.facts(decree, context: context)), .space, .prose(TextBlock(decree.summary)), .space,
            .prose(TextBlock("Homicide windows leave out the period containing the start date, which mixes both sides; a missing year or month leaves the comparison as a gap rather than being averaged around.", style: context.theme.muted)),
        ])]
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.drill, words: "open decree or source"), KeyHint(.openSource, words: "first source")]
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard context.dataset.decree(id) != nil else {
            let inner = context.panel("Decree", pane: nil, into: &canvas, in: rect)
            TextBlock("This decree is not in the data.", style: context.theme.warning).draw(into: &canvas, in: inner)
            return
        }
        let rows = context.rows()
        if rect.width >= 150 {
            let split = rect.splitLeft(rect.width * 11 / 20)
            context.drawTextPane(0, into: &canvas, in: split.left)
            SourceCard.drawSourceList(rows, title: "Related decrees and sources", into: &canvas, in: split.rest, context: context)
            return
        }
        let listHeight = min(rows.count + 3, max(5, rect.height * 2 / 5))
        let split = rect.splitTop(rect.height - listHeight)
        context.drawTextPane(0, into: &canvas, in: split.top)
        SourceCard.drawSourceList(rows, title: "Related decrees and sources", into: &canvas, in: split.rest, context: context)
    }

    /// The decree's facts: the essentials, optionally the homicide comparison, then scope, basis and chain.
    private static func facts(_ decree: Decree, context: ScreenContext) -> [CardLayout.Fact] {
        let dataset = context.dataset
        let period = DecreePeriod(decree)
        let relevance = decree.relevance.label
        // A worked-out end is approximate: "c." and "derived", never "stated".
        let end = decree.end.map { decree.endDerived == nil ? "\($0) (stated)" : "c. \($0) (derived)" } ?? "no end stated"
        var essentials = [
            CardLayout.Fact("Measure", "\(decree.kind.label) in \(dataset.areaName(decree.country)) (\(relevance))"),
            CardLayout.Fact("Issuer", decree.issuer),
            CardLayout.Fact("In force", "\(Format.date(decree.start)) to \(end)"),
            CardLayout.Fact("Duration", CountryDecreesScreen.durationText(decree, period: period)),
        ]
        if let derivation = decree.endDerived {
            essentials.append(CardLayout.Fact("End", derivationText(derivation, context: context), style: context.theme.muted))
        }
        if decree.end == nil, let declared = period.declaredEndDay {
            essentials.append(CardLayout.Fact("Declared", "would run to \(DecreeTrack.date(Double(declared))) (start + declared days; not a sourced end)",
                                              style: context.theme.muted))
        }
        essentials += homicideFacts(decree, context: context)
        essentials.append(CardLayout.Fact("Scope", decree.scope))
        essentials.append(CardLayout.Fact("Legal basis", decree.legalBasis ?? "n/a (not stated)"))
        if let chain = CountryDecreesScreen.chainText(decree, context: context) { essentials.append(CardLayout.Fact("Chain", chain)) }
        return essentials
    }

    /// "derived: <arithmetic> = <result>; from <input> <value> (<source>); …", the one way a
    /// card shows a worked-out value, shared with the claim card. It starts with the arithmetic
    /// so that the words a reader looks for do not wrap apart.
    static func derivationText(_ derivation: Derivation, result: String? = nil, context: ScreenContext) -> String {
        let inputs = derivation.inputs.map { input -> String in
            let value: String
            switch input.value {
            case .number(let number): value = context.figure(number)
            case .date(let date): value = date.description
            }
            return "\(input.label) \(value) (\(context.dataset.citation(input.source)))"
        }
        return context.typeset(derivation.summary + (result.map { " = " + $0 } ?? "") + "; from " + inputs.joined(separator: "; "))
    }

    /// Annual rate two years either side and monthly counts three months either side, under a
    /// line saying both are the whole country's: a measure limited to some provinces or to the
    /// prisons is set against national figures, which a reader must not take for its own.
    static func homicideFacts(_ decree: Decree, context: ScreenContext) -> [CardLayout.Fact] {
        guard let start = decree.start else {
            return [CardLayout.Fact("Homicides", "n/a (the decree is undated)", style: context.theme.gap)]
        }
        let dataset = context.dataset
        let annual = BeforeAfter.annual(dataset.series(decree.country, .ratePer100k), around: start, years: 2)
        let rate = comparison(annual, unit: "rate", format: Format.rate, context: context)
        let records = dataset.monthly(decree.country)
        let monthly: String
        if records.isEmpty {
            monthly = "n/a (no monthly series for \(dataset.areaName(decree.country)))"
        } else {
            let months = BeforeAfter.monthly(records, around: start, months: 3)
            monthly = comparison(months, unit: "count", format: Format.count, context: context)
        }
        return [
            CardLayout.Fact("Homicides", "\(dataset.areaName(decree.country)) as a whole: rate per 100k, homicides a month"),
            CardLayout.Fact("Rate \(context.typeset("±"))2y", rate),
            CardLayout.Fact("Monthly \(context.typeset("±"))3m", monthly),
        ]
    }

    /// "2022–2023 mean 35.80 (UNODC, 2025) → 2025–2026 n/a (no 2025, 2026 rate); change n/a;
    /// 2024 itself 38.76 (Avenue MIA, 2025)".
    /// Each side names its source, so a reader sees that both come from one series (the change
    /// is whole percent, as every change on screen); the period between says "same source"
    /// rather than repeat the side after it. Where the values come from more than one source
    /// the change is not computed, and a side mixing sources has no mean.
    private static func comparison(_ value: BeforeAfter, unit: String, format: (Double?) -> String, context: ScreenContext) -> String {
        let dataset = context.dataset
        func side(_ window: BeforeAfter.Window, sameAs other: BeforeAfter.Window? = nil) -> String {
            let span = window.periods.count > 1
                ? "\(window.periods.first ?? "")\(context.rangeDash)\(window.periods.last ?? "")"
                : window.periods.first ?? ""
            if window.periods.isEmpty { return "n/a (\(window.missing.joined(separator: ", ")))" }
            guard let mean = window.mean else { return "\(span) n/a (no \(window.missing.joined(separator: ", ")) \(unit))" }
            if window.isAcrossSources {
                let cited = zip(window.periods, window.sources).map { "\($0) \(dataset.citation($1))" }
                return "\(span) n/a (different sources: \(cited.joined(separator: "; ")))"
            }
            let cited = window.sources.first.map { $0 == other?.sources.first ? "same source" : dataset.citation($0) }
            let source = cited.map { " (\($0))" } ?? ""
            return "\(span) " + (window.values.count > 1 ? "mean " : "") + context.typeset(format(mean)) + source
        }
        if value.before.periods.isEmpty { return side(value.before) }
        let change = value.isAcrossSources ? "not computed (different sources)"
            : value.percentChange.map { context.typeset(Format.percent($0)) } ?? "n/a"
        // Only a side that shows its one source can be referred to.
        let shown = value.after.mean != nil && !value.after.isAcrossSources
        let during = side(value.during, sameAs: shown ? value.after : nil)
        let year = value.during.periods.first ?? ""
        return "\(side(value.before)) \(context.arrow) \(side(value.after)); change \(change); \(year) itself" + during.dropFirst(year.count)
    }
}
