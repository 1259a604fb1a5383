/// One state a recorded briefing's followers received, with its time since the start and,
/// when the recording includes them, the step's speaker notes and sources.
public struct RecordedState: Hashable, Sendable {
    /// Seconds since the briefing started.
    public var at: Double
    public var broadcast: BriefingBroadcast
    public var notes: [String]?
    public var sources: [String]?

    public init(at: Double, broadcast: BriefingBroadcast, notes: [String]? = nil, sources: [String]? = nil) {
        self.at = at
        self.broadcast = broadcast
        self.notes = notes
        self.sources = sources
    }
}
