/// An `InteractiveProgram` event that can carry a plain key press, and the terminal's size
/// when it changed.
///
/// A briefing's presenter, follower and replay read no layout into a key (no tab bar to
/// click), so they share one `event(for:in:screen:)`. They keep the terminal's size in their
/// state: what a key does to the dashboard under the briefing bar (how far a card scrolls, how
/// wide the decree timeline is) depends on the room that dashboard has.
public protocol KeyEvent {
    static func key(_ key: Key) -> Self
    /// `event`, on a terminal whose size is now `screen`.
    static func sized(_ screen: Size, _ event: Self) -> Self
    /// The new size and the event it carries, for an event made by `sized`.
    var resized: (screen: Size, event: Self)? { get }
}

/// A briefing program's state: the dashboard it shows and the terminal it is drawn on.
public protocol BriefingProgramState: Hashable {
    var screen: Size { get set }
    var app: AppState { get set }
}

/// A presenter, a follower or a replay: a dashboard under the briefing bar (and, for the
/// presenter, above the notes), driven by keys that know the terminal's size.
public protocol BriefingProgram: InteractiveProgram where Event: KeyEvent, State: BriefingProgramState {
    var dashboard: Dashboard { get }
    func chrome(_ state: State, unicode: Bool) -> BriefingChrome
    /// What `event` does, on a state whose dashboard already has its room (`update` resizes
    /// and fits around it).
    func apply(_ state: State, _ event: Event) -> (State, [Effect])
}

extension BriefingProgram {
    public func event(for key: Key, in state: State, screen: Size) -> Event? {
        screen == state.screen ? .key(key) : .sized(screen, .key(key))
    }

    /// Takes a new terminal size, then applies the event with the dashboard's viewport set to
    /// its room before and after (the notes pane's height follows the step's notes).
    public func update(_ state: State, _ event: Event) -> (State, [Effect]) {
        if let (screen, inner) = event.resized {
            var next = state
            next.screen = screen
            return update(next, inner)
        }
        let (next, effects) = apply(fitted(state), event)
        return (fitted(next), effects)
    }

    /// `state` with the dashboard's viewport set to what the briefing frame leaves it.
    func fitted(_ state: State) -> State {
        var next = state
        let context = ScreenContext(dashboard: dashboard, state: state.app, theme: .mono, glyphs: .unicode)
        next.app.viewport = BriefingFrame.dashboardSize(context, chrome: chrome(state, unicode: true), size: state.screen)
        return next
    }
}
