import VigiaModel

/// What `vigia brief DECK --rehearse` prints when the presenter quits: each step's running
/// time beside its plan, so the deck's `minutes` can be set from a real run-through.
public enum RehearsalReport {
    /// A plain-text table, one row per step, then the total.
    ///
    /// `over` is the time spent minus the plan (`+0:15` over, `-0:30` under), in the whole
    /// seconds `spent` shows; blank for a step without a plan. A step never shown reads "—",
    /// not "0:00", which is a step passed at once. Time while the clock was paused is not
    /// counted.
    public static func table(_ presenter: Presenter, _ state: PresenterState) -> String {
        let steps = presenter.deck.steps
        let header = ["step", "planned", "spent", "over", "title"]
        var rows: [[String]] = []
        var planned = 0, spentOnPlanned = 0
        for (index, step) in steps.enumerated() {
            let spent = Presenter.wholeSeconds(state.clock.spent(on: index, current: state.step))
            let shown = state.clock.wasShown(index, current: state.step)
            var row = ["\(index + 1)", "", shown ? Presenter.clockText(Double(spent)) : notShown, "", step.title]
            if let plan = Presenter.plannedSeconds(step) {
                row[1] = Presenter.clockText(Double(plan))
                row[3] = signed(spent - plan)
                planned += plan
                spentOnPlanned += spent
            }
            rows.append(row)
        }
        let total = ["all", planned > 0 ? Presenter.clockText(Double(planned)) : "", Presenter.clockText(state.clock.elapsed),
                     planned > 0 ? signed(spentOnPlanned - planned) : "", ""]
        let widths = (0..<4).map { column in ([header] + rows + [total]).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let numbers = (0..<4).map { String(repeating: " ", count: widths[$0] - cells[$0].count) + cells[$0] }
            return (numbers + [cells[4]]).joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = "Rehearsal of \u{201C}\(presenter.deck.title)\u{201D}\n\n"
        out += ([header] + rows + [total]).map(line).joined(separator: "\n") + "\n"
        if planned > 0 {
            out += "\n\"over\" is the time spent minus the plan, for the steps that have one.\n"
        }
        out += legend(presenter.deck, state, separate: planned == 0)
        return out
    }

    /// How the table shows a step never shown.
    static let notShown = "\u{2014}"

    /// The line saying what "—" means, when a step was never shown; a skipped step's plan
    /// counts as gained, as it does for ahead or behind while presenting.
    private static func legend(_ deck: BriefingDeck, _ state: PresenterState, separate: Bool) -> String {
        let unshown = deck.steps.indices.filter { !state.clock.wasShown($0, current: state.step) }
        guard !unshown.isEmpty else { return "" }
        let planned = unshown.contains { deck.steps[$0].minutes != nil }
        return (separate ? "\n" : "") + "\(notShown) not shown in this run" + (planned ? "; its plan counts as time gained" : "") + ".\n"
    }

    /// `+1:05`, `-0:30`, or `0:00`.
    private static func signed(_ seconds: Int) -> String {
        (seconds > 0 ? "+" : seconds < 0 ? "-" : "") + Presenter.clockText(Double(abs(seconds)))
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
