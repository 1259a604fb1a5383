import VigiaModel

/// Applies what arrives from the presenter and what the attendee types.
///
/// A following attendee is read-only: only `f` (browse on your own / re-join), `q`, Ctrl-L and
/// resizes do anything. Nothing a follower does is ever sent anywhere.
public struct Follower: Sendable {
    public let dashboard: Dashboard
    /// Where the presenter is expected (shown while waiting).
    public let socketPath: String

    public init(dashboard: Dashboard, socketPath: String) {
        let keyMap = dashboard.keyMap.overriding(Self.bindings, group: "Following")
        self.dashboard = Dashboard(dataset: dashboard.dataset, keyMap: keyMap, today: dashboard.today)
        self.socketPath = socketPath
    }

    /// The follower's own key, listed first by `?` while browsing.
    static let bindings = [
        KeyBinding([.character("f")], "f", .briefingKey, "browse on your own; again: re-join the presenter", group: ""),
    ]

    public func initialState() -> FollowerState {
        FollowerState(app: dashboard.initialState())
    }

    public func reduce(_ state: FollowerState, key: Key) -> FollowerState {
        var next = state
        if state.app.mode == .normal, key == .character("f") {
            if state.detached {
                next.detached = false
                if let latest = state.latestState { next.app = latest }
            } else {
                next.detached = true
                next.app.message = "browsing on your own; f re-joins the presenter"
            }
            return next
        }
        if state.detached {
            next.app = dashboard.reduce(state.app, key: key)
            return next
        }
        switch key {
        case .character("q"), .control("l"), .resize:
            next.app = dashboard.reduce(state.app, key: key)
        default:
            next.app.message = "following the presenter (read-only); f browses on your own, q leaves"
        }
        return next
    }

    /// Applies a broadcast if it is valid for this follower's data set.
    public func receive(_ state: FollowerState, _ broadcast: BriefingBroadcast) throws(NavigationSnapshot.Rejection) -> FollowerState {
        let checked = try broadcast.validated()
        var base = state.latestState ?? state.app
        base.message = nil
        base.mode = .normal
        let presented = try checked.view.state(in: dashboard.dataset, base: base)
        var next = state
        next.connected = true
        next.everConnected = true
        next.latest = checked
        next.latestState = presented
        if !state.detached {
            var shown = presented
            shown.shouldQuit = state.app.shouldQuit
            next.app = shown
        }
        return next
    }

    /// The presenter went away (quit, crashed or restarted): keep the screen, say so, wait.
    public func disconnected(_ state: FollowerState) -> FollowerState {
        var next = state
        next.connected = false
        return next
    }

    public func chrome(_ state: FollowerState, unicode: Bool = true) -> BriefingChrome {
        let dot = unicode ? "·" : "-"
        let status: String
        switch (state.connected, state.detached, state.everConnected) {
        case (_, true, _): status = "on your own \(dot) f re-joins"
        case (true, false, _): status = "following \(dot) f browses"
        case (false, false, true): status = "presenter left \(dot) waiting"
        case (false, false, false): status = "waiting for the presenter"
        }
        if let latest = state.latest {
            return BriefingChrome(deckTitle: latest.deck, step: latest.step, stepCount: latest.steps,
                                  stepTitle: latest.title, status: status)
        }
        return BriefingChrome(deckTitle: "Vigía briefing", step: nil, stepCount: nil,
                              stepTitle: "waiting for a presenter on \(socketPath)", status: status)
    }
}
