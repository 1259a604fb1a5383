import VigiaModel

/// The Programs screen's lower pane: the selected program's whole funding (`ProgramFunding`)
/// as bars under a title saying what they are, then its best total and how it was reached.
enum ProgramFundingChart {
    static func draw(_ program: Program?, funding: ProgramFunding?, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard let program else {
            _ = context.panel("Funding", pane: nil, into: &canvas, in: rect)
            return
        }
        let best = ProgramTotal.best(program, dataset: context.dataset)
        guard let funding else {
            let inner = context.panel("\(program.shortName): funding", pane: nil, into: &canvas, in: rect)
            let text = "\(Format.missing): no total for this program in the funding data.\n" + totalLine(program, best, context: context)
            drawDetails([.prose(TextBlock(context.typeset(text), style: context.theme.gap))], of: program, into: &canvas, in: inner, context: context)
            return
        }
        let inner = context.panel(title(program, funding), pane: nil, into: &canvas, in: rect)
        guard !inner.isEmpty else { return }
        let sources = context.dataset.citations(funding.bars.flatMap(\.sources))
        let caption: String
        switch funding.kind {
        case .checkpoints:
            caption = "each bar: a total from FY\(funding.bars.first?.fromFiscalYear ?? 0) to the year shown, as one source gives it; bars are not added"
        case .annualTotals:
            caption = "one bar per fiscal year: \(funding.series)"
        case .annualSums:
            caption = "one bar per fiscal year, each the sum of two published totals: \(funding.series)"
        }
        let captionLines = TextBlock(caption, style: context.theme.muted).lines(width: inner.width)
        let captionHeight = inner.height > captionLines.count + 1 ? captionLines.count : 0
        let split = inner.splitTop(captionHeight)
        TextBlock(caption, style: context.theme.muted).draw(into: &canvas, in: split.top)
        let bars = funding.bars.map { BarChart.Bar(label: label($0, kind: funding.kind, context: context), value: $0.usdMillions) }
        let chart = split.rest.splitTop(bars.count)
        BarChart(bars: bars, valueDecimals: 1).draw(into: &canvas, in: chart.top, theme: context.theme, glyphs: context.glyphs)
        // Spare rows say what the total is, where the bars come from, what the program is and
        // what Enter shows.
        let citations = "Source\(sources.count == 1 ? "" : "s"): \(sources.joined(separator: "; "))"
        let more = [totalLine(program, best, context: context), citations, context.dataset.citingInWords(program.summary),
                    "Enter: every fiscal year and series, outcomes and criticisms"].joined(separator: "\n")
        drawDetails([.space, .prose(TextBlock(context.typeset(more), style: context.theme.muted, paragraphSpacing: 0))], of: program,
                    into: &canvas, in: chart.rest, context: context)
    }

    /// `lead`, then as many of these as fit whole, in order: the full name and recipients in
    /// words (the table's columns cut them), the outcomes, the criticisms. A tall terminal
    /// shows what Enter would, rather than blank rows.
    private static func drawDetails(_ lead: [CardLayout.Block], of program: Program, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let recipients = program.recipients.map { context.dataset.areaName($0) }.joined(separator: ", ")
        let groups: [[CardLayout.Block]] = [
            [.facts([CardLayout.Fact("Full name", program.name), CardLayout.Fact("For", recipients)])],
            ProgramScreen.outcomeBlocks(program, context: context),
            ProgramScreen.criticismBlocks(program, context: context),
        ]
        var blocks = lead
        for group in groups where CardLayout.height(blocks + [.space] + group, width: rect.width, context: context) <= rect.height {
            blocks += [.space] + group
        }
        CardLayout.draw(blocks, into: &canvas, in: rect, context: context)
    }

    /// "U.S. aid to Ecuador, obligated per fiscal year ($ millions)": what the bars are, short
    /// enough for the border; the series and its source are said on the lines under it.
    static func title(_ program: Program, _ funding: ProgramFunding) -> String {
        guard funding.kind != .checkpoints, let basis = funding.bars.first?.basis else {
            return "\(program.shortName): \(funding.series) ($ millions)"
        }
        let how = switch basis {
        case .estimate: "estimated"
        case .request: "requested"
        default: basis.label
        }
        return "\(program.shortName), \(how) per fiscal year ($ millions)"
    }

    /// "FY2015" for an annual bar; "FY2000–03 Total, 2000-2003 (CIP) ≥" for a checkpoint.
    private static func label(_ bar: ProgramFunding.Bar, kind: ProgramFunding.Kind, context: ScreenContext) -> String {
        let hedge: String
        switch bar.qualifier {
        case .exact: hedge = ""
        case .approximate: hedge = context.glyphs.isUnicode ? " ≈" : " ~"
        case .lowerBound: hedge = context.glyphs.isUnicode ? " ≥" : " >="
        case .upperBound: hedge = context.glyphs.isUnicode ? " ≤" : " <="
        }
        guard kind == .checkpoints, let from = bar.fromFiscalYear else { return "FY\(bar.fiscalYear)\(hedge)" }
        return "FY\(from)\(context.rangeDash)\(String(format: "%02d", bar.fiscalYear % 100)) \(bar.label)\(hedge)"
    }

    /// "Total: $974.9m, obligated, FY2015–FY2023 sum of annual … (derived: 34.909 + …)".
    static func totalLine(_ program: Program, _ best: ProgramTotal, context: ScreenContext) -> String {
        guard best.figure.value.value != nil else {
            return "Total: \(Format.missing) (\(best.figure.value.gap?.missing.joined(separator: "; ") ?? best.figure.basis))"
        }
        var line = "Total: \(ProgramsScreen.total(program, best, context: context)); \(best.figure.isStatedBasis(best.isStated))"
        if let derivation = best.figure.derivation { line += " (\(derivation.summary))" }
        return line
    }
}

private extension BasedFigure {
    /// The basis in words, saying whether the program's record states it.
    func isStatedBasis(_ stated: Bool) -> String {
        stated ? "as stated for the program: \(basis)" : basis
    }
}
