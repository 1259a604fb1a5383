extension ReplayPlayer: InteractiveProgram {
    /// What reaches a playing `vigia replay`.
    public enum Event: KeyEvent, Hashable, Sendable {
        case key(Key)
        /// The driver's clock: seconds on a monotonic clock, the same origin as `initialState(now:)`.
        case tick(Double)
        /// An event on a terminal whose size is now the given one.
        indirect case sized(Size, Event)
    }

    public func update(_ state: ReplayState, _ event: Event) -> (ReplayState, [Effect]) {
        switch event {
        case .sized(let screen, let event):
            var next = state
            next.screen = screen
            return update(next, event)
        case .key(let key):
            let next = fitted(reduce(fitted(state), key: key))
            return (next, next.shouldQuit ? [.quit] : [])
        case .tick(let time):
            return (fitted(tick(state, at: time)), [])
        }
    }

    /// `state` with the dashboard's viewport set to the room the briefing frame leaves it.
    func fitted(_ state: ReplayState) -> ReplayState {
        var next = state
        let context = ScreenContext(dashboard: follower.dashboard, state: state.follower.app, theme: .mono, glyphs: .unicode)
        next.follower.app.viewport = BriefingFrame.dashboardSize(context, chrome: chrome(state), size: state.screen)
        return next
    }

    public func render(_ state: ReplayState, theme: Theme, glyphs: GlyphSet, size: Size) -> Canvas {
        BriefingFrame.render(ScreenContext(dashboard: follower.dashboard, state: state.follower.app, theme: theme, glyphs: glyphs),
                             chrome: chrome(state, unicode: glyphs.isUnicode), size: size,
                             notice: state.follower.detached ? nil : state.missing)
    }
}
