import VigiaModel

/// The presenter's view of time: what comes next, how long the briefing and the step have
/// run, and how far the briefing is from its plan. Drawn above the notes, never broadcast.
extension Presenter {
    /// Whole seconds ahead (negative) or behind (positive) the plan; nil when no step has one.
    ///
    /// Only steps with `minutes` count. A step before the current one counts its time against
    /// its plan (a skipped step gains its planned time); the current step and any later one
    /// count only the time spent beyond their plan, since the rest of their time is still due.
    /// Each step's time is taken in the whole seconds the clock shows, so the figure is the
    /// difference of the times printed beside it ("0:08 … of 0:03 · 0:05 behind").
    public func drift(_ state: PresenterState) -> Int? {
        var total: Int?
        for (index, step) in deck.steps.enumerated() {
            guard let planned = Self.plannedSeconds(step) else { continue }
            let spent = Self.wholeSeconds(state.clock.spent(on: index, current: state.step))
            total = (total ?? 0) + (index < state.step ? spent - planned : max(0, spent - planned))
        }
        return total
    }

    /// A step's plan in whole seconds, as `clockText` shows it; nil without one.
    static func plannedSeconds(_ step: BriefingStep) -> Int? {
        step.minutes.map { Int(($0 * 60).rounded()) }
    }

    /// The whole seconds the clock shows for `seconds`: what has fully passed.
    static func wholeSeconds(_ seconds: Double) -> Int {
        Int(max(0, seconds).rounded(.down))
    }

    /// `Next: Ecuador's rise`, or that this is the last step.
    func nextStepLine(_ state: PresenterState) -> String {
        let next = state.step + 1
        guard deck.steps.indices.contains(next) else { return "Next: nothing, this is the last step" }
        return "Next (\(next + 1)): \(deck.steps[next].title)"
    }

    /// `12:03 in all · 1:20 on this step of 2:00 · 0:40 behind`, and `paused` while paused.
    func timingLine(_ state: PresenterState, unicode: Bool) -> String {
        let clock = state.clock
        var step = "\(Self.clockText(clock.stepElapsed)) on this step"
        if let minutes = deck.steps[state.step].minutes { step += " of \(Self.clockText(minutes * 60))" }
        var parts = ["\(Self.clockText(clock.elapsed)) in all", step]
        if let drift = drift(state) {
            parts.append(drift == 0 ? "on time" : "\(Self.clockText(Double(abs(drift)))) \(drift > 0 ? "behind" : "ahead")")
        }
        if clock.isPaused { parts.append("paused, t resumes") }
        return parts.joined(separator: unicode ? " · " : " - ")
    }

    /// Whole seconds as `m:ss`, or `h:mm:ss` from an hour.
    public static func clockText(_ seconds: Double) -> String {
        let total = wholeSeconds(seconds)
        let hours = total / 3600, minutes = total / 60 % 60, rest = total % 60
        let ss = rest < 10 ? "0\(rest)" : "\(rest)"
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(ss)" }
        return "\(minutes):\(ss)"
    }
}
