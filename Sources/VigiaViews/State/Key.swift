/// A key press, decoded by a terminal backend into something the key map understands.
///
/// Terminal-agnostic on purpose: `reduce` and the key map are tested with these values
/// directly, and any backend (ncurses, a pty harness, a fuzzer) produces the same ones.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete
    case tab, backTab
    case function(Int)
    /// Ctrl plus a letter, lower-cased (`.control("l")` for Ctrl-L).
    case control(Character)
    /// The terminal was resized; the next frame must be laid out again.
    case resize
    /// A mouse button or wheel event at a cell.
    case mouse(MouseEvent)
}

/// The mouse events the dashboard understands; the mouse helps, it is never required.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var position: Point
    public init(kind: Kind, position: Point) {
        self.kind = kind
        self.position = position
    }
}
