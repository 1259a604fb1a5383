/// Writes confined to a widget's rectangle.
///
/// Every widget draws through these so that a widget handed a rect can never touch a cell
/// outside it, however small the rect or however long the data: the layout of the rest of
/// the screen is the caller's, and a panel bleeding into its neighbour is a bug users see.
extension Canvas {
    /// Draws `text` on row `y` from column `x`, clipped to `clip` (and to the canvas).
    /// Nothing is drawn when the start lies left of, above or below `clip`.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, clip: Rect) -> Int {
        guard y >= clip.y, y < clip.maxY, x >= clip.x, x < clip.maxX else { return 0 }
        return put(text, x: x, y: y, style: style, maxWidth: clip.maxX - x)
    }

    /// Sets one cell if it lies inside `clip` (and the canvas).
    public mutating func set(x: Int, y: Int, _ cell: Cell, clip: Rect) {
        guard clip.contains(x: x, y: y) else { return }
        self[x, y] = cell
    }

    /// Restyles the part of `rect` that lies inside `clip`.
    public mutating func restyle(_ rect: Rect, clip: Rect, _ transform: (Style) -> Style) {
        restyle(rect.intersection(clip), transform)
    }

    /// Fills the part of `rect` that lies inside `clip`.
    public mutating func fill(_ rect: Rect, with cell: Cell, clip: Rect) {
        fill(rect.intersection(clip), with: cell)
    }
}
