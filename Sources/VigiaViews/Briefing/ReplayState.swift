/// Where a replay is: the follower it drives (what is drawn, and whether the viewer browses on
/// their own), the position in the recording, and how it plays.
public struct ReplayState: Sendable, BriefingProgramState {
    /// The follower's own state: a replay is a follower fed from a file instead of a socket.
    public var follower: FollowerState
    /// Seconds into the recording.
    public var position: Double = 0
    /// The recorded state last applied (an index into the player's `states`).
    public var shown: Int?
    /// Playback speed: 1 is real time.
    public var speed: Double = 1
    public var playing = true
    /// The driver's time at the last tick while playing, to advance `position` by what passed
    /// since; nil while paused, so a paused replay's state (and screen) stays still.
    public var lastTick: Double?
    /// Why the current step cannot be drawn with this data set; nil when it can.
    public var missing: String?
    /// The recorded notes pane (only for recordings that include notes).
    public var notesVisible = true
    /// The terminal's size; the dashboard has what the bar and the notes leave of it.
    public var screen = Size(width: 80, height: 24)

    public var shouldQuit: Bool { follower.shouldQuit }
    /// The dashboard shown: the follower's.
    public var app: AppState {
        get { follower.app }
        set { follower.app = newValue }
    }
}
