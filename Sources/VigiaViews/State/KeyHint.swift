/// One hint of the status line and of help's "This screen": the actions a key does on a
/// screen, and what it does there in a few words ("↵ fiscal years").
///
/// A hint names actions, not keys: the key map spells the keys, so a hint can never show a
/// key that does something else.
public struct KeyHint: Hashable, Sendable {
    /// One or two actions (a pair such as zoom in and out shares one hint: "+/- zoom").
    public var actions: [Action]
    public var words: String

    public init(_ actions: Action..., words: String) {
        self.actions = actions
        self.words = words
    }
}
