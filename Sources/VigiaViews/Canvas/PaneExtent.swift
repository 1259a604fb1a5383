/// Where a focusable pane was drawn and how much of its text shows, recorded while drawing.
///
/// Scrolling a text pane needs the layout on screen (its width decides the wrapping, its
/// height the page), and a click needs to know which pane is under the pointer; recording
/// both while drawing means neither can disagree with what the user sees.
public struct PaneExtent: Hashable, Sendable {
    public var rect: Rect
    /// The lines a text pane holds at its width; nil for a list.
    public var lines: Int?
    /// The rows of text that show at once.
    public var visible: Int

    public init(rect: Rect, lines: Int? = nil, visible: Int = 0) {
        self.rect = rect
        self.lines = lines
        self.visible = visible
    }

    /// The largest scroll offset: the last line at the bottom of the pane.
    public var maxOffset: Int { max(0, (lines ?? 0) - visible) }
}
