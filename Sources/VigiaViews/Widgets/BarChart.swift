/// Horizontal bars with labels and values, optionally each with a comparison bar beneath.
///
/// Used for rankings (homicide rate by country) and before/after pairs (the comparison
/// row, muted). Unicode bars have eighth-cell precision so close values look different.
/// A nil value shows "n/a" and a gap glyph, never an empty bar that would read as zero.
public struct BarChart: Hashable, Sendable {
    /// One labelled bar.
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double?
        /// A second value drawn as a muted bar on the row below (e.g. the year before).
        public var comparison: Double?
        /// Bar style; nil uses the theme accent.
        public var style: Style?
    }

    public var bars: [Bar]
    /// The value of a full-width bar; nil uses the largest value or comparison.
    public var maxValue: Double?
    public var valueDecimals: Int
    /// Appended to every value ("%", " per 100k").
    public var unit: String

    public init(bars: [Bar], maxValue: Double? = nil, valueDecimals: Int = 1, unit: String = "") {
        self.bars = bars
        self.maxValue = maxValue
        self.valueDecimals = valueDecimals
        self.unit = unit
    }

    /// Rows per bar: two when any bar has a comparison, so rows stay aligned.
    public var rowsPerBar: Int {
        bars.contains { $0.comparison != nil } ? 2 : 1
    }

    /// Draws one bar per row (two with comparisons) from the top of `rect`; bars that do not
    /// fit are cut. Labels may take up to half the width, since a label says what its bar is
    /// (a checkpoint's span and source) and half the width still compares lengths well.
    /// Narrow rects lose the labels first, then the values, never the bars.
    public func draw(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet) {
        guard !rect.isEmpty, !bars.isEmpty else { return }
        let perRow = rowsPerBar
        let texts = bars.flatMap { perRow == 2 ? [text(for: $0.value), text(for: $0.comparison)] : [text(for: $0.value)] }
        var valueWidth = texts.map(DisplayWidth.of).max() ?? 0
        var labelWidth = min(bars.map { DisplayWidth.of(SafeText.sanitize($0.label)) }.max() ?? 0, rect.width / 2)
        var barWidth = rect.width - labelWidth - valueWidth - 2
        if barWidth < 1 {
            labelWidth = max(0, rect.width - valueWidth - 3)
            barWidth = rect.width - labelWidth - valueWidth - 2
        }
        if barWidth < 1 {
            labelWidth = 0
            valueWidth = 0
            barWidth = rect.width
        }
        let barX = rect.x + (labelWidth > 0 ? labelWidth + 1 : 0)
        let valueX = barX + barWidth + 1
        let scale = maxValue ?? bars.flatMap { [$0.value, $0.comparison] }.compactMap { $0 }.filter(\.isFinite).max() ?? 0
        for (index, bar) in bars.enumerated() {
            let y = rect.y + index * perRow
            guard y < rect.maxY else { break }
            if labelWidth > 0 {
                let label = TextFit.pad(bar.label, to: labelWidth, alignment: .left, ellipsis: glyphs.ellipsis)
                canvas.put(label, x: rect.x, y: y, style: theme.text, clip: rect)
            }
            let rows: [(Double?, Style, Style, Bool)] = [
                (bar.value, bar.style ?? theme.accent, theme.text, true),
                (bar.comparison, theme.muted, theme.muted, perRow == 2),
            ]
            for (offset, row) in rows.enumerated() where row.3 {
                let rowY = y + offset
                drawBar(row.0, scale: scale, into: &canvas, x: barX, y: rowY, width: barWidth, style: row.1,
                        clip: rect, theme: theme, glyphs: glyphs)
                if valueWidth > 0 {
                    let value = TextFit.pad(text(for: row.0), to: valueWidth, alignment: .right, ellipsis: glyphs.ellipsis)
                    canvas.put(value, x: valueX, y: rowY, style: row.0 == nil ? theme.gap : row.2, clip: rect)
                }
            }
        }
    }

    private func text(for value: Double?) -> String {
        guard let value, value.isFinite else { return Format.missing }
        return NumberText.grouped(value, decimals: valueDecimals) + unit
    }

    private func drawBar(_ value: Double?, scale: Double, into canvas: inout Canvas, x: Int, y: Int, width: Int,
                         style: Style, clip: Rect, theme: Theme, glyphs: GlyphSet) {
        let barClip = Rect(x: x, y: y, width: width, height: 1).intersection(clip)
        guard let value, value.isFinite else {
            canvas.put(glyphs.gap, x: x, y: y, style: theme.gap, clip: barClip)
            return
        }
        guard scale > 0 else { return }
        let cells = min(1, max(0, value / scale)) * Double(width)
        canvas.put(glyphs.bar(cells: cells), x: x, y: y, style: style, clip: barClip)
    }
}
