import VigiaModel

/// What a presenter publishes after every change: where in the deck it is and what it shows.
///
/// Titles travel with the state so a follower needs no copy of the deck, only the data set.
/// Arrives from a socket on the follower side, so `validated()` bounds every field.
public struct BriefingBroadcast: Codable, Hashable, Sendable {
    public var deck: String
    /// The current step, from 0.
    public var step: Int
    public var steps: Int
    public var title: String
    public var view: NavigationSnapshot

    public init(deck: String, step: Int, steps: Int, title: String, view: NavigationSnapshot) {
        self.deck = deck
        self.step = step
        self.steps = steps
        self.title = title
        self.view = view
    }

    static let maximumTitleLength = 300

    /// Checks the fields `NavigationSnapshot` does not: titles and the step counter.
    public func validated() throws(NavigationSnapshot.Rejection) -> BriefingBroadcast {
        guard (1...BriefingDeck.maximumSteps).contains(steps), (0..<steps).contains(step) else {
            throw NavigationSnapshot.Rejection("step \(step) of \(steps) is out of range")
        }
        for text in [deck, title] where text.count > Self.maximumTitleLength || text.unicodeScalars.contains(where: SafeText.isUnsafe) {
            throw NavigationSnapshot.Rejection("a title is too long or carries control characters")
        }
        return self
    }
}

/// The briefing bar and notes pane drawn around a normal dashboard frame.
public struct BriefingChrome: Hashable, Sendable {
    public var deckTitle: String?
    /// The current step, from 0.
    public var step: Int?
    public var stepCount: Int?
    public var stepTitle: String?
    /// Right side of the bar: follower count, following/browsing, waiting.
    public var status: String
    /// A prompt that replaces the step title while the presenter types (`go to step: 3`).
    public var prompt: String?
    /// Speaker notes; `nil` hides the pane.
    public var notes: [String]?
    public var sources: [String]
    /// The keys, shown in the notes pane's title.
    public var keys: String

    public init(deckTitle: String?, step: Int?, stepCount: Int?, stepTitle: String?, status: String, prompt: String? = nil,
                notes: [String]? = nil, sources: [String] = [], keys: String = "") {
        self.deckTitle = deckTitle
        self.step = step
        self.stepCount = stepCount
        self.stepTitle = stepTitle
        self.status = status
        self.prompt = prompt
        self.notes = notes
        self.sources = sources
        self.keys = keys
    }

    /// `3/9`, or `-/9` while nothing is known.
    public var counter: String? {
        guard let stepCount else { return nil }
        return "\(step.map { String($0 + 1) } ?? "-")/\(stepCount)"
    }
}

// MARK: - Presenter

/// The presenter's side of a briefing: the deck, the current step and the dashboard state.
public struct PresenterState: Hashable, Sendable {
    /// The current step, from 0.
    public var step: Int
    /// What is on screen: the step's state, or wherever the presenter browsed from it.
    public var app: AppState
    public var notesVisible = true
    /// Digits typed after `g`; `nil` when no jump is being typed.
    public var jump: String?
    /// How many followers are connected (shown in the bar).
    public var followers = 0

    public var shouldQuit: Bool { app.shouldQuit }
}

/// Steps through a deck: `n`/space next, `p` previous, `g N` Enter jumps, `b` returns to the
/// current step after browsing, `N` toggles the notes. Every other key browses the dashboard
/// as usual, so the presenter can answer a question and come back.
///
/// Pure like `Dashboard.reduce`: key sequences are tested without a terminal.
public struct Presenter: Sendable {
    public let dashboard: Dashboard
    public let deck: BriefingDeck
    /// Each step's state, computed once: stepping is then a copy, not a rebuild.
    public let stepStates: [AppState]

    public init(dashboard: Dashboard, deck: BriefingDeck) {
        self.dashboard = dashboard
        self.deck = deck
        self.stepStates = deck.steps.map(dashboard.state(for:))
    }

    /// The keys the briefing takes over from the dashboard (`g` and space lose their
    /// dashboard meanings, Home still jumps to the first row and `:compare` still picks).
    public static let keys: [(key: String, action: String)] = [
        ("n Space", "next step"), ("p", "previous step"), ("g N Enter", "go to step N"),
        ("b", "back to the current step"), ("N", "notes on/off"), ("q", "quit"),
    ]

    public func initialState() -> PresenterState {
        PresenterState(step: 0, app: stepStates.first ?? dashboard.initialState())
    }

    public func reduce(_ state: PresenterState, key: Key) -> PresenterState {
        var next = state
        if let typed = state.jump {
            next.jump = nil
            switch key {
            case .character(let c) where c.isASCII && c.isNumber:
                next.jump = typed.count < 4 ? typed + String(c) : typed
            case .backspace, .delete:
                next.jump = typed.isEmpty ? nil : String(typed.dropLast())
            case .enter:
                if let number = Int(typed), deck.steps.indices.contains(number - 1) {
                    go(to: number - 1, &next)
                } else {
                    next.app.message = "no step \(typed); the deck has \(deck.steps.count)"
                }
            default:
                break
            }
            return next
        }
        guard state.app.mode == .normal else {
            next.app = dashboard.reduce(state.app, key: key)
            return next
        }
        switch key {
        case .character("n"), .character(" "):
            if state.step + 1 < deck.steps.count { go(to: state.step + 1, &next) } else { next.app.message = "that was the last step" }
        case .character("p"):
            if state.step > 0 { go(to: state.step - 1, &next) } else { next.app.message = "this is the first step" }
        case .character("g"):
            next.jump = ""
        case .character("b"):
            go(to: state.step, &next)
        case .character("N"):
            next.notesVisible.toggle()
        default:
            next.app = dashboard.reduce(state.app, key: key)
        }
        return next
    }

    private func go(to step: Int, _ state: inout PresenterState) {
        let history = state.app.commandHistory
        state.step = step
        state.app = stepStates[step]
        state.app.commandHistory = history
    }

    /// True when the screen is no longer the step's own (the presenter browsed away).
    public func isBrowsing(_ state: PresenterState) -> Bool {
        guard stepStates.indices.contains(state.step) else { return false }
        return NavigationSnapshot(state.app) != NavigationSnapshot(stepStates[state.step])
    }

    /// What followers are sent.
    public func broadcast(_ state: PresenterState) -> BriefingBroadcast {
        BriefingBroadcast(deck: deck.title, step: state.step, steps: deck.steps.count,
                          title: deck.steps[state.step].title, view: NavigationSnapshot(state.app))
    }

    public func chrome(_ state: PresenterState, unicode: Bool = true) -> BriefingChrome {
        let step = deck.steps[state.step]
        let followers = state.followers == 1 ? "1 follower" : "\(state.followers) following"
        let status = isBrowsing(state) ? "browsing, b returns · \(followers)" : followers
        return BriefingChrome(
            deckTitle: deck.title, step: state.step, stepCount: deck.steps.count, stepTitle: step.title,
            status: unicode ? status : status.replacingOccurrences(of: "·", with: "-"),
            prompt: state.jump.map { "go to step (1-\(deck.steps.count)): \($0)_" },
            notes: state.notesVisible ? step.notes : nil, sources: step.sources,
            keys: "n/p step · g N jump · b back · N notes"
        )
    }
}

// MARK: - Follower

/// An attendee's side: what the presenter last published, and whether this follower is
/// following it or browsing on its own.
public struct FollowerState: Hashable, Sendable {
    /// Connected to a presenter, or waiting for one to start (or to come back).
    public var connected = false
    /// Browsing on its own (`f`); presenter updates are kept but not shown.
    public var detached = false
    /// What is drawn.
    public var app: AppState
    /// The presenter's latest valid broadcast and the state it describes.
    public var latest: BriefingBroadcast?
    public var latestState: AppState?
    /// Whether any presenter has been seen (to tell "waiting" from "presenter left").
    public var everConnected = false

    public var shouldQuit: Bool { app.shouldQuit }
}

/// Applies what arrives from the presenter and what the attendee types.
///
/// A following attendee is read-only: only `f` (browse on your own / re-join), `q`, Ctrl-L and
/// resizes do anything. Nothing a follower does is ever sent anywhere.
public struct Follower: Sendable {
    public let dashboard: Dashboard
    /// Where the presenter is expected (shown while waiting).
    public let socketPath: String

    public init(dashboard: Dashboard, socketPath: String) {
        self.dashboard = dashboard
        self.socketPath = socketPath
    }

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
