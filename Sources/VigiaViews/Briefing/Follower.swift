import VigiaModel

/// Applies what arrives from the presenter and what the attendee types.
///
/// A following attendee is read-only: only `f` (browse on your own / re-join), `?` (help, over
/// the presented screen), `q`, Ctrl-L and resizes do anything. Nothing a follower does is ever
/// sent anywhere.
public struct Follower: Sendable {
    public let dashboard: Dashboard
    /// Where the presenter is expected (shown while waiting).
    public let socketPath: String

    public init(dashboard: Dashboard, socketPath: String) {
        let keyMap = dashboard.keyMap.overriding(Self.keys, group: "Following")
        self.dashboard = Dashboard(dataset: dashboard.dataset, keyMap: keyMap, today: dashboard.today)
        self.socketPath = socketPath
    }

    /// The follower's own key, listed first by `?` while browsing.
    static let keys = [
        BriefingKey([.character("f")], "f", "browse on your own; again: re-join the presenter"),
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
        case _ where state.app.route == .help || (state.app.mode == .normal && key == .character("?")):
            // Help opens over the presented screen and scrolls, filters and closes as anywhere;
            // a key that would leave for another screen is refused like any other.
            let reduced = dashboard.reduce(state.app, key: key)
            if reduced.belowHelp.stack == state.app.belowHelp.stack {
                next.app = reduced
            } else {
                next.app.message = Self.readOnly
            }
        default:
            next.app.message = Self.readOnly
        }
        return next
    }

    static let readOnly = "following the presenter (read-only); ? help, f browses on your own, q leaves"

    /// Applies a broadcast if it is valid for this follower's data set.
    public func receive(_ state: FollowerState, _ broadcast: BriefingBroadcast) throws(NavigationSnapshot.Rejection) -> FollowerState {
        let checked = try broadcast.validated()
        var base = state.latestState ?? state.app
        base.message = nil
        base.mode = .normal
        // Help is each reader's own: an attendee is shown what is presented under any help sent.
        let presented = try checked.view.state(in: dashboard.dataset, base: base).belowHelp
        var next = state
        next.connected = true
        next.everConnected = true
        next.latest = checked
        next.latestState = presented
        if !state.detached {
            var shown = presented
            shown.shouldQuit = state.app.shouldQuit
            if state.app.route == .help {
                // An attendee reading help keeps it open; Esc shows where the presenter is now.
                let help = ListKey(.help)
                shown.stack.append(.help)
                shown.mode = state.app.mode
                shown.selection[help] = state.app.selection[help]
                shown.scroll[help] = state.app.scroll[help]
                shown.filters[help] = state.app.filters[help]
            }
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
