import VigiaModel

/// A claim card: the quote, the verdict, the assessment, and the figures and sources that
/// decide it, each selectable so Enter (or `s`) opens where a number came from.
enum ClaimCard {
    static func draw(_ id: String, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
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
            let textHeight = CardLayout.height(textBlocks(claim, context: context), width: max(1, rect.width - 2), context: context) + 2
            let split = rect.splitTop(max(rect.height - min(rows.count + 3, max(4, rect.height * 2 / 5)), min(textHeight, rect.height / 2)))
            (textRect, listRect) = (split.top, split.rest)
        }
        let inner = context.panel("Claim: \(DataKey.words(claim.topic))", pane: nil, into: &canvas, in: textRect)
        CardLayout.draw(textBlocks(claim, context: context), into: &canvas, in: inner, context: context)
        drawList(claim, rows: rows, into: &canvas, in: listRect, context: context)
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
                .prose(TextBlock(DecreeCard.derivationText(derivation, result: "\(context.figure(figure.value)) \(figure.unit) (\(figure.label))",
                                                           context: context), style: context.theme.muted))
            }
        }
    }

    private static func drawList(_ claim: Claim, rows: [ListRow], into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let dataset = context.dataset
        let inner = context.panel("Figures (\(claim.figures.count)) and sources (\(claim.sources.count))", pane: 0, into: &canvas, in: rect)
        let tableRows = rows.map { row -> Table.Row in
            let parts = row.id.split(separator: ":", maxSplits: 1).map(String.init)
            let value = parts.count > 1 ? parts[1] : ""
            if parts.first == "figure", let index = Int(value), claim.figures.indices.contains(index) {
                let figure = claim.figures[index]
                return Table.Row([figure.derived == nil ? "figure" : "derived", figure.label, context.figure(figure.value) + " " + figure.unit,
                                  figure.year.map(String.init) ?? "", figure.country ?? "", dataset.citation(figure.source)])
            }
            return Table.Row(["source", dataset.source(value)?.title ?? "n/a (unknown source)", "", "", "", dataset.citation(value)])
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
