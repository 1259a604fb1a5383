import VigiaModel

/// The aid-program analysis on the Programs screen: the lessons matrix, its cells, and the
/// Plan Ecuador scenario editor. Route-specific handling lives here so `reduce` itself only
/// gains one hook.
extension Dashboard {
    /// The lessons matrix of the data set.
    public var lessonMatrix: LessonMatrix { LessonMatrix(dataset) }

    /// Rows of the analysis routes; nil for every other list.
    func analysisRows(_ key: ListKey, in state: AppState) -> [ListRow]? {
        switch (key.route, key.pane) {
        case (.lessons, 0):
            let matrix = lessonMatrix
            return matrix.lessons.flatMap { lesson in
                matrix.columns.map { column in
                    ListRow(id: "\(lesson.id)|\(column.id)", searchText: "\(lesson.title) \(column.label) \(matrix.cell(lesson, column).summary)")
                }
            }
        case (.lessonCell(let lesson, let column), 0):
            guard let cell = lessonMatrix.cell(lesson: lesson, column: column) else { return [] }
            return cell.sources.map { ListRow(id: "source:" + $0, searchText: $0 + " " + (dataset.source($0)?.title ?? "")) }
        case (.scenario, 0):
            return ScenarioSession.Field.all.map { field in
                let label: String
                switch field {
                case .budget: label = "annual budget"
                case .duration: label = "duration years"
                case .pillar(let pillar): label = pillar.label
                }
                return ListRow(id: field.id, searchText: label)
            }
        default:
            return nil
        }
    }

    /// Where Enter leads from an analysis list; nil for every other list.
    func analysisDrillTarget(_ key: ListKey, row: ListRow) -> Route? {
        guard key.route == .lessons, key.pane == 0 else { return nil }
        let parts = row.id.split(separator: "|").map(String.init)
        return parts.count == 2 ? .lessonCell(parts[0], parts[1]) : nil
    }

    /// The editor field under the selection.
    public func selectedField(in state: AppState) -> ScenarioSession.Field? {
        selectedRow(ListKey(.scenario), in: state).flatMap { ScenarioSession.Field(id: $0.id) }
    }

    /// Handles the actions that mean something else (or only something) on the analysis
    /// routes; nil lets `reduce` handle the action as usual.
    func reduceAnalysis(_ state: AppState, _ action: Action) -> AppState? {
        if state.scenario?.awaitingOverwrite == true {
            return answerOverwrite(state, action)
        }
        var next = state
        switch action {
        case .showLessons:
            next.stack = [.screen(.programs), .lessons]
        case .editScenario:
            guard next.scenario != nil else {
                next.message = "no scenario is loaded (vigia --scenario PATH)"
                return next
            }
            if next.route != .scenario { next.stack = [.screen(.programs), .scenario] }
        case .zoomIn, .zoomOut:
            guard next.route == .scenario else { return nil }
            guard let field = selectedField(in: next) else { return next }
            next.message = next.scenario?.adjust(field, by: action == .zoomIn ? 1 : -1)
        case .moveUp, .moveDown, .moveLeft, .moveRight:
            return moveInLessonMatrix(next, action)
        case .undo:
            guard next.route == .scenario, next.scenario != nil else {
                next.message = "u undoes edits in the scenario editor (e)"
                return next
            }
            next.message = next.scenario?.undo() == true ? "undone" : "nothing to undo"
        case .save:
            return requestSave(next)
        case .confirm, .decline:
            break
        case .scenarioSaved(let outcome):
            return applySaveOutcome(outcome, to: next)
        case .quit:
            guard let session = next.scenario, session.isDirty, !session.quitWarned else { return nil }
            next.scenario?.quitWarned = true
            next.message = "the scenario has unsaved changes: w saves them, q again quits without saving"
        default:
            return nil
        }
        return next
    }

    /// While "overwrite it? y/n" waits: y overwrites, n (or Esc) keeps the file on disk, and
    /// anything else but a redraw asks again.
    private func answerOverwrite(_ state: AppState, _ action: Action) -> AppState? {
        var next = state
        switch action {
        case .confirm:
            next.scenario?.awaitingOverwrite = false
            next.scenario?.pendingSave = .overwrite
            next.message = "overwriting \(next.scenario?.target ?? "the file")…"
            return next
        case .decline, .back:
            next.scenario?.awaitingOverwrite = false
            next.message = "not saved; the file on disk was left as it is (your edits are still here)"
            return next
        case .redraw:
            return nil
        default:
            next.message = overwriteQuestion(next)
            return next
        }
    }

    /// Arrow keys on the lessons matrix move by cell (up and down by a whole row of programs)
    /// while no filter is set; nil lets the list handle them.
    private func moveInLessonMatrix(_ state: AppState, _ action: Action) -> AppState? {
        var next = state
        guard next.route == .lessons, next.filter(ListKey(.lessons)).isEmpty else { return nil }
        let columns = max(1, lessonMatrix.columns.count)
        let delta = switch action {
        case .moveUp: -columns
        case .moveDown: columns
        case .moveLeft: -1
        default: 1
        }
        let key = ListKey(.lessons)
        let count = rows(key, in: next).count
        guard count > 0 else { return next }
        let target = next.selectedIndex(key) + delta
        if (0..<count).contains(target) { next.selection[key] = target }
        return next
    }

    /// `w`: asks the terminal loop to save the scenario, unless it has problems.
    private func requestSave(_ state: AppState) -> AppState {
        var next = state
        guard let session = next.scenario else {
            next.message = "no scenario is loaded"
            return next
        }
        let problems = session.scenario.problems()
        if !problems.isEmpty {
            next.message = "not saved: " + problems.map(\.message).joined(separator: "; ")
        } else {
            next.scenario?.pendingSave = .save
            next.message = "saving to \(session.target)…"
        }
        return next
    }

    /// What the save the terminal loop attempted came to.
    private func applySaveOutcome(_ outcome: ScenarioSession.SaveOutcome, to state: AppState) -> AppState {
        var next = state
        guard next.scenario != nil else { return next }
        next.scenario?.pendingSave = nil
        switch outcome {
        case .saved(let fingerprint):
            next.scenario?.fingerprint = fingerprint
            if let current = next.scenario?.scenario { next.scenario?.saved = current }
            next.scenario?.quitWarned = false
            next.message = "saved to \(next.scenario?.target ?? "")"
        case .changedOnDisk:
            next.scenario?.awaitingOverwrite = true
            next.message = overwriteQuestion(next)
        case .failed(let reason):
            next.message = "not saved: \(reason)"
        }
        return next
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
