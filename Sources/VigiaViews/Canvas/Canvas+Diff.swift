extension Canvas {
    /// A run of neighbouring cells on one row that must be drawn again.
    public struct Run: Hashable, Sendable {
        public var y: Int
        public var columns: Range<Int>

        public init(y: Int, columns: Range<Int>) {
            self.y = y
            self.columns = columns
        }
    }

    /// The cells of `new` that differ from `old`, row by row, left to right; every cell when
    /// there is no `old` or its size differs.
    ///
    /// Why a pure function: attendees follow briefings over slow links, so a frame must cost
    /// bytes in proportion to what changed; keeping the decision here lets it be tested without
    /// curses, and `CanvasPresenter` only writes what it is given. A wide glyph and its
    /// continuation cell are always redrawn together, since a terminal cannot draw half of one.
    public static func diff(_ old: Canvas?, _ new: Canvas) -> [Run] {
        let width = new.size.width
        guard width > 0 else { return [] }
        guard let old, old.size == new.size else {
            return (0..<new.size.height).map { Run(y: $0, columns: 0..<width) }
        }
        var runs: [Run] = []
        var dirty = [Bool](repeating: false, count: width)
        for y in 0..<new.size.height {
            let row = (y * width)..<((y + 1) * width)
            if new.cells[row] == old.cells[row] { continue }
            markChanges(old.cells[row], new.cells[row], into: &dirty)
            appendRuns(of: dirty, y: y, to: &runs)
        }
        return runs
    }

    /// Flags each changed cell of a row, and the neighbours a change to or from a wide glyph's
    /// continuation cell drags along.
    private static func markChanges(_ old: ArraySlice<Cell>, _ new: ArraySlice<Cell>, into dirty: inout [Bool]) {
        let width = dirty.count
        let (oldStart, newStart) = (old.startIndex, new.startIndex)
        for x in 0..<width { dirty[x] = false }
        for x in 0..<width where new[newStart + x] != old[oldStart + x] {
            dirty[x] = true
            if x > 0, new[newStart + x].isContinuation || old[oldStart + x].isContinuation { dirty[x - 1] = true }
            if x + 1 < width, new[newStart + x + 1].isContinuation || old[oldStart + x + 1].isContinuation {
                dirty[x + 1] = true
            }
        }
    }

    private static func appendRuns(of dirty: [Bool], y: Int, to runs: inout [Run]) {
        var start: Int?
        for x in 0...dirty.count {
            let isDirty = x < dirty.count && dirty[x]
            if isDirty, start == nil { start = x }
            if !isDirty, let first = start {
                runs.append(Run(y: y, columns: first..<x))
                start = nil
            }
        }
    }
}
