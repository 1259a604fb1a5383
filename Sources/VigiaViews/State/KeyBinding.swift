/// One entry of the key map: the keys, the action, and the words help shows for it.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    /// How help spells the keys ("↑ k").
    public var keyLabel: String
    public var action: Action
    public var summary: String
    /// The group help lists it under.
    public var group: String

    public init(_ keys: [Key], _ keyLabel: String, _ action: Action, _ summary: String, group: String) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.action = action
        self.summary = summary
        self.group = group
    }
}
