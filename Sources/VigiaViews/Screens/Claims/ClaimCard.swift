import Foundation
import VigiaModel

/// A claim card: the quote, the verdict, the assessment, and the figures and sources that
/// decide it, each selectable so Enter (or `s`) opens where a number came from.
struct ClaimCard: RouteView {
    let id: String

    var tab: ScreenID? { .claims }

    func crumb(in dataset: Dataset) -> String { dataset.claimName(id) }

    /// The claim's figures, then its sources.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        guard let claim = dashboard.dataset.claims.first(where: { $0.id == id }) else { return [] }
        return claim.figures.enumerated().map { ListRow(.claimFigure(claim: id, index: $0.offset), searchText: $0.element.label) }
            + dashboard.sourceRows(claim.sources)
    }

    /// The quote, verdict and assessment, after the list in Tab order.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        guard let claim = context.dataset.claims.first(where: { $0.id == id }) else { return [] }
        return [TextPane("Claim: \(claim.title)", Self.textBlocks(claim, context: context))]
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.drill, words: "source of the figure")]
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard let claim = context.dataset.claims.first(where: { $0.id == id }) else {
            let inner = context.panel("Claim", pane: nil, into: &canvas, in: rect)
            TextBlock("This claim is not in the data.", style: context.theme.warning).draw(into: &canvas, in: inner)
            return
        }
        let rows = context.rows()
        let textRect: Rect, listRect: Rect
        if rect.width >= 140 {
            let split = rect.splitLeft(rect.width * 2 / 5)
            (textRect, listRect) = (split.left, split.rest)
        } else {
            let textHeight = CardLayout.height(Self.textBlocks(claim, context: context), width: max(1, rect.width - 2), context: context) + 2
            let split = rect.splitTop(max(rect.height - min(rows.count + 3, max(4, rect.height * 2 / 5)), min(textHeight, rect.height / 2)))
            (textRect, listRect) = (split.top, split.rest)
        }
        context.drawTextPane(0, into: &canvas, in: textRect)
        Self.drawList(claim, rows: rows, into: &canvas, in: listRect, context: context)
    }

    /// Quote, verdict and assessment: shared with the Claims screen's detail area.
    static func textBlocks(_ claim: Claim, context: ScreenContext) -> [CardLayout.Block] {
        let (open, close) = context.glyphs.isUnicode ? ("\u{201C}", "\u{201D}") : ("\"", "\"")
        return [
            .prose(TextBlock(open + claim.quote + close, style: context.theme.accent)),
            .line([TextSpan("Verdict: ", style: context.theme.muted),
                   TextSpan(claim.verdict.label, style: ClaimsScreen.verdictStyle(claim.verdict, theme: context.theme).adding(.bold))]),
            .prose(TextBlock(claim.assessment)),
        ] + claim.figures.compactMap { figure in
            // A computed figure says so, with its inputs, wherever the claim's text is shown.
            figure.derived.map { derivation in
                .prose(TextBlock(DecreeCard.derivationText(derivation, result: "\(valueText(figure, context: context)) (\(figure.label))",
                                                           context: context), style: context.theme.muted))
            }
        }
    }

    /// "8,008 homicides"; money as every screen writes it ("$6.00bn (current)", not "6,000 USD
    /// millions (current)"), so a claim's figures read like the Programs screen's totals.
    static func valueText(_ figure: Claim.Figure, context: ScreenContext) -> String {
        let millions = "USD millions"
        guard figure.unit.hasPrefix(millions) else { return context.figure(figure.value) + " " + figure.unit }
        let rest = figure.unit.dropFirst(millions.count).trimmingCharacters(in: .whitespaces)
        return context.typeset(Format.money(figure.value)) + (rest.isEmpty ? "" : " " + rest)
    }

    private static func drawList(_ claim: Claim, rows: [ListRow], into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let dataset = context.dataset
        let inner = context.panel("Figures (\(claim.figures.count)) and sources (\(claim.sources.count))", pane: 0, into: &canvas, in: rect)
        let tableRows = rows.compactMap { row -> Table.Row? in
            switch row.target {
            case .claimFigure(_, let index) where claim.figures.indices.contains(index):
                let figure = claim.figures[index]
                let gap = context.theme.gap
                return Table.Row([figure.derived == nil ? "figure" : "derived", figure.label, valueText(figure, context: context),
                                  figure.year.map(String.init) ?? Format.missing, figure.country ?? Format.missing, dataset.citation(figure.source)],
                                 styles: [nil, nil, nil, figure.year == nil ? gap : nil, figure.country == nil ? gap : nil, nil])
            case .source(let id):
                return Table.Row(["source", dataset.source(id)?.readableTitle ?? "n/a (unknown source)", "", "", "", dataset.citation(id)])
            default:
                return nil
            }
        }
        Table(columns: [
            Table.Column("Type", width: .fixed(7)),
            Table.Column("Figure or title", width: .flexible(min: 12, weight: 4)),
            Table.Column("Value", width: .flexible(min: 9, weight: 2)),
            Table.Column("Year", width: .fixed(4)),
            Table.Column("Area", width: .fixed(4)),
            Table.Column("Source", width: .flexible(min: 9, weight: 2)),
        ], rows: tableRows, selectedIndex: context.selectedIndex(), emptyMessage: "No figure or source for this claim")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }
}
