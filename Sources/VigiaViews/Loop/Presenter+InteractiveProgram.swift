extension Presenter: BriefingProgram {
    /// What reaches a presenting `vigia brief`.
    public enum Event: KeyEvent, Hashable, Sendable {
        case key(Key)
        /// The number of followers connected to the briefing socket changed (shown in the bar).
        case followers(Int)
        /// The driver's clock: seconds on a monotonic clock, the same origin as `initialState(now:)`.
        case tick(Double)
        /// A key with the driver's time when it was typed (from `keyTime`).
        case timedKey(Key, Double)
        /// An event on a terminal whose size is now the given one.
        indirect case sized(Size, Event)

        public var resized: (screen: Size, event: Event)? { if case .sized(let screen, let event) = self { (screen, event) } else { nil } }
    }

    /// Every key as it is, stamped with the driver's time when there is a `keyTime`, and
    /// carrying the terminal's size when it changed.
    public func event(for key: Key, in state: PresenterState, screen: Size) -> Event? {
        let event: Event = keyTime.map { .timedKey(key, $0()) } ?? .key(key)
        return screen == state.screen ? event : .sized(screen, event)
    }

    /// A key changes the step or the dashboard; when that changes what followers see, the new
    /// view is broadcast (the server only queues it, so followers never delay this screen).
    public func apply(_ state: PresenterState, _ event: Event) -> (PresenterState, [Effect]) {
        switch event {
        case .key(let key):
            let next = reduce(state, key: key)
            var effects: [Effect] = []
            let published = broadcast(next)
            if published != broadcast(state) { effects.append(.broadcast(published)) }
            if next.app.shouldQuit { effects.append(.quit) }
            return (next, effects)
        case .followers(let count):
            var next = state
            next.followers = count
            return (next, [])
        case .tick(let time):
            var next = state
            next.clock.advance(to: time)
            return (next, [])
        case .timedKey(let key, let time):
            var timed = state
            timed.clock.advance(to: time)
            return apply(timed, .key(key))
        case .sized:
            // `update` takes the new size before it calls `apply`.
            return update(state, event)
        }
    }

    public func render(_ state: PresenterState, theme: Theme, glyphs: GlyphSet, size: Size) -> Canvas {
        BriefingFrame.render(ScreenContext(dashboard: dashboard, state: state.app, theme: theme, glyphs: glyphs),
                             chrome: chrome(state, unicode: glyphs.isUnicode), size: size)
    }
}
