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

    public init(values: [Double?], range: ClosedRange<Double>? = nil, style: Style? = nil) {
        self.values = values
        self.range = range
        self.style = style
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
