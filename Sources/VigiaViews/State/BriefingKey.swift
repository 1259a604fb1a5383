/// A key a briefing (a presenter or a follower) takes over from the dashboard, as help lists
/// it: the keys, how help spells them, and what they do in the briefing.
///
/// It names no action: the briefing program reads every key as it is, so each of these is
/// bound to `.briefingKey`, and `KeyMap.overriding` lists it under the briefing's own group.
public struct BriefingKey: Hashable, Sendable {
    public var keys: [Key]
    /// How help spells the keys ("n Space").
    public var keyLabel: String
    public var summary: String

    public init(_ keys: [Key], _ keyLabel: String, _ summary: String) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.summary = summary
    }
}
