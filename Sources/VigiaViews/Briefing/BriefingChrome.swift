import VigiaModel

/// The briefing bar and notes pane drawn around a normal dashboard frame.
public struct BriefingChrome: Hashable, Sendable {
    public var deckTitle: String?
    /// The current step, from 0.
    public var step: Int?
    public var stepCount: Int?
    public var stepTitle: String?
    /// Right side of the bar: follower count, following/browsing, waiting.
    public var status: String
    /// A prompt that replaces the step title while the presenter types (`go to step: 3`).
    public var prompt: String?
    /// Speaker notes; `nil` hides the pane.
    public var notes: [String]?
    public var sources: [String]
    /// The keys, shown in the notes pane's title.
    public var keys: String

    public init(deckTitle: String?, step: Int?, stepCount: Int?, stepTitle: String?, status: String, prompt: String? = nil,
                notes: [String]? = nil, sources: [String] = [], keys: String = "") {
        self.deckTitle = deckTitle
        self.step = step
        self.stepCount = stepCount
        self.stepTitle = stepTitle
        self.status = status
        self.prompt = prompt
        self.notes = notes
        self.sources = sources
        self.keys = keys
    }

    /// `3/9`, or `-/9` while nothing is known.
    public var counter: String? {
        guard let stepCount else { return nil }
        return "\(step.map { String($0 + 1) } ?? "-")/\(stepCount)"
    }
}
