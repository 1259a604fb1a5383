import VigiaModel

/// The Plan Ecuador scenario session's actions that work from any route: opening the editor,
/// saving, the overwrite question, and the warning before quitting with unsaved edits.
/// Adjusting and undoing are the editor's own (`ScenarioScreen`).
extension Dashboard {
    /// The editor field under the selection.
    public func selectedField(in state: AppState) -> ScenarioSession.Field? {
        guard case .scenarioField(let field)? = selectedRow(ListKey(.scenario), in: state)?.target else { return nil }
        return field
    }

    /// `e`: opens the editor, if a scenario was loaded.
    func editScenario(_ state: inout AppState) {
        guard state.scenario != nil else {
            state.message = "no scenario is loaded (vigia --scenario PATH)"
            return
        }
        if state.route != .scenario { state.stack = [.screen(.programs), .scenario] }
    }

    /// `q`: quits, unless the scenario has unsaved edits not yet warned about.
    func quit(_ state: inout AppState) {
        guard let session = state.scenario, session.isDirty, !session.quitWarned else {
            state.shouldQuit = true
            return
        }
        state.scenario?.quitWarned = true
        state.message = "the scenario has unsaved changes: w saves them, q again quits without saving"
    }

    /// While "overwrite it? y/n" waits: y overwrites, n (or Esc) keeps the file on disk, and
    /// anything else but a redraw asks again; nil lets a redraw through.
    func answerOverwrite(_ state: AppState, _ action: Action) -> AppState? {
        var next = state
        switch action {
        case .confirm:
            next.scenario?.awaitingOverwrite = false
            next.scenario?.pendingSave = .overwrite
            next.message = "overwriting \(next.scenario?.target ?? "the file")…"
        case .decline, .back:
            next.scenario?.awaitingOverwrite = false
            next.message = "not saved; the file on disk was left as it is (your edits are still here)"
        case .redraw:
            return nil
        default:
            next.message = overwriteQuestion(next)
        }
        return next
    }

    /// `w`: asks the terminal loop to save the scenario, unless it has problems.
    func requestSave(_ state: inout AppState) {
        guard let session = state.scenario else {
            state.message = "no scenario is loaded"
            return
        }
        let problems = session.scenario.problems()
        if !problems.isEmpty {
            state.message = "not saved: " + problems.map(\.message).joined(separator: "; ")
        } else {
            state.scenario?.pendingSave = .save
            state.message = "saving to \(session.target)…"
        }
    }

    /// What the save the terminal loop attempted came to.
    func applySaveOutcome(_ outcome: ScenarioSession.SaveOutcome, to state: inout AppState) {
        guard state.scenario != nil else { return }
        state.scenario?.pendingSave = nil
        switch outcome {
        case .saved(let fingerprint):
            state.scenario?.fingerprint = fingerprint
            if let current = state.scenario?.scenario { state.scenario?.saved = current }
            state.scenario?.quitWarned = false
            state.message = "saved to \(state.scenario?.target ?? "")"
        case .changedOnDisk:
            state.scenario?.awaitingOverwrite = true
            state.message = overwriteQuestion(state)
        case .failed(let reason):
            state.message = "not saved: \(reason)"
        }
    }

    private func overwriteQuestion(_ state: AppState) -> String {
        "\(state.scenario?.target ?? "the file") changed on disk since it was opened: overwrite it? y/n"
    }

    /// `:set N` on the scenario editor.
    func setScenarioValue(_ value: Double, in state: inout AppState) {
        guard state.route == .scenario, state.scenario != nil, let field = selectedField(in: state) else {
            state.message = ":set works in the scenario editor (e), on the selected row"
            return
        }
        state.message = state.scenario?.set(field, to: value)
    }
}
