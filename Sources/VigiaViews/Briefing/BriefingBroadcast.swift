import VigiaModel

/// What a presenter publishes after every change: where in the deck it is and what it shows.
///
/// Titles travel with the state so a follower needs no copy of the deck, only the data set.
/// Arrives from a socket on the follower side, so `validated()` bounds every field.
public struct BriefingBroadcast: Codable, Hashable, Sendable {
    public var deck: String
    /// The current step, from 0.
    public var step: Int
    public var steps: Int
    public var title: String
    public var view: NavigationSnapshot

    public init(deck: String, step: Int, steps: Int, title: String, view: NavigationSnapshot) {
        self.deck = deck
        self.step = step
        self.steps = steps
        self.title = title
        self.view = view
    }

    static let maximumTitleLength = 300

    /// Checks the fields `NavigationSnapshot` does not: titles and the step counter.
    public func validated() throws(NavigationSnapshot.Rejection) -> BriefingBroadcast {
        guard (1...BriefingDeck.maximumSteps).contains(steps), (0..<steps).contains(step) else {
            throw NavigationSnapshot.Rejection("step \(step) of \(steps) is out of range")
        }
        for text in [deck, title] where text.count > Self.maximumTitleLength || text.unicodeScalars.contains(where: SafeText.isUnsafe) {
            throw NavigationSnapshot.Rejection("a title is too long or carries control characters")
        }
        return self
    }
}
