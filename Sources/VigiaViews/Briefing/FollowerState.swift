import VigiaModel

/// An attendee's side: what the presenter last published, and whether this follower is
/// following it or browsing on its own.
public struct FollowerState: Sendable, BriefingProgramState {
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
    /// The terminal's size; the dashboard has what the bar leaves of it.
    public var screen = Size(width: 80, height: 24)

    public var shouldQuit: Bool { app.shouldQuit }
}
