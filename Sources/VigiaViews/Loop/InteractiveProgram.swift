/// What the dashboard, a briefing's presenter and its follower have in common, so that one
/// loop (`InteractiveLoop`) drives all three: a state, the events that change it, a pure update
/// that returns effects instead of performing them, and a frame drawn from the state alone.
public protocol InteractiveProgram {
    associatedtype State: Hashable
    /// What changes the state: a decoded key, and for some programs a message from outside
    /// (a save's outcome, a follower joining, a presenter's broadcast).
    associatedtype Event

    /// What `key` means in `state` on a screen of `screen` (mouse clicks need the layout);
    /// nil when it means nothing.
    func event(for key: Key, in state: State, screen: Size) -> Event?

    /// The next state and what the outside world must do. Pure.
    func update(_ state: State, _ event: Event) -> (State, [Effect])

    /// The whole frame for `state` at `size`, including the "too small" notice below the minimum.
    func render(_ state: State, theme: Theme, glyphs: GlyphSet, size: Size) -> Canvas
}
