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

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard let resolved = figure.resolve(context) else {
            let inner = context.panel("Figure", pane: nil, into: &canvas, in: rect)
            TextBlock("This figure is not in the data.", style: context.theme.warning).draw(into: &canvas, in: inner)
            return
        }
        var facts = [CardLayout.Fact("Value", resolved.value, style: context.theme.title), CardLayout.Fact("What it is", resolved.basis)]
        var blocks: [CardLayout.Block] = []
        if let derivation = resolved.derivation {
            facts.append(CardLayout.Fact("Computed", derivation.summary, style: context.theme.accent))
            blocks = [.facts(facts)]
            if !derivation.inputs.isEmpty { blocks += [.space, .heading("Inputs (\(derivation.inputs.count))")] }
            let lines = derivation.inputs.map { "\($0.label): \(Self.text($0.value)) (\(context.dataset.citation($0.source)))" }
            if !lines.isEmpty { blocks.append(.prose(TextBlock(context.typeset(lines.joined(separator: "\n")), style: context.theme.text, paragraphSpacing: 0))) }
        } else {
            facts.append(CardLayout.Fact("Computed", "no: a source states this figure as it is"))
            blocks = [.facts(facts)]
        }
        let sourceRows = context.rows(pane: 0)
        let split = rect.splitTop(max(3, rect.height - min(sourceRows.count + 3, rect.height / 3)))
        let inner = context.panel(context.typeset(resolved.title), pane: nil, into: &canvas, in: split.top)
        CardLayout.draw(blocks, into: &canvas, in: inner, context: context)
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
