/// What `vigia brief DECK --rehearse` prints when the presenter quits: each step's running
/// time beside its plan, so the deck's `minutes` can be set from a real run-through.
public enum RehearsalReport {
    /// A plain-text table, one row per step, then the total.
    ///
    /// `over` is the time spent minus the plan (`+0:15` over, `-0:30` under); blank for a step
    /// without a plan. Time while the clock was paused is not counted.
    public static func table(_ presenter: Presenter, _ state: PresenterState) -> String {
        let steps = presenter.deck.steps
        let header = ["step", "planned", "spent", "over", "title"]
        var rows: [[String]] = []
        var planned = 0.0, spentOnPlanned = 0.0
        for (index, step) in steps.enumerated() {
            let spent = state.clock.spent(on: index, current: state.step)
            var row = ["\(index + 1)", "", Presenter.clockText(spent), "", step.title]
            if let minutes = step.minutes {
                row[1] = Presenter.clockText(minutes * 60)
                row[3] = signed(spent - minutes * 60)
                planned += minutes * 60
                spentOnPlanned += spent
            }
            rows.append(row)
        }
        let total = ["all", planned > 0 ? Presenter.clockText(planned) : "", Presenter.clockText(state.clock.elapsed),
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
        return out
    }

    /// `+1:05`, `-0:30`, or `0:00`.
    private static func signed(_ seconds: Double) -> String {
        let rounded = seconds.rounded()
        return (rounded > 0 ? "+" : rounded < 0 ? "-" : "") + Presenter.clockText(abs(rounded))
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
