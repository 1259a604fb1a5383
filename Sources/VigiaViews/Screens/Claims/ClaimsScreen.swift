import VigiaModel

/// The Claims & Sources screen: every claim of the briefing with its verdict, every source,
/// and the selected item of the focused pane in detail.
///
/// Answers "is the briefing's claim true?" and "where does that number come from?" from
/// one place; Enter opens the claim (its figures) or the source card.
struct ClaimsScreen: TabView {
    static let screen = ScreenID.claims

    var paneCount: Int { 2 }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.drill, words: state.pane == 0 ? "claim" : "source card")]
    }

    /// Pane 0 lists the claims, pane 1 the sources.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        let dataset = dashboard.dataset
        if pane == 1 {
            return dataset.sources.map { ListRow(.source($0.id), searchText: "\($0.id) \($0.title) \($0.publisher)") }
        }
        return dataset.claims.map { ListRow(.claim($0.id), searchText: "\($0.id) \($0.title) \($0.topic) \($0.verdict.label) \($0.quote)") }
    }

    /// The selected source's facts and the selected claim's text, after the lists in Tab
    /// order (claims, sources, the source, the claim), drawn one at a time in the detail area.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        let dataset = context.dataset
        let claim = context.dashboard.selectedRow(ListKey(context.state.route, pane: 0), in: context.state).flatMap { row -> Claim? in
            guard case .claim(let id) = row.target else { return nil }
            return dataset.claims.first { $0.id == id }
        }
        let source = context.dashboard.selectedRow(ListKey(context.state.route, pane: 1), in: context.state).flatMap { row -> Source? in
            guard case .source(let id) = row.target else { return nil }
            return dataset.source(id)
        }
        let none = { (what: String) in [CardLayout.Block.line([TextSpan("no \(what) matches the filter", style: context.theme.gap)])] }
        return [TextPane(source.map { "Source: \($0.shortCitation)" } ?? "Source", source.map { [.facts(SourceCard.facts($0, context: context))] } ?? none("source")),
                TextPane(claim.map { "Claim: \($0.title)" } ?? "Claim", claim.map { ClaimCard.textBlocks($0, context: context) } ?? none("claim"))]
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let claimsRect: Rect, sourcesRect: Rect, detailRect: Rect
        if rect.width >= 120 {
            let columns = rect.splitLeft(rect.width / 2)
            let stacked = columns.left.splitTop(min(context.rows(pane: 0).count + 3, columns.left.height / 2))
            (claimsRect, sourcesRect, detailRect) = (stacked.top, stacked.rest, columns.rest)
        } else {
            let rows = rect.splitTop(max(rect.height / 2, min(rect.height - 6, rect.height * 11 / 20)))
            let panes = rows.top.splitLeft(rows.top.width / 2)
            (claimsRect, sourcesRect, detailRect) = (panes.left, panes.rest, rows.rest)
        }
        Self.drawDetail(into: &canvas, in: detailRect, context: context)
        // The focused pane is drawn last so the terminal cursor rests on its selection.
        if context.isFocused(pane: 0) {
            Self.drawSources(into: &canvas, in: sourcesRect, context: context)
            Self.drawClaims(into: &canvas, in: claimsRect, context: context)
        } else {
            Self.drawClaims(into: &canvas, in: claimsRect, context: context)
            Self.drawSources(into: &canvas, in: sourcesRect, context: context)
        }
    }

    /// Supported reads as good news, contradicted as bad, everything in between as a warning.
    static func verdictStyle(_ verdict: Claim.Verdict, theme: Theme) -> Style {
        switch verdict {
        case .supported: return theme.positive
        case .contradicted: return theme.negative
        default: return theme.warning
        }
    }

    private static func drawClaims(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let inner = context.panel("Claims", pane: 0, into: &canvas, in: rect)
        let claims = context.rows(pane: 0).compactMap { row -> Claim? in
            guard case .claim(let id) = row.target else { return nil }
            return context.dataset.claims.first { $0.id == id }
        }
        let rows = claims.map { claim in
            Table.Row([claim.title, claim.verdict.label],
                      styles: [nil, verdictStyle(claim.verdict, theme: context.theme)])
        }
        Table(columns: [
            Table.Column("Claim", width: .flexible(min: 8, weight: 3)),
            Table.Column("Verdict", width: .flexible(min: 12, weight: 2)),
        ], rows: rows, selectedIndex: context.selectedIndex(pane: 0), emptyMessage: "No claim matches the filter")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }

    private static func drawSources(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let rowsShown = context.rows(pane: 1)
        let inner = context.panel("Sources", pane: 1, into: &canvas, in: rect, badge: context.badge(pane: 1) ?? "\(rowsShown.count)")
        let sources = rowsShown.compactMap { row -> Source? in
            guard case .source(let id) = row.target else { return nil }
            return context.dataset.source(id)
        }
        let rows = sources.map { Table.Row([$0.readableTitle, $0.publisher, Format.date($0.date)]) }
        Table(columns: [
            Table.Column("Title", width: .flexible(min: 8, weight: 3)),
            Table.Column("Publisher", width: .flexible(min: 8, weight: 3)),
            Table.Column("Date", width: .fixed(10)),
        ], rows: rows, selectedIndex: context.selectedIndex(pane: 1), emptyMessage: "No source matches the filter")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }

    /// The detail of the list last focused: the source's facts while the sources or their
    /// detail are focused, the claim's text otherwise.
    private static func drawDetail(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        context.drawTextPane([1, 2].contains(context.state.pane) ? 0 : 1, into: &canvas, in: rect)
    }
}
