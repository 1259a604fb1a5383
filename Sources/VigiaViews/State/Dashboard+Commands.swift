import Foundation
import VigiaModel

/// `:` commands: running a typed line, and applying a parsed command (also how the command
/// line and briefing steps pick where to start).
extension Dashboard {
    /// Runs the line typed after `:`, remembering it in the history even if it fails.
    func run(_ text: String, on state: inout AppState) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        if state.commandHistory.last != trimmed { state.commandHistory.append(trimmed) }
        if state.commandHistory.count > 100 { state.commandHistory.removeFirst() }
        switch commands.parse(trimmed) {
        case .failure(let error):
            // The status line has the width less its leading space.
            state.message = error.message(fitting: state.viewport.width - 1)
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
            state.message = "the homicide screens now show \(measure == .count ? "counts" : "rates per 100k")"
        case .zoom(let zoom):
            state.decreeZoom = zoom
        case .help: openHelp(&state)
        case .dataStatus:
            if state.route != .dataStatus { state.stack.append(.dataStatus) }
        case .quit:
            state.shouldQuit = true
        case .set(let value):
            setScenarioValue(value, in: &state)
        }
    }
}
