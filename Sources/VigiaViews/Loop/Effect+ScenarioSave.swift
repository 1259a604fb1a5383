import Foundation

extension Effect {
    /// Performs a `.saveScenario` effect (`ScenarioSession.performPendingSave`) and returns its
    /// outcome as the action to feed back into the loop; nil for every other effect.
    ///
    /// Why here: the dashboard and the tests that save for real must do exactly the same thing.
    /// `readOnly` names files never written (the bundled default).
    public func performScenarioSave(readOnly: [URL]) -> Action? {
        guard case .saveScenario(let session) = self,
              let outcome = session.performPendingSave(readOnly: readOnly) else { return nil }
        return .scenarioSaved(outcome)
    }
}
