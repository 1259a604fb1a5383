import VigiaModel

/// The scenario being edited, with what is needed to save it safely: where it came from,
/// where it goes, what the file looked like when opened, and the undo history.
///
/// It is a plain value inside `AppState`, so `reduce` stays pure: a save is only recorded as
/// `pendingSave`, returned by `Dashboard.update` as `Effect.saveScenario`, performed by the
/// front end (`ScenarioStore`), and its outcome fed back as `Action.scenarioSaved`.
public struct ScenarioSession: Hashable, Sendable {
    /// What a save should do once the front end performs it.
    public enum SaveIntent: Hashable, Sendable {
        /// Save unless the file changed on disk since it was opened.
        case save
        /// The user confirmed: overwrite even though the file changed on disk.
        case overwrite
    }

    /// The result of performing a save, fed back through `reduce`.
    public enum SaveOutcome: Hashable, Sendable {
        case saved(FileFingerprint)
        case changedOnDisk
        case failed(String)
    }

    /// One editable row of the editor.
    public enum Field: Hashable, Sendable {
        case budget, duration
        case pillar(Pillar)

        public static let all: [Field] = [.budget, .duration] + Pillar.allCases.map { .pillar($0) }
    }

    public var scenario: Scenario
    /// The scenario as last loaded or saved, so unsaved changes can be shown and guarded.
    public var saved: Scenario
    /// Earlier versions, most recent last; `u` pops one.
    public var undoStack: [Scenario] = []
    /// How the file the scenario was read from is named in messages.
    public var loadedFrom: String
    /// The file saves go to (the user's own file; never the bundled default).
    public var target: String
    /// The target file as it was when opened or last saved; nil when it did not exist.
    public var fingerprint: FileFingerprint?
    public var pendingSave: SaveIntent?
    /// The file changed on disk and the user is being asked whether to overwrite it.
    public var awaitingOverwrite = false
    /// `q` was pressed once with unsaved changes; a second `q` quits.
    public var quitWarned = false

    /// How many edits `u` can take back.
    public static let undoLimit = 100

    public init(scenario: Scenario, loadedFrom: String, target: String, fingerprint: FileFingerprint?) {
        self.scenario = scenario
        saved = scenario
        self.loadedFrom = loadedFrom
        self.target = target
        self.fingerprint = fingerprint
    }

    public var isDirty: Bool { scenario != saved }

    /// How the editor's title marks the file: "unsaved" with edits, "saved" once the user's
    /// own file holds this scenario, "default" for the bundled starting point, which is never
    /// written (nothing is saved until `w`).
    public var badge: String {
        isDirty ? "unsaved" : fingerprint == nil ? "default" : "saved"
    }

    /// The current value of `field` (budget $m/yr, years, or percent).
    public func value(_ field: Field) -> Double {
        switch field {
        case .budget: return scenario.annualBudgetUSDMillions
        case .duration: return Double(scenario.durationYears)
        case .pillar(let pillar): return scenario.allocation[pillar]
        }
    }

    /// Sets `field` to `value`, clamped to what the field allows, keeping the previous scenario
    /// for undo. Returns a message when the value had to be clamped. A budget or split that
    /// differs from the file's becomes the user's choice: the budget loses its sources and
    /// basis, the split its basis, so a saved file never explains a figure it no longer holds;
    /// set back to the file's value, it has the file's basis again.
    @discardableResult
    public mutating func set(_ field: Field, to value: Double) -> String? {
        guard value.isFinite else { return "not a number" }
        var next = scenario
        var note: String?
        switch field {
        case .budget:
            let clamped = min(max(0, value), Scenario.maximumAnnualBudget)
            if clamped != value { note = "the budget is between $0m and $\(Int(Scenario.maximumAnnualBudget))m a year" }
            next.annualBudgetUSDMillions = (clamped * 100).rounded() / 100
            if next.annualBudgetUSDMillions == saved.annualBudgetUSDMillions {
                (next.budgetBasis, next.budgetSources) = (saved.budgetBasis, saved.budgetSources)
            } else {
                (next.budgetBasis, next.budgetSources) = (Scenario.usersChoice, [])
            }
        case .duration:
            let range = Scenario.durationRange
            let years = Int(value.rounded())
            let clamped = min(max(range.lowerBound, years), range.upperBound)
            if clamped != years || Double(years) != value { note = "the duration is a whole number of years, \(range.lowerBound)–\(range.upperBound)" }
            next.durationYears = clamped
        case .pillar(let pillar):
            let clamped = min(max(0, value), 100)
            if clamped != value { note = "a share is between 0% and 100%" }
            next.allocation[pillar] = (clamped * 100).rounded() / 100
            next.allocationBasis = next.allocation == saved.allocation ? saved.allocationBasis : Scenario.usersChoice
        }
        guard next != scenario else { return note }
        undoStack.append(scenario)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst() }
        scenario = next
        quitWarned = false
        return note
    }

    /// Adds `steps` to `field`: $1m for the budget, a year for the duration, a percentage
    /// point for a pillar.
    @discardableResult
    public mutating func adjust(_ field: Field, by steps: Double) -> String? {
        set(field, to: value(field) + steps)
    }

    /// Takes back the last edit; false when there is none.
    public mutating func undo() -> Bool {
        guard let previous = undoStack.popLast() else { return false }
        scenario = previous
        return true
    }
}
