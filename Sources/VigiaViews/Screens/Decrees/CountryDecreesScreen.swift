import VigiaModel

/// One country's decrees, one timeline row each: extensions chained under what they extend,
/// court rulings as markers on the decree they rule on, and a detail box for the selection.
///
/// Where the Decrees screen shows that a country declared something, this shows what, in
/// what order, and how long each measure was declared for against how long it lasted.
struct CountryDecreesScreen: RouteView {
    let country: String

    var tab: ScreenID? { .decrees }

    func crumb(in dataset: Dataset) -> String { dataset.areaName(country) }

    /// The country's visible measures, in the data's order.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        dashboard.visibleDecrees(of: country, state: state).map {
            ListRow(.decree($0.id), searchText: "\($0.id) \($0.reference ?? "") \($0.kind.label) \($0.scope)")
        }
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.drill, words: "decree card"), KeyHint(.moveLeft, .moveRight, words: "pan"), KeyHint(.zoomIn, .zoomOut, words: "zoom"),
         KeyHint(.toggleAllDecrees, words: state.showsAllDecrees ? "gang-violence only" : "all measures")]
    }

    func legend(in context: ScreenContext) -> [(glyph: String, meaning: String)] {
        DecreeTrack.legendEntries(context).map { ($0.glyph, $0.label) }
    }

    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        dashboard.panDecrees(action, in: state)
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let dataset = context.dataset
        let decrees = context.rows().compactMap { row -> Decree? in
            guard case .decree(let id) = row.target else { return nil }
            return dataset.decree(id)
        }
        let selected = context.selectedIndex().flatMap { decrees.indices.contains($0) ? decrees[$0] : nil }
        let (timelineRect, detailRect): (Rect, Rect)
        let beside = rect.width >= 150
        if beside {
            let split = rect.splitLeft(rect.width * 3 / 5)
            (timelineRect, detailRect) = (split.left, split.rest)
        } else {
            let detailHeight = selected.map { Self.detailBlocks($0, full: false, context: context) }
                .map { CardLayout.height($0, width: max(1, rect.width - 2), context: context) + 2 } ?? 3
            let split = rect.splitTop(rect.height - min(detailHeight, max(5, rect.height * 2 / 5)))
            (timelineRect, detailRect) = (split.top, split.rest)
        }
        if let selected {
            let inner = context.panel(dataset.decreeName(selected.id), pane: nil, into: &canvas, in: detailRect)
            CardLayout.draw(Self.detailBlocks(selected, full: beside, context: context), into: &canvas, in: inner, context: context)
        } else {
            _ = context.panel("Decree", pane: nil, into: &canvas, in: detailRect)
        }
        Self.drawTimeline(country, decrees: decrees, into: &canvas, in: timelineRect, context: context)
    }

    private static func drawTimeline(_ country: String, decrees: [Decree], into canvas: inout Canvas, in rect: Rect,
                                     context: ScreenContext) {
        let dataset = context.dataset
        let all = context.dashboard.visibleDecrees(of: country, state: context.state)
        let undated = all.filter { $0.start == nil }.count
        var badge = "\(all.count) measures"
        if undated > 0 { badge += ", \(undated) undated" }
        let inner = context.panel("\(dataset.areaName(country)) decrees", pane: 0, into: &canvas, in: rect,
                                  badge: context.badge() ?? badge)
        let tracks = decrees.map { decree -> DecreeTrack.Row in
            let name = shortReference(decree.reference, room: inner.width / 4 - 2) ?? decree.kind.label
            let label = decree.kind == .extensionOfMeasure || decree.extends != nil ? context.chainMark + name : name
            var track = DecreeTrack.Row(label: label)
            // A declaration's row also shows where its chain is unknown: between itemised
            // renewals with nothing in the data, the measure may or may not have been in force.
            if decree.extends == nil, decree.isPeriodMeasure { track.addUnknown(dataset.coverage(of: decree.id)) }
            track.add(decree)
            for ruling in dataset.rulings(on: decree.id) {
                if let date = ruling.start { track.addMarker(at: date, kind: .ruling) }
            }
            return track
        }
        var timeline = Timeline(rows: tracks.map(\.row), window: Timeline.Window(start: 0, end: 1),
                                today: Double(context.dashboard.latestDay), selectedIndex: context.selectedIndex())
        let labelWidth = timeline.labelWidth(totalWidth: inner.width)
        timeline.window = context.dashboard.decreeWindow(context.state, columns: max(1, inner.width - (labelWidth > 0 ? labelWidth + 1 : 0)))
        let message = context.state.filter(context.state.focusedList).isEmpty
            ? "No gang-violence measure; press a to include context and protest measures."
            : "No decree matches the filter."
        DecreeTrack.drawBody(timeline, rows: tracks, into: &canvas, in: inner, minimumRows: min(tracks.count + 1, 6),
                             emptyMessage: message, context: context)
    }

    /// A reference that fits `room` columns: the usual Spanish decree prefixes abbreviated
    /// ("DE 210" for "Decreto Ejecutivo 210"), because in a narrow label column the number is
    /// what tells rows apart. The detail box shows the reference in full.
    static func shortReference(_ reference: String?, room: Int) -> String? {
        guard var text = reference, DisplayWidth.of(text) > room else { return reference }
        for (long, short) in [("Decreto Ejecutivo", "DE"), ("Decreto Supremo", "DS"), ("Decreto Legislativo", "DL"), ("Decreto", "D.")] {
            text = text.replacingOccurrences(of: long, with: short)
        }
        return text
    }

    /// Dates, declared against actual duration, scope, issuer and the chain of the decree;
    /// with `full`, also legal basis, relevance and the summary.
    static func detailBlocks(_ decree: Decree, full: Bool, context: ScreenContext) -> [CardLayout.Block] {
        let period = DecreePeriod(decree)
        var facts = [CardLayout.Fact("Kind", decree.kind.label)]
        if period.endDay == nil, decree.kind == .courtRuling || decree.kind == .referendum || decree.kind == .other {
            facts.append(CardLayout.Fact("Date", Format.date(decree.start)))
        } else {
            let end = DecreesScreen.endText(decree, period: period, context: context)
            facts.append(CardLayout.Fact("In force", Format.date(decree.start) + " to " + end.text))
            facts.append(CardLayout.Fact("Duration", durationText(decree, period: period)))
        }
        facts.append(CardLayout.Fact("Scope", decree.scope))
        facts.append(CardLayout.Fact("Issuer", decree.issuer))
        if full {
            facts.append(CardLayout.Fact("Legal basis", decree.legalBasis ?? "n/a (not stated)"))
            facts.append(CardLayout.Fact("Relevance", decree.relevance.label))
        }
        if let chain = chainText(decree, context: context) { facts.append(CardLayout.Fact("Chain", chain)) }
        guard full else { return [.facts(facts)] }
        return [.facts(facts), .space, .prose(TextBlock(decree.summary, style: context.theme.text)),
                .space, .line([TextSpan("Enter opens the decree card", style: context.theme.muted)])]
    }

    /// "60 days declared, 61 in force (stated end)", with gaps said as gaps.
    static func durationText(_ decree: Decree, period: DecreePeriod) -> String {
        let declared = decree.declaredDays.map { "\($0) days declared" } ?? "no declared duration"
        let endKind = decree.endDerived == nil ? "stated" : "derived"
        let actual = period.actualDays.map { "\($0) days in force (start to \(endKind) end)" } ?? "actual duration n/a (no stated end)"
        return declared + ", " + actual
    }

    /// What the decree extends, what extends it and which rulings concern it.
    static func chainText(_ decree: Decree, context: ScreenContext) -> String? {
        let dataset = context.dataset
        func name(_ id: String) -> String { dataset.decreeName(id) }
        var parts: [String] = []
        if let extends = decree.extends { parts.append("extends " + name(extends)) }
        if let rulesOn = decree.rulesOn { parts.append("rules on " + name(rulesOn)) }
        let extensions = dataset.extensions(of: decree.id)
        if !extensions.isEmpty { parts.append("extended by " + extensions.map { name($0.id) }.joined(separator: ", ")) }
        let rulings = dataset.rulings(on: decree.id)
        if !rulings.isEmpty { parts.append("ruled on by " + rulings.map { name($0.id) }.joined(separator: ", ")) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
