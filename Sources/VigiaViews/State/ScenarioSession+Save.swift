import Foundation
import VigiaModel

extension ScenarioSession {
    /// Performs `pendingSave` with `ScenarioStore` (atomic, and refusing to overwrite a file
    /// changed on disk unless the user confirmed); nil when no save is pending. This is the
    /// side effect `reduce` only records: `Dashboard.update` returns it as `Effect.saveScenario`,
    /// and `Effect.performScenarioSave` calls this and feeds the outcome back as
    /// `Action.scenarioSaved`. `readOnly` names files never written (the bundled default).
    public func performPendingSave(readOnly: [URL]) -> SaveOutcome? {
        guard let intent = pendingSave else { return nil }
        do {
            let fingerprint = try ScenarioStore.save(scenario, to: URL(fileURLWithPath: target), expected: fingerprint,
                                                     overwriteChanged: intent == .overwrite, readOnly: readOnly)
            return .saved(fingerprint)
        } catch .changedOnDisk {
            return .changedOnDisk
        } catch {
            return .failed(error.message)
        }
    }
}
