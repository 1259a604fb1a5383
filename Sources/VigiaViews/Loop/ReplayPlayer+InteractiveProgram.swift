extension ReplayPlayer: BriefingProgram {
    /// What reaches a playing `vigia replay`.
    public enum Event: KeyEvent, Hashable, Sendable {
        case key(Key)
        /// The driver's clock: seconds on a monotonic clock, the same origin as `initialState(now:)`.
        case tick(Double)
        /// An event on a terminal whose size is now the given one.
        indirect case sized(Size, Event)

        public var resized: (screen: Size, event: Event)? { if case .sized(let screen, let event) = self { (screen, event) } else { nil } }
    }

    /// The follower's dashboard: a replay draws what a follower would.
    public var dashboard: Dashboard { follower.dashboard }

    public func apply(_ state: ReplayState, _ event: Event) -> (ReplayState, [Effect]) {
        switch event {
        case .key(let key):
            let next = reduce(state, key: key)
            return (next, next.shouldQuit ? [.quit] : [])
        case .tick(let time):
            return (tick(state, at: time), [])
        case .sized:
            // `update` takes the new size before it calls `apply`.
            return update(state, event)
        }
    }

    public func render(_ state: ReplayState, theme: Theme, glyphs: GlyphSet, size: Size) -> Canvas {
        BriefingFrame.render(ScreenContext(dashboard: follower.dashboard, state: state.follower.app, theme: theme, glyphs: glyphs),
                             chrome: chrome(state, unicode: glyphs.isUnicode), size: size,
                             notice: state.follower.detached ? nil : state.missing)
    }
}
