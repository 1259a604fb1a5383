import VigiaModel

/// The presenter's side of a briefing: the deck, the current step and the dashboard state.
public struct PresenterState: Sendable, BriefingProgramState {
    /// The current step, from 0.
    public var step: Int
    /// What is on screen: the step's state, or wherever the presenter browsed from it.
    public var app: AppState
    public var notesVisible = true
    /// Lines of the notes scrolled past (`J`/`K`); each step's notes start at their top.
    public var notesScroll = 0
    /// Digits typed after `g`; `nil` when no jump is being typed.
    public var jump: String?
    /// How many followers are connected (shown in the bar).
    public var followers = 0
    /// Whether followers can join at all (false without a socket, as in a rehearsal).
    public var isShared = true
    /// The running time of the briefing and of each step (the presenter's alone).
    public var clock = BriefingClock()
    /// The terminal's size; the dashboard has what the bar and the notes leave of it.
    public var screen = Size(width: 80, height: 24)

    public var shouldQuit: Bool { app.shouldQuit }
}
