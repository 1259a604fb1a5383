import VigiaModel

/// A figure on screen that no single source states: a program's best total, the region's
/// implied share, the count of measures in force, the scenario's budget, a claim's derived
/// figure. `s` on one opens its card (`ComputedFigureCard`): what it is, the arithmetic, and
/// each input with its source.
public enum ComputedFigure: Hashable, Sendable {
    case programTotal(String)
    case regionalShare
    case measuresInForce
    case scenarioBudget
    /// A pillar's dollars per year: the scenario's budget times the pillar's share.
    case scenarioPillar(Pillar)
    case claimFigure(claim: String, index: Int)

    /// What the card shows: a title, the value as on screen, what it is, its arithmetic and
    /// inputs (nil when a source states it as it is), and every source behind it.
    struct Resolved {
        var title: String
        var value: String
        var basis: String
        var derivation: Derivation?
        var sources: [String]
    }

    /// The figure's content in `context`, or nil when the data or scenario lacks it.
    func resolve(_ context: ScreenContext) -> Resolved? {
        let dataset = context.dataset
        switch self {
        case .programTotal(let id):
            guard let program = dataset.program(id) else { return nil }
            let best = ProgramTotal.best(program, dataset: dataset)
            let basis = best.isStated ? "as stated for the program: \(best.figure.basis)" : best.figure.basis
            return Resolved(title: "\(program.shortName): total", value: ProgramsScreen.total(program, best, context: context),
                            basis: best.figure.value.gap.map { "no total: " + $0.missing.joined(separator: "; ") } ?? basis,
                            derivation: best.figure.derivation, sources: best.figure.sources)
        case .regionalShare:
            guard let share = RegionalShare.latest(dataset).value else { return nil }
            return Resolved(title: "\(share.region) share of the world's homicides, \(share.year)", value: Format.share(share.homicideShare, decimals: 0),
                            basis: "implied from UNODC regional rates and populations; UNODC publishes no regional count",
                            derivation: share.derivation, sources: share.sources)
        case .measuresInForce:
            return Self.measuresInForce(dataset)
        case .scenarioBudget:
            guard let scenario = context.state.scenario?.scenario else { return nil }
            // The scenario's own settings: its sources state the plan behind the budget (its
            // basis says how), never the per-year figure itself, so they are no inputs.
            let sources = scenario.budgetSources
            let arithmetic = "\(Derivation.Value.number(scenario.annualBudgetUSDMillions)) × \(scenario.durationYears) years (the scenario's budget and duration)"
            return Resolved(title: "Scenario budget", value: "\(Format.money(scenario.annualBudgetUSDMillions))/yr × \(Format.years(scenario.durationYears)) = \(Format.money(scenario.totalUSDMillions))",
                            basis: sources.isEmpty ? "your choice; no source" : scenario.budgetBasis,
                            derivation: Derivation(arithmetic: arithmetic, inputs: []), sources: sources)
        case .scenarioPillar(let pillar):
            guard let scenario = context.state.scenario?.scenario else { return nil }
            let budget = Derivation.Value.number(scenario.annualBudgetUSDMillions)
            let arithmetic = "\(budget) × \(Scenario.percentText(scenario.allocation[pillar]))% (the scenario's budget and this pillar's share)"
            return Resolved(title: "Scenario: \(pillar.label) per year", value: "\(Format.money(scenario.annualUSDMillions(pillar)))/yr",
                            basis: "the scenario's annual budget split by its shares (\(scenario.allocationBasis)); budget: " + (scenario.budgetSources.isEmpty ? "your choice" : scenario.budgetBasis),
                            derivation: Derivation(arithmetic: arithmetic, inputs: []), sources: scenario.budgetSources)
        case .claimFigure(let id, let index):
            guard let claim = dataset.claims.first(where: { $0.id == id }), claim.figures.indices.contains(index) else { return nil }
            let figure = claim.figures[index]
            return Resolved(title: figure.label, value: "\(Derivation.Value.number(figure.value)) \(figure.unit)", basis: "a figure of the claim \"\(claim.id)\"",
                            derivation: figure.derived, sources: [figure.source])
        }
    }

    /// The measures in force on the data's latest date: one each, with its decree's sources.
    private static func measuresInForce(_ dataset: Dataset) -> Resolved? {
        guard let latest = dataset.latestDate else { return nil }
        let active = dataset.measuresInForce(on: latest.dayNumber).filter { $0.relevance == .gangViolence }
        let inputs = active.map { Derivation.Input(label: "\($0.country) \(dataset.decreeName($0.id))", value: .number(1), source: $0.sources.first ?? "") }
        return Resolved(title: "Gang-violence measures in force on \(Format.humanDate(latest))", value: "\(active.count)",
                        basis: "one per chain (a declaration with its renewals), in force on the latest date in the data",
                        derivation: Derivation(arithmetic: inputs.isEmpty ? "0" : inputs.map { _ in "1" }.joined(separator: " + "), inputs: inputs),
                        sources: active.flatMap(\.sources).reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
    }
}

/// A view that offers a computed figure for `s` when its selection is not a row of its own
/// (the selected program's total, the scenario's budget row).
protocol ComputedFigureSource {
    func computedFigure(in state: AppState, dashboard: Dashboard) -> ComputedFigure?
}

extension Dashboard {
    /// The computed figure under the selection, which `s` opens before any single source: a
    /// row that is one, a claim figure with a derivation, or what the route's view offers.
    func focusedComputedFigure(in state: AppState) -> ComputedFigure? {
        if let row = selectedRow(state.focusedList, in: state) {
            switch row.target {
            case .computed(let figure):
                return figure
            case .claimFigure(let id, let index):
                let claim = dataset.claims.first { $0.id == id }
                if let figure = claim?.figures.indices.contains(index) == true ? claim?.figures[index] : nil, figure.derived != nil {
                    return .claimFigure(claim: id, index: index)
                }
            default:
                break
            }
        }
        return (RouteRegistry.view(for: state.route) as? any ComputedFigureSource)?.computedFigure(in: state, dashboard: self)
    }
}

extension ComputedFigure {
    /// The figure as follow-mode snapshot words after "computed".
    var words: [String] {
        switch self {
        case .programTotal(let id): return ["programTotal", id]
        case .regionalShare: return ["regionalShare"]
        case .measuresInForce: return ["measuresInForce"]
        case .scenarioBudget: return ["scenarioBudget"]
        case .scenarioPillar(let pillar): return ["scenarioPillar", pillar.rawValue]
        case .claimFigure(let claim, let index): return ["claimFigure", claim, String(index)]
        }
    }

    /// The figure `words` spell, ids unchecked.
    init?(words: [String]) {
        switch (words.first, words.count) {
        case ("programTotal", 2): self = .programTotal(words[1])
        case ("regionalShare", 1): self = .regionalShare
        case ("measuresInForce", 1): self = .measuresInForce
        case ("scenarioBudget", 1): self = .scenarioBudget
        case ("scenarioPillar", 2):
            guard let pillar = Pillar(rawValue: words[1]) else { return nil }
            self = .scenarioPillar(pillar)
        case ("claimFigure", 3):
            guard let index = Int(words[2]), index >= 0 else { return nil }
            self = .claimFigure(claim: words[1], index: index)
        default: return nil
        }
    }

    /// Whether every id the figure names is in `dataset`.
    func exists(in dataset: Dataset) -> Bool {
        switch self {
        case .programTotal(let id): return dataset.program(id) != nil
        case .regionalShare, .measuresInForce, .scenarioBudget, .scenarioPillar: return true
        case .claimFigure(let id, let index): return dataset.claims.first { $0.id == id }?.figures.indices.contains(index) == true
        }
    }
}
