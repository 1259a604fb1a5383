/// The one-line editor behind `/` filters and `:` commands.
public struct LineEditor: Hashable, Sendable {
    public var text: String
    /// Index into the command history while browsing it with ↑/↓; nil when editing fresh text.
    public var historyIndex: Int?

    public init(text: String = "", historyIndex: Int? = nil) {
        self.text = text
        self.historyIndex = historyIndex
    }
}

/// What keys currently do: navigate, or edit a filter or a command.
public enum InputMode: Hashable, Sendable {
    case normal
    case filter(LineEditor)
    case command(LineEditor)
}
