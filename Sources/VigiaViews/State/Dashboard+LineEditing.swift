import VigiaModel

/// The `/` filter line and the `:` command line: what each key typed on them does.
extension Dashboard {
    /// A key typed while a line is open goes to that line's editor.
    func edit(_ state: inout AppState, _ key: Key) {
        switch state.mode {
        case .normal:
            return
        case .filter(let editor):
            editFilter(&state, editor, key)
        case .command(let editor):
            editCommand(&state, editor, key)
        }
    }

    /// A key typed on the `/` filter line: the filter applies as it is typed, and closing the
    /// line without Enter drops it.
    private func editFilter(_ state: inout AppState, _ editor: LineEditor, _ key: Key) {
        var editor = editor
        let list = state.focusedList
        switch editor.apply(key) {
        case .edited:
            state.filters[list] = editor.text.isEmpty ? nil : editor.text
            state.selection[list] = 0
            state.mode = .filter(editor)
        case .closed:
            state.filters[list] = nil
            state.mode = .normal
        case .unhandled:
            if key == .enter { state.mode = .normal }
        }
    }

    /// A key typed on the `:` command line: Enter runs it, Tab completes, up and down recall history.
    private func editCommand(_ state: inout AppState, _ editor: LineEditor, _ key: Key) {
        var editor = editor
        switch key {
        case .enter:
            state.mode = .normal
            run(editor.text, on: &state)
            return
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
        default:
            switch editor.apply(key) {
            case .edited:
                break
            case .closed:
                state.mode = .normal
                return
            case .unhandled:
                return
            }
        }
        state.mode = .command(editor)
    }
}
