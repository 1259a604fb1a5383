/// The presenter's running time: the briefing's, the current step's, and each step's total.
///
/// Why a value fed with times rather than a clock it reads: the presenter's `update` stays
/// pure, so pausing, stepping and the rehearsal table are tested with made-up seconds, never by
/// sleeping. The driver sends the time (seconds on a monotonic clock) as `Presenter.Event.tick`.
///
/// `t` pauses and resumes; `T` resets to zero (running or paused, as it was). Time spent while
/// paused counts for nothing, neither for the briefing nor for the step.
public struct BriefingClock: Hashable, Sendable {
    /// The latest time the driver reported.
    public private(set) var now: Double
    /// When the clock last started running; nil while paused.
    private var runningSince: Double?
    /// Running time banked before `runningSince`.
    private var banked: Double = 0
    /// The briefing's running time when the current step was entered.
    private var stepStart: Double = 0
    /// Running time spent on each step so far, the current visit excluded.
    private var spentBefore: [Int: Double] = [:]
    /// The steps left at least once, however quickly: a reset zeroes their time, not the fact
    /// that they were shown, which the rehearsal table tells from a step never reached.
    private var left: Set<Int> = []

    /// A clock that starts running at `now`.
    public init(now: Double = 0) {
        self.now = now
        self.runningSince = now
    }

    public var isPaused: Bool { runningSince == nil }

    /// The briefing's running time, in seconds.
    public var elapsed: Double {
        banked + (runningSince.map { max(0, now - $0) } ?? 0)
    }

    /// Running time on the current step, this visit only.
    public var stepElapsed: Double { max(0, elapsed - stepStart) }

    /// Running time on `step` in all, including the current visit when it is the current step.
    public func spent(on step: Int, current: Int) -> Double {
        (spentBefore[step] ?? 0) + (step == current ? stepElapsed : 0)
    }

    /// Whether `step` was shown: left at least once, or the current one.
    public func wasShown(_ step: Int, current: Int) -> Bool {
        step == current || left.contains(step)
    }

    /// The driver's time moved on.
    public mutating func advance(to time: Double) {
        now = max(now, time)
    }

    /// Leaves step `from`: its visit is added to its total, and the next visit starts now.
    public mutating func leave(step from: Int) {
        spentBefore[from, default: 0] += stepElapsed
        left.insert(from)
        stepStart = elapsed
    }

    /// `t`: pauses a running clock, or resumes a paused one.
    public mutating func togglePause() {
        if let since = runningSince {
            banked += max(0, now - since)
            runningSince = nil
        } else {
            runningSince = now
        }
    }

    /// `T`: everything back to zero, the clock running or paused as it was.
    public mutating func reset() {
        banked = 0
        stepStart = 0
        spentBefore = [:]
        if runningSince != nil { runningSince = now }
    }
}
