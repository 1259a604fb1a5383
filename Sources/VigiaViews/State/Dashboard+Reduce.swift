import Foundation
import VigiaModel

extension Dashboard {
    /// Applies `action` to `state`. Pure: the same state and action always give the same result,
    /// which is what lets key sequences be tested without a terminal.
    public func reduce(_ state: AppState, _ action: Action) -> AppState {
        var next = state
        if case .edit = action {} else { next.message = nil }
        if let handled = reduceAnalysis(next, action) { return handled }
        switch action {
        case .moveUp: moveSelection(&next, by: -1)
        case .moveDown: moveSelection(&next, by: 1)
        case .pageUp: moveSelection(&next, by: -10)
        case .pageDown: moveSelection(&next, by: 10)
        case .jumpToTop: moveSelection(&next, by: Int.min / 2)
        case .jumpToBottom: moveSelection(&next, by: Int.max / 2)
        case .moveLeft: moveSideways(&next, by: -1)
        case .moveRight: moveSideways(&next, by: 1)
        case .nextPane: cyclePane(&next, by: 1)
        case .previousPane: cyclePane(&next, by: -1)
        case .show(let screen): next.stack = [.screen(screen)]
        case .drill: drill(&next)
        case .back: back(&next)
        case .toggleMeasure: next.measure = next.measure == .ratePer100k ? .count : .ratePer100k
        case .togglePick: togglePick(&next)
        case .toggleAllDecrees:
            next.showsAllDecrees.toggle()
            next.message = next.showsAllDecrees ? "showing every measure, context and protest included" : "showing gang-violence measures only"
        case .zoomIn: zoom(&next, by: 1)
        case .zoomOut: zoom(&next, by: -1)
        case .openSource:
            if let figure = focusedFigure(in: next) {
                next.stack.append(.source(figure.source, figure: figure.reference))
            } else {
                next.message = "no sourced figure is selected here"
            }
        case .help:
            if next.route != .help { next.stack.append(.help) }
        case .beginFilter:
            next.mode = .filter(LineEditor(text: next.filter(next.focusedList)))
        case .beginCommand:
            next.mode = .command(LineEditor())
        case .edit(let key): edit(&next, key)
        case .quit: next.shouldQuit = true
        case .redraw: break
        case .showLessons, .editScenario, .undo, .save, .confirm, .decline, .scenarioSaved: break // reduceAnalysis
        }
        return next
    }

    /// Handles a key decoded by the key map (the entry point for terminals and tests).
    public func reduce(_ state: AppState, key: Key) -> AppState {
        guard let action = keyMap.action(for: key, mode: state.mode) else { return state }
        return reduce(state, action)
    }

    // MARK: Movement

    private func moveSelection(_ state: inout AppState, by delta: Int) {
        let key = state.focusedList
        let count = rows(key, in: state).count
        guard count > 0 else { return }
        let current = min(state.selectedIndex(key), count - 1)
        state.selection[key] = min(max(0, current.addingReportingOverflow(delta).partialValue), count - 1)
    }

    private func moveSideways(_ state: inout AppState, by delta: Int) {
        switch state.route {
        case .screen(.decrees), .countryDecrees, .decree:
            state.decreeCenter += delta * state.decreeZoom.panDays
        case .screen(.overview), .screen(.homicides), .country:
            guard let years = dataset.homicideYears else { return }
            state.year = min(max(years.lowerBound, state.year + delta), years.upperBound)
        case .countryYear(let country, let year):
            guard let years = dataset.homicideYears else { return }
            let target = min(max(years.lowerBound, year + delta), years.upperBound)
            state.year = target
            state.stack[state.stack.count - 1] = .countryYear(country, target)
        default:
            break
        }
    }

    private func cyclePane(_ state: inout AppState, by delta: Int) {
        let count = paneCount(state.route)
        guard count > 1 else { return }
        state.focusedPane[state.route] = ((state.pane + delta) % count + count) % count
    }

    private func drill(_ state: inout AppState) {
        let key = state.focusedList
        guard let row = selectedRow(key, in: state), let target = drillTarget(key, row: row, in: state) else { return }
        if case .countryYear(_, let year) = target { state.year = year }
        state.stack.append(target)
    }

    private func back(_ state: inout AppState) {
        if state.stack.count > 1 {
            state.stack.removeLast()
        } else if !state.filter(state.focusedList).isEmpty {
            state.filters[state.focusedList] = nil
        }
    }

    private func togglePick(_ state: inout AppState) {
        let countryList: ListKey
        switch state.route {
        case .screen(.homicides), .screen(.overview): countryList = ListKey(state.route, pane: 0)
        default: return
        }
        guard let row = selectedRow(countryList, in: state) else { return }
        if let index = state.compared.firstIndex(of: row.id) {
            state.compared.remove(at: index)
        } else if state.compared.count >= 8 {
            state.message = "the chart compares at most 8 countries"
        } else {
            state.compared.append(row.id)
        }
    }

    private func zoom(_ state: inout AppState, by delta: Int) {
        guard let next = DecreeZoom(rawValue: state.decreeZoom.rawValue + delta) else { return }
        state.decreeZoom = next
    }

    // MARK: Line editing

    private func edit(_ state: inout AppState, _ key: Key) {
        switch state.mode {
        case .normal:
            return
        case .filter(let editor):
            editFilter(&state, editor, key)
        case .command(let editor):
            editCommand(&state, editor, key)
        }
    }

    /// A key typed on the `/` filter line: the filter applies as it is typed.
    private func editFilter(_ state: inout AppState, _ editor: LineEditor, _ key: Key) {
        var editor = editor
        let list = state.focusedList
        switch key {
        case .enter:
            state.mode = .normal
            return
        case .escape:
            state.filters[list] = nil
            state.mode = .normal
            return
        case .backspace, .delete:
            if editor.text.isEmpty {
                state.mode = .normal
                return
            }
            editor.text.removeLast()
        case .character(let character):
            editor.text.append(character)
        default:
            return
        }
        state.filters[list] = editor.text.isEmpty ? nil : editor.text
        state.selection[list] = 0
        state.mode = .filter(editor)
    }

    /// A key typed on the `:` command line: Enter runs it, Tab completes, up and down recall history.
    private func editCommand(_ state: inout AppState, _ editor: LineEditor, _ key: Key) {
        var editor = editor
        switch key {
        case .enter:
            state.mode = .normal
            run(editor.text, on: &state)
            return
        case .escape:
            state.mode = .normal
            return
        case .backspace, .delete:
            if editor.text.isEmpty {
                state.mode = .normal
                return
            }
            editor.text.removeLast()
        case .tab:
            editor.text = commands.complete(editor.text)
        case .up, .down:
            guard !state.commandHistory.isEmpty else { return }
            let last = state.commandHistory.count - 1
            let index: Int? = switch (key, editor.historyIndex) {
            case (.up, nil): last
            case (.up, let current?): max(0, current - 1)
            case (_, let current?) where current < last: current + 1
            default: nil
            }
            editor.historyIndex = index
            editor.text = index.map { state.commandHistory[$0] } ?? ""
        case .character(let character):
            editor.text.append(character)
        default:
            return
        }
        state.mode = .command(editor)
    }

    private func run(_ text: String, on state: inout AppState) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        if state.commandHistory.last != trimmed { state.commandHistory.append(trimmed) }
        if state.commandHistory.count > 100 { state.commandHistory.removeFirst() }
        switch commands.parse(trimmed) {
        case .failure(let error):
            state.message = error.message
        case .success(let command):
            apply(command, to: &state)
        }
    }

    /// Applies a parsed command, as `:` would (also how the command line picks a start screen).
    public func run(_ command: Command, on state: AppState) -> AppState {
        var next = state
        apply(command, to: &next)
        return next
    }

    private func apply(_ command: Command, to state: inout AppState) {
        switch command {
        case .country(let code):
            state.stack = [.screen(.homicides), .country(code)]
            let ranking = homicideRanking(state)
            state.selection[ListKey(.screen(.homicides))] = ranking.firstIndex(of: code) ?? 0
            state.filters[ListKey(.screen(.homicides))] = nil
        case .year(let year):
            state.year = year
            switch state.route {
            case .country(let code): state.stack.append(.countryYear(code, year))
            case .countryYear(let code, _): state.stack[state.stack.count - 1] = .countryYear(code, year)
            default: break
            }
        case .compare(let codes):
            state.compared = Array(codes.prefix(8))
            state.stack = [.screen(.homicides)]
            state.focusedPane[.screen(.homicides)] = 1
        case .screen(let screen):
            state.stack = [.screen(screen)]
        case .decree(let id):
            guard let decree = dataset.decree(id) else { return }
            state.stack = [.screen(.decrees), .countryDecrees(decree.country), .decree(id)]
            if let start = decree.start?.dayNumber { state.decreeCenter = start }
        case .program(let id):
            state.stack = [.screen(.programs), .program(id)]
        case .source(let id):
            state.stack.append(.source(id, figure: nil))
        case .measure(let measure):
            state.measure = measure
        case .zoom(let zoom):
            state.decreeZoom = zoom
        case .help:
            if state.route != .help { state.stack.append(.help) }
        case .quit:
            state.shouldQuit = true
        case .set(let value):
            setScenarioValue(value, in: &state)
        }
    }
}
