import VigiaModel

/// The Programs screen's lower panes: the selected program's whole funding (`ProgramFunding`)
/// as bars under a title saying what they are, then a text pane with its best total, how it
/// was reached, its sources and what the program is (Tab reaches it; it scrolls).
enum ProgramFundingChart {
    /// Rows the notes pane keeps under the bars: one line of text and its border.
    static let notesMinimum = 3

    static func draw(_ program: Program?, funding: ProgramFunding?, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard let program else {
            _ = context.panel("Funding", pane: nil, into: &canvas, in: rect)
            return
        }
        guard let funding else {
            let parts = rect.splitTop(rect.height >= 3 + notesMinimum ? 3 : rect.height)
            let inner = context.panel("\(program.shortName): funding", pane: nil, into: &canvas, in: parts.top)
            TextBlock(context.typeset("\(Format.missing): no total for this program in the funding data."), style: context.theme.gap).draw(into: &canvas, in: inner)
            if parts.rest.height >= notesMinimum { context.drawTextPane(0, into: &canvas, in: parts.rest) }
            return
        }
        // The bars first: what they are is the notes' second line, which keeps its room.
        let barsHeight = funding.bars.count + 2
        let parts = rect.splitTop(rect.height < barsHeight + notesMinimum ? max(min(rect.height, 5), rect.height - notesMinimum) : barsHeight)
        let inner = context.panel(title(program, funding), pane: nil, into: &canvas, in: parts.top)
        let bars = funding.bars.map { BarChart.Bar(label: label($0, kind: funding.kind, context: context), value: $0.usdMillions) }
        BarChart(bars: bars, valueDecimals: 1).draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
        if parts.rest.height >= notesMinimum { context.drawTextPane(0, into: &canvas, in: parts.rest) }
    }

    /// The notes under the bars: what the total is, what the bars are and where they come
    /// from, the program's full name and recipients in words (the table's columns cut them),
    /// its summary, outcomes and criticisms, and what Enter shows. A pane of its own, so all
    /// of it can be read at any size.
    static func notes(_ program: Program, context: ScreenContext) -> TextPane {
        let funding = ProgramFunding.of(program, records: context.dataset.funding(of: program.id))
        let sources = context.dataset.citations(funding?.bars.flatMap(\.sources) ?? [])
        var lines = [totalLine(program, ProgramTotal.best(program, dataset: context.dataset), context: context)]
        if let funding { lines.append(caption(funding)) }
        if !sources.isEmpty { lines.append("Source\(sources.count == 1 ? "" : "s"): \(sources.joined(separator: "; "))") }
        lines += [context.dataset.citingInWords(program.summary), "Enter: every fiscal year and series, outcomes and criticisms"]
        let recipients = program.recipients.map { context.dataset.areaName($0) }.joined(separator: ", ")
        let blocks: [CardLayout.Block] = [.prose(TextBlock(context.typeset(lines.joined(separator: "\n")), style: context.theme.muted, paragraphSpacing: 0)),
                                          .space, .facts([CardLayout.Fact("Full name", program.name), CardLayout.Fact("For", recipients)])]
            + ProgramScreen.outcomeBlocks(program, context: context) + ProgramScreen.criticismBlocks(program, context: context)
        return TextPane("\(program.shortName): total, sources and summary", blocks)
    }

    /// What the bars are: checkpoints are totals to date and never added; annual bars name the
    /// series the data gives them under.
    private static func caption(_ funding: ProgramFunding) -> String {
        switch funding.kind {
        case .checkpoints:
            return "Each bar: a total from FY\(funding.bars.first?.fromFiscalYear ?? 0) to the year shown, as one source gives it; bars are not added."
        case .annualTotals:
            return "One bar per fiscal year: \(funding.series)."
        case .annualSums:
            return "One bar per fiscal year, each the sum of two published totals: \(funding.series)."
        }
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
