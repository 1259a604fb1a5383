import VigiaModel

extension Dashboard {
    /// The state a briefing step shows, built from the session's initial state with the same
    /// commands a presenter would type (`:screen`, `:compare`, `:country`, `:year`, `:decree`,
    /// `:program`, `:zoom`, `:measure`). Pure, so a step always looks the same and the
    /// handout, the presenter and every follower agree.
    ///
    /// References are assumed valid (`BriefingLoader` checks them); one that is not is skipped
    /// rather than trapping, leaving the step on its screen.
    public func state(for step: BriefingStep) -> AppState {
        let screen = ScreenID(rawValue: step.screen.rawValue) ?? .overview
        var state = run(.screen(screen), on: initialState())
        if let measure = step.measure { state = run(.measure(measure), on: state) }
        if let year = step.year { state.year = year }
        switch screen {
        case .overview:
            if let event = step.event, dataset.events.contains(where: { $0.id == event }) {
                state.stack = [.screen(.overview), .event(event)]
            }
        case .homicides:
            if let compare = step.compare, !compare.isEmpty {
                state = run(.compare(compare.filter { dataset.country($0) != nil }), on: state)
            }
            if let country = step.country, dataset.country(country) != nil {
                state = run(.country(country), on: state)
                if let year = step.year { state = run(.year(year), on: state) }
                // A year's values in the step's measure: its first such row is selected, so a
                // step about a count shows the counts however small the terminal.
                if let measure = step.measure, case .countryYear = state.route {
                    let key = ListKey(state.route)
                    if let row = rows(key, in: state).firstIndex(where: {
                        if case .homicideValue(let value) = $0.target { return value.measure == measure }
                        return false
                    }) {
                        state.selection[key] = row
                    }
                }
            }
        case .decrees:
            if let country = step.country, dataset.country(country) != nil {
                state.stack = [.screen(.decrees), .countryDecrees(country)]
                if let row = decreeCountries(state: state).firstIndex(where: { $0.iso3 == country }) {
                    state.selection[ListKey(.screen(.decrees))] = row
                }
            }
            if let decree = step.decree, dataset.decree(decree) != nil {
                state = run(.decree(decree), on: state)
            }
            if let zoom = step.zoom, let level = DecreeZoom.allCases.first(where: { $0.label == zoom.rawValue }) {
                state = run(.zoom(level), on: state)
            }
        case .programs:
            if let program = step.program, dataset.program(program) != nil {
                state = run(.program(program), on: state)
                if let row = dataset.programs.firstIndex(where: { $0.id == program }) {
                    state.selection[ListKey(.screen(.programs))] = row
                }
            }
        case .claims:
            if let claim = step.claim, let row = dataset.claims.firstIndex(where: { $0.id == claim }) {
                state.stack.append(.claim(claim))
                state.selection[ListKey(.screen(.claims))] = row
            }
            if let source = step.source, dataset.source(source) != nil {
                state.stack.append(.source(source, figure: nil))
            }
        case .map:
            if let country = step.country, let row = rows(ListKey(.screen(.map)), in: state).firstIndex(where: { $0.target.countryCode == country }) {
                state.selection[ListKey(.screen(.map))] = row
            }
        }
        state.message = nil
        return state
    }
}
