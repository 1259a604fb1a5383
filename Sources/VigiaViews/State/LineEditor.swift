/// The one-line editor behind `/` filters and `:` commands.
public struct LineEditor: Hashable, Sendable {
    public var text: String
    /// Index into the command history while browsing it with ↑/↓; nil when editing fresh text.
    public var historyIndex: Int?

    public init(text: String = "", historyIndex: Int? = nil) {
        self.text = text
        self.historyIndex = historyIndex
    }

    /// What a key did to the line.
    enum Outcome {
        /// The text changed.
        case edited
        /// The line is to close without running: Escape, or Backspace on an empty line (as in vim).
        case closed
        /// The key is not an editing key; the line it belongs to decides (Enter, Tab, ↑/↓).
        case unhandled
    }

    /// Applies the keys the `/` and `:` lines edit alike, so they cannot come to disagree on
    /// what typing, Backspace or Escape does.
    mutating func apply(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            text.append(character)
            return .edited
        case .backspace, .delete:
            guard !text.isEmpty else { return .closed }
            text.removeLast()
            return .edited
        case .escape:
            return .closed
        default:
            return .unhandled
        }
    }
}

/// What keys currently do: navigate, or edit a filter or a command.
public enum InputMode: Hashable, Sendable {
    case normal
    case filter(LineEditor)
    case command(LineEditor)
}
