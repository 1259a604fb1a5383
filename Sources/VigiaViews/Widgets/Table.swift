/// A scrolling table with a header, a sort indicator and one selected row.
///
/// Rankings and comparisons are the core of a briefing, so the table keeps the selection
/// on screen, marks it with a glyph as well as a style (monochrome and screen readers), and
/// moves the terminal cursor to it. Cells that do not fit end in an ellipsis so a cut figure
/// never passes for a whole one. The scroll offset is the caller's state: pass the previous
/// one in, store the one `draw` returns.
public struct Table: Hashable, Sendable {
    /// How a column claims horizontal space.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share (by `weight`) of what fixed columns leave, never below `min`.
        case flexible(min: Int, weight: Int = 1)
        /// As wide as its longest text (`max`) when the room allows, never below `min`: a name
        /// column takes what it needs before flexible columns share the rest, and no more,
        /// so a wide terminal shows names whole instead of blank columns after them.
        case fitted(min: Int, max: Int)

        /// The fewest columns it takes.
        public var minimum: Int {
            switch self {
            case .fixed(let width): return max(0, width)
            case .flexible(let minimum, _), .fitted(let minimum, _): return max(0, minimum)
            }
        }
    }

    /// A column's header title, width rule and alignment.
    public struct Column: Hashable, Sendable {
        public var title: String
        public var width: Width
        public var alignment: HorizontalAlignment

        public init(_ title: String, width: Width, alignment: HorizontalAlignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    /// One row of cell texts (missing trailing cells draw empty).
    public struct Row: Hashable, Sendable {
        public var cells: [String]
        /// Per-cell styles (e.g. a worsening change in the negative style); nil uses the text style.
        public var styles: [Style?]

        public init(_ cells: [String], styles: [Style?] = []) {
            self.cells = cells
            self.styles = styles
        }
    }

    /// The sorted column and its direction, shown as an arrow after the header title.
    public struct Sort: Hashable, Sendable {
        public var column: Int
        public var ascending: Bool
    }

    public var columns: [Column]
    public var rows: [Row]
    public var selectedIndex: Int?
    public var sort: Sort?
    /// Shown under the header when there are no rows (e.g. "No countries match /xyz").
    public var emptyMessage: String

    /// Columns between adjacent cells.
    public static let columnGap = 1

    public init(columns: [Column], rows: [Row], selectedIndex: Int? = nil, sort: Sort? = nil,
                emptyMessage: String = "No rows") {
        self.columns = columns
        self.rows = rows
        self.selectedIndex = selectedIndex
        self.sort = sort
        self.emptyMessage = emptyMessage
    }

    /// Column widths for a table `width` columns wide, including the one-column selection
    /// gutter on the left. Fitted columns grow towards their longest text first, leaving the
    /// flexible columns their minimums; flexible columns split the rest by weight; columns
    /// that do not fit are clipped at the right edge.
    public func columnWidths(totalWidth width: Int) -> [Int] {
        let gaps = max(0, columns.count - 1) * Self.columnGap
        var room = width - 1 - gaps - columns.reduce(0) { total, column in
            if case .fixed = column.width { return total + column.width.minimum }
            return total
        }
        var unclaimed = room - columns.reduce(0) { total, column in
            if case .fixed = column.width { return total }
            return total + column.width.minimum
        }
        let fitted = columns.map { column -> Int? in
            guard case .fitted(let minimum, let maximum) = column.width else { return nil }
            let grown = max(0, minimum) + min(max(0, maximum - minimum), max(0, unclaimed))
            unclaimed -= grown - max(0, minimum)
            room -= grown
            return grown
        }
        var spare = max(0, room)
        let weights = columns.map { column -> Int in
            if case .flexible(_, let weight) = column.width { return max(1, weight) }
            return 0
        }
        var remainingWeight = weights.reduce(0, +)
        return columns.enumerated().map { index, column in
            switch column.width {
            case .fixed(let w):
                return max(0, w)
            case .fitted:
                return fitted[index] ?? 0
            case .flexible(let minimum, _):
                let share = remainingWeight > 0 ? spare * weights[index] / remainingWeight : 0
                spare -= share
                remainingWeight -= weights[index]
                return max(max(0, minimum), share)
            }
        }
    }

    /// The scroll offset that keeps the selection inside `visibleRows`, moving as little as
    /// possible from `previous`.
    public func scrollOffset(visibleRows: Int, previous: Int) -> Int {
        Scrolling.offset(selected: selectedIndex, count: rows.count, visible: visibleRows, previous: previous)
    }

    /// Draws header and rows; returns the scroll offset used (store it for the next frame).
    /// Sets `canvas.cursor` to the selected row's first cell when it is visible.
    @discardableResult
    public func draw(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet,
                     scrollOffset previous: Int = 0) -> Int {
        guard !rect.isEmpty else { return previous }
        let widths = columnWidths(totalWidth: rect.width)
        if hasHeader { drawHeader(into: &canvas, in: rect, widths: widths, theme: theme, glyphs: glyphs) }
        let top = hasHeader ? 1 : 0
        let visible = rect.height - top
        let offset = scrollOffset(visibleRows: visible, previous: previous)
        guard visible > 0 else { return offset }
        if rows.isEmpty {
            let text = TextFit.truncate(emptyMessage, to: rect.width - 1, ellipsis: glyphs.ellipsis)
            canvas.put(text, x: rect.x + 1, y: rect.y + top, style: theme.muted, clip: rect)
            return offset
        }
        for line in 0..<visible {
            let index = offset + line
            guard index < rows.count else { break }
            let y = rect.y + top + line
            let isSelected = index == selectedIndex
            drawRow(rows[index], into: &canvas, y: y, in: rect, widths: widths, theme: theme, glyphs: glyphs,
                    selected: isSelected)
            if isSelected {
                canvas.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1), clip: rect) { _ in theme.selection }
                canvas.cursor = Point(x: min(rect.x + 1, rect.maxX - 1), y: y)
            }
        }
        return offset
    }

    /// A header row only when it has something to say: a table whose columns are all
    /// untitled (and unsorted) starts with its first row, not a blank line.
    private var hasHeader: Bool {
        sort != nil || columns.contains { !$0.title.isEmpty }
    }

    private func drawHeader(into canvas: inout Canvas, in rect: Rect, widths: [Int], theme: Theme, glyphs: GlyphSet) {
        var x = rect.x + 1
        for (index, column) in columns.enumerated() {
            let width = min(widths[index], rect.maxX - x)
            guard width > 0 else { break }
            var text = column.title
            if let sort, sort.column == index {
                let arrow = sort.ascending ? glyphs.sortAscending : glyphs.sortDescending
                let room = width - DisplayWidth.of(arrow)
                text = room > 0 ? TextFit.truncate(text, to: room, ellipsis: glyphs.ellipsis) + arrow : arrow
            }
            let cell = TextFit.pad(text, to: width, alignment: column.alignment, ellipsis: glyphs.ellipsis)
            canvas.put(cell, x: x, y: rect.y, style: theme.header, clip: rect)
            x += width + Self.columnGap
            guard x < rect.maxX else { break }
        }
    }

    private func drawRow(_ row: Row, into canvas: inout Canvas, y: Int, in rect: Rect, widths: [Int],
                         theme: Theme, glyphs: GlyphSet, selected: Bool) {
        if selected {
            canvas.put(glyphs.selectionMarker, x: rect.x, y: y, style: theme.selection, clip: rect)
        }
        var x = rect.x + 1
        for (index, column) in columns.enumerated() {
            let width = min(widths[index], rect.maxX - x)
            guard width > 0 else { break }
            let value = index < row.cells.count ? row.cells[index] : ""
            let style = (index < row.styles.count ? row.styles[index] : nil) ?? theme.text
            let cell = TextFit.pad(value, to: width, alignment: column.alignment, ellipsis: glyphs.ellipsis)
            canvas.put(cell, x: x, y: y, style: style, clip: rect)
            x += width + Self.columnGap
            guard x < rect.maxX else { break }
        }
    }
}
