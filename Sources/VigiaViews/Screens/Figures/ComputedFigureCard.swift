import VigiaModel

/// The card of a computed figure: what it is, its value, its arithmetic and each input with
/// its value and source, then the sources as a list (Enter opens a source card).
struct ComputedFigureCard: RouteView {
    let figure: ComputedFigure

    var tab: ScreenID? { nil }

    func crumb(in dataset: Dataset) -> String { "How this figure is computed" }

    /// The figure's sources; resolving needs a context only to format the value, so any theme does.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        let context = ScreenContext(dashboard: dashboard, state: state, theme: .mono, glyphs: .unicode)
        return dashboard.sourceRows(figure.resolve(context)?.sources ?? [])
    }

    /// The figure's text: what it is, its value, the arithmetic and each input with its source
    /// (a sum over many years is longer than a small terminal shows, so it scrolls).
    func textPanes(in context: ScreenContext) -> [TextPane] {
        guard let resolved = figure.resolve(context) else { return [] }
        var facts = [CardLayout.Fact("Value", resolved.value, style: context.theme.title), CardLayout.Fact("What it is", resolved.basis)]
        guard let derivation = resolved.derivation else {
            facts.append(CardLayout.Fact("Computed", "no: a source states this figure as it is"))
            return [TextPane(context.typeset(resolved.title), [.facts(facts)])]
        }
        facts.append(CardLayout.Fact("Computed", derivation.summary, style: context.theme.accent))
        var blocks: [CardLayout.Block] = [.facts(facts)]
        if !derivation.inputs.isEmpty { blocks += [.space, .heading("Inputs (\(derivation.inputs.count))")] }
        let lines = derivation.inputs.map { "\($0.label): \(Self.text($0.value)) (\(context.dataset.citation($0.source)))" }
        if !lines.isEmpty { blocks.append(.prose(TextBlock(context.typeset(lines.joined(separator: "\n")), style: context.theme.text, paragraphSpacing: 0))) }
        return [TextPane(context.typeset(resolved.title), blocks)]
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.drill, words: "open source")]
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard !textPanes(in: context).isEmpty else {
            let inner = context.panel("Figure", pane: nil, into: &canvas, in: rect)
            TextBlock("This figure is not in the data.", style: context.theme.warning).draw(into: &canvas, in: inner)
            return
        }
        let sourceRows = context.rows(pane: 0)
        let split = rect.splitTop(max(3, rect.height - min(sourceRows.count + 3, rect.height / 3)))
        context.drawTextPane(0, into: &canvas, in: split.top)
        SourceCard.drawSourceList(sourceRows, title: "Sources · Enter opens one", into: &canvas, in: split.rest, context: context)
    }

    /// An input's value as read: large whole numbers grouped ("658,891,468"), others as stated.
    static func text(_ value: Derivation.Value) -> String {
        if case .number(let number) = value, number.rounded() == number, abs(number) >= 10_000, abs(number) < 1e15 {
            return Format.grouped(Int(number))
        }
        return value.description
    }
}
