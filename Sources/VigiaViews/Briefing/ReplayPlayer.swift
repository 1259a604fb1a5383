import VigiaModel

/// Plays a recorded briefing as a follower saw it: a `Follower` fed from a file instead of a
/// socket, so a replay draws exactly what `vigia follow` would, at this terminal's size,
/// colours and locale, and the viewer can browse on their own (`f`) and re-join as in follow
/// mode.
///
/// Keys while following: Space plays or pauses (at the end, plays again from the start), `+`
/// and `-` change the speed (¼× to 16×), `n`/`p` step to the next or previous step and pause,
/// `N` shows or hides recorded notes, `f` browses, `q` leaves. Time comes from the driver as
/// ticks, so playback is tested without waiting.
public struct ReplayPlayer: Sendable {
    public let follower: Follower
    /// What followers received, in order.
    public let states: [RecordedState]
    /// Where the recording ends: its goodbye, or the last line of one cut short.
    public let duration: Double
    /// Said above the notes for the whole replay (a recording made with another data set).
    public let notices: [String]
    /// Said when playback reaches the end (where a recording cut short ends).
    public let ending: String

    public static let speeds: [Double] = [0.25, 0.5, 1, 2, 4, 8, 16]

    public init(follower: Follower, states: [RecordedState], duration: Double, notices: [String] = [], ending: String) {
        self.follower = follower
        self.states = states
        self.duration = max(duration, states.last?.at ?? 0)
        self.notices = notices
        self.ending = ending
    }

    /// The start of the recording, playing, with the driver's clock at `now`.
    ///
    /// The first recorded step is shown at once, even when it was recorded a moment after the
    /// presenter's clock started: a replay has no presenter to wait for, so it never shows a
    /// follower's waiting screen.
    public func initialState(now: Double = 0) -> ReplayState {
        var state = ReplayState(follower: follower.initialState(), lastTick: now)
        deliver(upTo: max(0, states.first?.at ?? 0), &state)
        return state
    }

    /// The driver's clock moved to `time`: playback advances by what passed, times the speed.
    public func tick(_ state: ReplayState, at time: Double) -> ReplayState {
        var next = state
        guard state.playing else {
            next.lastTick = nil
            return next
        }
        let passed = state.lastTick.map { max(0, time - $0) } ?? 0
        next.lastTick = time
        next.position = min(duration, state.position + passed * state.speed)
        deliver(upTo: next.position, &next)
        if next.position >= duration { next.playing = false }
        return next
    }

    public func reduce(_ state: ReplayState, key: Key) -> ReplayState {
        var next = state
        guard !state.follower.detached, state.follower.app.mode == .normal else {
            next.follower = follower.reduce(state.follower, key: key)
            return next
        }
        switch key {
        case .character(" "):
            if state.position >= duration {
                next = initialState()
                next.lastTick = nil
                next.speed = state.speed
                next.notesVisible = state.notesVisible
            } else {
                next.playing.toggle()
                next.lastTick = nil
            }
        case .character("+"), .character("="):
            next.speed = Self.speeds.first { $0 > state.speed } ?? state.speed
        case .character("-"):
            next.speed = Self.speeds.last { $0 < state.speed } ?? state.speed
        case .character("n"):
            step(forward: true, &next)
        case .character("p"):
            step(forward: false, &next)
        case .character("N"):
            next.notesVisible.toggle()
        case .character("f"), .character("q"), .control("l"), .resize:
            next.follower = follower.reduce(state.follower, key: key)
        default:
            next.follower.app.message = "replay: Space plays or pauses, + - speed, n p step, f browses, q leaves"
        }
        return next
    }

    /// Applies every recorded state due by `position`, in order.
    private func deliver(upTo position: Double, _ state: inout ReplayState) {
        var index = (state.shown ?? -1) + 1
        while index < states.count, states[index].at <= position {
            show(index, &state)
            index += 1
        }
    }

    /// Hands recorded state `index` to the follower; one this data set cannot draw is said
    /// instead (the bar still moves to its step).
    private func show(_ index: Int, _ state: inout ReplayState) {
        let broadcast = states[index].broadcast
        state.shown = index
        do {
            state.follower = try follower.receive(state.follower, broadcast)
            state.missing = nil
            // The whole title where the bar has room only for its start: a replay's viewer
            // has no presenter to say it.
            if !state.follower.detached { state.follower.app.message = "Step \(broadcast.step + 1)/\(broadcast.steps): \(broadcast.title)" }
        } catch {
            state.follower.latest = broadcast
            state.missing = missing(in: broadcast, reason: error)
        }
    }

    /// `n`/`p`: the first recorded state of the next or previous step, paused there.
    private func step(forward: Bool, _ state: inout ReplayState) {
        let stepOf = { (index: Int) in states[index].broadcast.step }
        let current = state.shown ?? -1
        var target: Int?
        if forward {
            target = states.indices.first { $0 > current && (current < 0 || stepOf($0) != stepOf(current)) }
        } else if current >= 0 {
            var start = current
            while start > 0, stepOf(start - 1) == stepOf(current) { start -= 1 }
            if start > 0 {
                target = start - 1
                while let previous = target, previous > 0, stepOf(previous - 1) == stepOf(previous) { target = previous - 1 }
            }
        }
        guard let target else {
            state.follower.app.message = forward ? "that was the last step of the recording" : "this is the first step"
            return
        }
        show(target, &state)
        state.position = states[target].at
        state.playing = false
    }
}
