/// A one-row trend: one cell per value, height by level.
///
/// Missing years are drawn with the gap glyph, never as the lowest level, because a
/// missing homicide count is not a count of zero. Too many values keep the most recent
/// ones, which is what a trend column is read for.
public struct Sparkline: Hashable, Sendable {
    /// Values oldest first; nil (or non-finite) for a missing year.
    public var values: [Double?]
    /// The value range mapped to the lowest and highest level; nil uses the values' own
    /// min…max. Give a shared range to compare sparklines of several countries.
    public var range: ClosedRange<Double>?
    /// Style of the level glyphs; nil uses the theme accent.
    public var style: Style?
    /// Indexes of `values` that start another source's stretch: a break glyph is drawn before
    /// each, taking one cell, so a step across sources never reads as a change.
    public var breaks: Set<Int>

    public init(values: [Double?], range: ClosedRange<Double>? = nil, style: Style? = nil, breaks: Set<Int> = []) {
        self.values = values
        self.range = range
        self.style = style
        self.breaks = breaks
    }

    /// Where several sparklines drawn in one column start and how wide each value is: the
    /// most recent values that fit `width` cells in every line with the column's breaks, each
    /// value repeated up to `maxCellsPerValue` times when there is room, so a wide column is
    /// used rather than left blank. All lines show the same values, so a header can name them,
    /// and every line keeps a cell wherever any line breaks (`breaks`), so a year stands in
    /// the same column on every row.
    public static func fit(_ lines: [Sparkline], width: Int, maxCellsPerValue: Int = 3) -> (firstShown: Int, cellsPerValue: Int, breaks: Set<Int>) {
        let count = lines.map(\.values.count).max() ?? 0
        let breaks = lines.reduce(into: Set<Int>()) { $0.formUnion($1.breaks) }
        func cells(from first: Int, cellsPerValue: Int) -> Int {
            max(0, count - first) * cellsPerValue + breaks.filter { $0 > first && $0 < count }.count
        }
        var first = 0
        while first < count, cells(from: first, cellsPerValue: 1) > width { first += 1 }
        guard first < count else { return (count, 1, breaks) }
        var scale = 1
        while scale < maxCellsPerValue, cells(from: first, cellsPerValue: scale + 1) <= width { scale += 1 }
        return (first, scale, breaks)
    }

    /// The values from index `first` as text, each `cellsPerValue` cells wide, scaled over the
    /// values shown, with the break glyph before each value that starts another source, and a
    /// blank cell where only another line of the column (`columnBreaks`) breaks.
    public func text(from first: Int, cellsPerValue: Int, glyphs: GlyphSet, columnBreaks: Set<Int>) -> String {
        guard first < values.count else { return "" }
        let shown = values.count - first
        let levels = Sparkline(values: Array(values[first...]), range: range).levels(width: shown, levelCount: glyphs.sparkLevels.count)
        var text = ""
        for (offset, level) in levels.enumerated() {
            if offset > 0, columnBreaks.contains(first + offset) { text += breaks.contains(first + offset) ? glyphs.seriesBreak : " " }
            text += String(repeating: level.map { glyphs.sparkLevels[$0] } ?? glyphs.gap, count: max(1, cellsPerValue))
        }
        return text
    }

    /// The level (0 ..< `levelCount`) of each of the last `width` values, nil for a gap.
    public func levels(width: Int, levelCount: Int) -> [Int?] {
        guard width > 0, levelCount > 0 else { return [] }
        let shown = values.suffix(width).map { value -> Double? in
            guard let value, value.isFinite else { return nil }
            return value
        }
        let present = shown.compactMap { $0 }
        let low = range?.lowerBound ?? present.min() ?? 0
        let high = range?.upperBound ?? present.max() ?? 0
        let top = levelCount - 1
        return shown.map { value in
            guard let value else { return nil }
            guard high > low else { return top / 2 }
            let fraction = min(1, max(0, (value - low) / (high - low)))
            return Int((fraction * Double(top)).rounded())
        }
    }

    /// Draws on the first row of `rect`, left-aligned.
    public func draw(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        for (offset, level) in levels(width: rect.width, levelCount: glyphs.sparkLevels.count).enumerated() {
            if let level {
                canvas.put(glyphs.sparkLevels[level], x: rect.x + offset, y: rect.y, style: style ?? theme.accent, clip: rect)
            } else {
                canvas.put(glyphs.gap, x: rect.x + offset, y: rect.y, style: theme.gap, clip: rect)
            }
        }
    }
}
