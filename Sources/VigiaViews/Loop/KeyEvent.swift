/// An `InteractiveProgram` event that can carry a plain key press.
///
/// A briefing's presenter and follower read no layout into a key (no tab bar to click): every
/// key goes to their `update` as it is, so they share one `event(for:in:screen:)`.
public protocol KeyEvent {
    static func key(_ key: Key) -> Self
}

extension InteractiveProgram where Event: KeyEvent {
    public func event(for key: Key, in state: State, screen: Size) -> Event? {
        .key(key)
    }
}
