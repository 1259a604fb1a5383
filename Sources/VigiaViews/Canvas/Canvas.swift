/// A grid of cells that screens draw into and backends copy to a terminal.
///
/// Everything visible is drawn here first, so every screen can be rendered to text in a
/// test, and the terminal backend can diff frames instead of redrawing. Drawing outside the
/// canvas is clipped, never an error.
public struct Canvas: Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest (the selected row), so screen readers follow it.
    public var cursor: Point?
    /// The focusable panes drawn, by pane number (`ScreenContext.panel`, `drawTextPane`).
    public var panes: [Int: PaneExtent] = [:]

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard contains(x: x, y: y) else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard contains(x: x, y: y) else { return }
            cells[y * size.width + x] = newValue
        }
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    /// Draws `text` on row `y` from column `x`, clipped to `maxWidth` columns (and the canvas).
    /// Unsafe characters are replaced first. Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.width - x)
        guard limit > 0 else { return 0 }
        var column = 0
        for character in SafeText.sanitize(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > limit { break }
            let cx = x + column
            if cx >= 0 {
                self[cx, y] = Cell(String(character), style: style)
                if width == 2 { self[cx + 1, y] = Cell("", style: style) }
            }
            column += width
        }
        return column
    }

    /// Fills a rectangle with one cell (clipped).
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * size.width + x] = cell }
        }
    }

    /// Applies a style to every cell of a rectangle, keeping the glyphs (e.g. a selection bar).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * size.width + x].style = transform(cells[y * size.width + x].style) }
        }
    }

    /// The text of one row, trailing spaces removed (continuation cells contribute nothing).
    public func line(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var row = ""
        for x in 0..<size.width { row += cells[y * size.width + x].grapheme }
        while row.last == " " { row.removeLast() }
        return row
    }

    /// The whole canvas as text, one line per row: what a user would read on the screen.
    public var text: String {
        (0..<size.height).map(line).joined(separator: "\n")
    }
}
