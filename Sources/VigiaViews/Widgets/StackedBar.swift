/// One bar split into segments by share, with a legend of labels and percentages below.
///
/// Shows composition (aid money by category, a program's budget by year). Segments differ
/// by fill glyph as well as colour so the split reads on monochrome terminals. A segment
/// with an unknown value is left out of the bar and listed as "n/a", never as 0%.
public struct StackedBar: Hashable, Sendable {
    /// One part of the whole.
    public struct Segment: Hashable, Sendable {
        public var label: String
        public var value: Double?
        /// Segment style; nil uses the theme's series colour for its position.
        public var style: Style?

        public init(label: String, value: Double?, style: Style? = nil) {
            self.label = label
            self.value = value
            self.style = style
        }
    }

    public var segments: [Segment]
    public var showsLegend: Bool

    public init(segments: [Segment], showsLegend: Bool = true) {
        self.segments = segments
        self.showsLegend = showsLegend
    }

    /// Each segment's value divided by the largest one (0 for unknown or non-positive values),
    /// so sums stay finite whatever the magnitudes.
    private var weights: [Double] {
        let valid = segments.map { segment -> Double in
            guard let value = segment.value, value.isFinite, value > 0 else { return 0 }
            return value
        }
        guard let largest = valid.max(), largest > 0 else { return valid.map { _ in 0 } }
        return valid.map { $0 / largest }
    }

    /// The share (0…1) of each segment in the known total; nil for an unknown value.
    public var shares: [Double?] {
        let weights = self.weights
        let total = weights.reduce(0, +)
        return segments.indices.map { index in
            guard let value = segments[index].value, value.isFinite else { return nil }
            return total > 0 ? weights[index] / total : 0
        }
    }

    /// The column span of each segment in a bar `width` wide (empty for unknown or zero
    /// values). Boundaries round the running total, so spans always add up to `width`.
    public func spans(width: Int) -> [Range<Int>] {
        let weights = self.weights
        let total = weights.reduce(0, +)
        var running = 0.0
        var start = 0
        return weights.map { weight in
            guard total > 0, weight > 0 else { return start..<start }
            running += weight
            let end = min(width, Int((running / total * Double(width)).rounded()))
            defer { start = end }
            return start..<end
        }
    }

    /// Draws the bar on the first row of `rect` and the legend on the rows below.
    public func draw(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        if weights.contains(where: { $0 > 0 }) {
            for (index, span) in spans(width: rect.width).enumerated() {
                let style = segments[index].style ?? theme.series(index)
                for x in span {
                    canvas.put(glyphs.segmentFill(index), x: rect.x + x, y: rect.y, style: style, clip: rect)
                }
            }
        } else {
            canvas.put(Format.missing, x: rect.x, y: rect.y, style: theme.gap, clip: rect)
        }
        guard showsLegend, rect.height >= 2 else { return }
        drawLegend(into: &canvas, in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1),
                   theme: theme, glyphs: glyphs)
    }

    /// Legend items flow left to right and wrap to the next row; what does not fit is cut.
    private func drawLegend(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet) {
        let shares = self.shares
        var x = rect.x, y = rect.y
        for (index, segment) in segments.enumerated() {
            let share = shares[index].map { NumberText.fixed($0 * 100, decimals: 0) + "%" } ?? Format.missing
            let label = SafeText.sanitize(segment.label)
            let width = 2 + DisplayWidth.of(label) + 1 + DisplayWidth.of(share)
            if x > rect.x, x + width > rect.maxX {
                x = rect.x
                y += 1
            }
            guard y < rect.maxY else { return }
            let style = segment.style ?? theme.series(index)
            x += canvas.put(glyphs.segmentFill(index), x: x, y: y, style: style, clip: rect) + 1
            x += canvas.put(label, x: x, y: y, style: theme.text, clip: rect) + 1
            x += canvas.put(share, x: x, y: y, style: segment.value == nil ? theme.gap : theme.muted, clip: rect) + 2
        }
    }
}
