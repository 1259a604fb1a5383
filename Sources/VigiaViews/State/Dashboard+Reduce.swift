import VigiaModel

/// The update: how an action changes the state.
extension Dashboard {
    /// Applies `action` to `state`. Pure: the same state and action always give the same result,
    /// which is what lets key sequences be tested without a terminal.
    ///
    /// A pending overwrite question is answered first; then the route's own view may claim the
    /// action (the lessons matrix moves by cell, the scenario editor adjusts a field); whatever
    /// it leaves means the same on every route.
    public func reduce(_ state: AppState, _ action: Action) -> AppState {
        var next = state
        if case .sized(let size, let typed) = action {
            next.viewport = size
            return reduce(next, typed)
        }
        if case .pointer(let pane, let row, let then) = action {
            return point(next, pane: pane, row: row, then: then)
        }
        if case .edit = action {} else { next.message = nil }
        if next.scenario?.awaitingOverwrite == true, let answered = answerOverwrite(next, action) { return answered }
        if let scrolled = reduceTextPane(next, action) { return scrolled }
        if let handled = RouteRegistry.view(for: next.route).reduce(action, in: next, dashboard: self) { return handled }
        switch action {
        case .moveUp: moveSelection(&next, by: -1)
        case .moveDown: moveSelection(&next, by: 1)
        case .pageUp: moveSelection(&next, by: -10)
        case .pageDown: moveSelection(&next, by: 10)
        case .jumpToTop: moveSelection(&next, by: Int.min / 2)
        case .jumpToBottom: moveSelection(&next, by: Int.max / 2)
        case .moveLeft, .moveRight, .togglePick: break // only some routes give these a meaning
        case .earlierYear: moveYear(&next, by: -1)
        case .laterYear: moveYear(&next, by: 1)
        case .nextPane: cyclePane(&next, by: 1)
        case .previousPane: cyclePane(&next, by: -1)
        case .show(let screen): next.stack = [.screen(screen)]
        case .drill: drill(&next)
        case .back: back(&next)
        case .toggleMeasure: next.measure = next.measure == .ratePer100k ? .count : .ratePer100k
        case .toggleAllDecrees:
            next.showsAllDecrees.toggle()
            next.message = next.showsAllDecrees ? "showing every measure, context and protest included" : "showing gang-violence measures only"
        case .zoomIn: zoom(&next, by: 1)
        case .zoomOut: zoom(&next, by: -1)
        case .openSource: openSource(&next)
        case .help: openHelp(&next)
        case .beginFilter:
            next.mode = .filter(LineEditor(text: next.filter(next.focusedList)))
        case .beginCommand:
            next.mode = .command(LineEditor())
        case .edit(let key): edit(&next, key)
        case .quit: quit(&next)
        case .redraw: break
        case .showLessons: next.stack = [.screen(.programs), .lessons]
        case .editScenario: editScenario(&next)
        case .undo: next.message = "u undoes edits in the scenario editor (e)"
        case .save: requestSave(&next)
        case .confirm, .decline: break // only while the overwrite question waits
        case .scenarioSaved(let outcome): applySaveOutcome(outcome, to: &next)
        case .expand, .sized, .pointer: break // handled above
        case .briefingKey: break // the briefing program took it
        }
        return next
    }

    /// Handles a key decoded by the key map (the entry point for terminals and tests).
    public func reduce(_ state: AppState, key: Key) -> AppState {
        guard let action = keyMap.action(for: key, mode: state.mode) else { return state }
        return reduce(state, action)
    }

    // MARK: Movement

    /// Moves the selection of the focused list, clamped to its rows.
    func moveSelection(_ state: inout AppState, by delta: Int) {
        let key = state.focusedList
        let count = rows(key, in: state).count
        guard count > 0 else { return }
        let current = min(state.selectedIndex(key), count - 1)
        state.selection[key] = min(max(0, current.addingReportingOverflow(delta).partialValue), count - 1)
    }

    /// Moves the year cursor of the homicide screens, within the years the data covers.
    func moveYear(_ state: inout AppState, by delta: Int) {
        guard let years = dataset.homicideYears else { return }
        state.year = min(max(years.lowerBound, state.year + delta), years.upperBound)
    }

    private func cyclePane(_ state: inout AppState, by delta: Int) {
        let count = paneCount(state.route) + textPaneCount(state)
        guard count > 1 else { return }
        state.expanded = nil
        state.focusedPane[state.route] = ((state.pane + delta) % count + count) % count
    }

    private func drill(_ state: inout AppState) {
        let key = state.focusedList
        guard let row = selectedRow(key, in: state), let target = drillTarget(key, row: row) else { return }
        if case .countryYear(_, let year) = target { state.year = year }
        state.stack.append(target)
    }

    /// `s`: the focused figure's card: the arithmetic of a computed one, else its source's.
    private func openSource(_ state: inout AppState) {
        if let computed = focusedComputedFigure(in: state) {
            state.stack.append(.computed(computed))
        } else if let figure = focusedFigure(in: state) {
            state.stack.append(.source(figure.source, figure: figure.reference))
        } else {
            state.message = "no sourced figure is selected here"
        }
    }

    /// Help opens at its top, where this screen's keys and marks are, and unfiltered: where an
    /// earlier look left it says nothing about the screen it is opened from now.
    func openHelp(_ state: inout AppState) {
        guard state.route != .help else { return }
        let help = ListKey(.help)
        state.selection[help] = nil
        state.scroll[help] = nil
        state.filters[help] = nil
        state.stack.append(.help)
    }

    private func back(_ state: inout AppState) {
        if state.stack.count > 1 {
            state.stack.removeLast()
        } else if !state.filter(state.focusedList).isEmpty {
            state.filters[state.focusedList] = nil
        }
    }

    private func zoom(_ state: inout AppState, by delta: Int) {
        guard let next = DecreeZoom(rawValue: state.decreeZoom.rawValue + delta) else { return }
        // The focus date stays: the window is centred on it again, moved only as far as the
        // data's ends require, so zooming in from the opening view stays on the latest data.
        state.decreeZoom = next
    }
}
