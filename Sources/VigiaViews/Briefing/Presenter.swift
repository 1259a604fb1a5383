import VigiaModel

/// Steps through a deck: `n`/space next, `p` previous, `g N` Enter jumps, `b` returns to the
/// current step after browsing, `N` toggles the notes, `t` pauses or resumes the clock and `T`
/// resets it. Every other key browses the dashboard as usual, so the presenter can answer a
/// question and come back.
///
/// Pure like `Dashboard.reduce`: key sequences are tested without a terminal.
public struct Presenter: Sendable {
    public let dashboard: Dashboard
    public let deck: BriefingDeck
    /// Each step's state, computed once: stepping is then a copy, not a rebuild.
    public let stepStates: [AppState]
    /// The driver's clock (the ticks' seconds), read when a key becomes an event so a step
    /// change is timed when it happens rather than at the last tick; nil stamps nothing.
    public let keyTime: (@Sendable () -> Double)?

    public init(dashboard: Dashboard, deck: BriefingDeck, keyTime: (@Sendable () -> Double)? = nil) {
        let keyMap = dashboard.keyMap.overriding(Self.keys, group: "Briefing")
        self.dashboard = Dashboard(dataset: dashboard.dataset, keyMap: keyMap, today: dashboard.today)
        self.deck = deck
        self.stepStates = deck.steps.map(dashboard.state(for:))
        self.keyTime = keyTime
    }

    /// The keys the briefing takes over from the dashboard (`g` and space lose their
    /// dashboard meanings, Home still jumps to the first row and `:compare` still picks), so
    /// `?` lists them first and not with their dashboard meanings.
    static let keys: [BriefingKey] = [
        BriefingKey([.character("n"), .character(" ")], "n Space", "next step"),
        BriefingKey([.character("p")], "p", "previous step"),
        BriefingKey([.character("g")], "g N Enter", "go to step N (type the number, then Enter)"),
        BriefingKey([.character("b")], "b", "back to the current step after browsing"),
        BriefingKey([.character("N")], "N", "speaker notes on/off"),
        BriefingKey([.character("J"), .character("K")], "J K", "scroll the speaker notes down / up"),
        BriefingKey([.character("t")], "t", "pause or resume the clock"),
        BriefingKey([.character("T")], "T", "reset the clock to 0:00"),
    ]

    /// The first step, with the clock starting at `now` (the driver's monotonic seconds).
    public func initialState(now: Double = 0) -> PresenterState {
        var state = PresenterState(step: 0, app: stepStates.first ?? dashboard.initialState())
        state.clock = BriefingClock(now: now)
        return state
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
        case .character("J"):
            next.notesScroll = min(state.notesScroll + 1, notesScrollLimit(state))
        case .character("K"):
            next.notesScroll = max(0, min(state.notesScroll, notesScrollLimit(state)) - 1)
        case .character("t"):
            next.clock.togglePause()
        case .character("T"):
            next.clock.reset()
        default:
            next.app = dashboard.reduce(state.app, key: key)
        }
        return next
    }

    private func go(to step: Int, _ state: inout PresenterState) {
        let history = state.app.commandHistory
        if step != state.step { state.clock.leave(step: state.step) }
        state.step = step
        state.app = stepStates[step]
        state.app.commandHistory = history
        state.notesScroll = 0
    }

    /// How far the notes can scroll at the presenter's terminal size: until their last line
    /// shows (0 when they fit or are hidden). The terminal's glyphs are the driver's, not the
    /// state's, and ASCII can wrap into more lines, so the larger limit is kept; the frame
    /// never scrolls past the last line whichever it is.
    private func notesScrollLimit(_ state: PresenterState) -> Int {
        [GlyphSet.unicode, .ascii].map { glyphs in
            let context = ScreenContext(dashboard: dashboard, state: state.app, theme: .mono, glyphs: glyphs)
            return BriefingFrame.notesScrollLimit(context, chrome: chrome(state, unicode: glyphs.isUnicode), size: state.screen)
        }.max() ?? 0
    }

    /// True when the screen is no longer the step's own (the presenter browsed away).
    public func isBrowsing(_ state: PresenterState) -> Bool {
        guard stepStates.indices.contains(state.step) else { return false }
        return NavigationSnapshot(state.app) != NavigationSnapshot(stepStates[state.step])
    }

    /// What followers are sent: the presented screen, without the help the presenter may be
    /// reading over it. Help is each reader's own (an attendee opens it with `?`); sent, it
    /// would cover every attendee's screen, and stay there when the presenter closed it.
    public func broadcast(_ state: PresenterState) -> BriefingBroadcast {
        BriefingBroadcast(deck: deck.title, step: state.step, steps: deck.steps.count,
                          title: deck.steps[state.step].title, view: NavigationSnapshot(state.app.belowHelp))
    }

    public func chrome(_ state: PresenterState, unicode: Bool = true) -> BriefingChrome {
        let step = deck.steps[state.step]
        let followers = !state.isShared ? "nobody can follow" : state.followers == 1 ? "1 follower" : "\(state.followers) following"
        let status = isBrowsing(state) ? "browsing, b returns · \(followers)" : followers
        return BriefingChrome(
            deckTitle: deck.title, step: state.step, stepCount: deck.steps.count, stepTitle: step.title,
            status: unicode ? status : status.replacingOccurrences(of: "·", with: "-"),
            prompt: state.jump.map { "go to step (1-\(deck.steps.count)): \($0)_" },
            notes: state.notesVisible ? step.notes : nil, sources: step.sources,
            keys: "n/p step · g N jump · b back · N notes · t clock",
            next: state.notesVisible ? nextStepLine(state) : nil,
            timing: state.notesVisible ? timingLine(state, unicode: unicode) : nil,
            notesScroll: state.notesScroll
        )
    }
}
