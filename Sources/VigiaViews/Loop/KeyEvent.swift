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
}

/// A program state that remembers the size of the terminal it was last drawn on.
public protocol ScreenSizedState {
    var screen: Size { get }
}

extension InteractiveProgram where Event: KeyEvent, State: ScreenSizedState {
    public func event(for key: Key, in state: State, screen: Size) -> Event? {
        screen == state.screen ? .key(key) : .sized(screen, .key(key))
    }
}
