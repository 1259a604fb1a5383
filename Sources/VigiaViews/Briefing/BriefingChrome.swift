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
    /// The presenter's own lines above the notes: what comes next, and the running time.
    public var next: String?
    public var timing: String?
    /// Lines of the notes pane scrolled past; the pane keeps its last page in view.
    public var notesScroll = 0

    public init(deckTitle: String?, step: Int?, stepCount: Int?, stepTitle: String?, status: String, prompt: String? = nil,
                notes: [String]? = nil, sources: [String] = [], keys: String = "", next: String? = nil, timing: String? = nil,
                notesScroll: Int = 0) {
        self.deckTitle = deckTitle
        self.step = step
        self.stepCount = stepCount
        self.stepTitle = stepTitle
        self.status = status
        self.prompt = prompt
        self.notes = notes
        self.sources = sources
        self.keys = keys
        self.next = next
        self.timing = timing
        self.notesScroll = notesScroll
    }

    /// `3/9`, or `-/9` while nothing is known.
    public var counter: String? {
        guard let stepCount else { return nil }
        return "\(step.map { String($0 + 1) } ?? "-")/\(stepCount)"
    }
}
