/// Labelled percent bars on a full track, stacked: e.g. the region's share of world
/// homicides above its share of world population, so the disproportion is seen at once.
///
/// Each bar is drawn against a visible track (the whole is 100%), unlike `BarChart`, whose
/// bars are relative to the largest value.
public struct Gauge: Hashable, Sendable {
    /// One labelled share.
    public struct Row: Hashable, Sendable {
        public var label: String
        /// The filled share, 0…1 (clamped); nil shows "n/a" on an empty track.
        public var fraction: Double?
        /// Text after the bar; nil shows the percentage with one decimal.
        public var text: String?
        /// Bar style; nil uses the theme's series colour for the row's position.
        public var style: Style?
    }

    public var rows: [Row]

    /// Draws one row per share: label, track with the filled part, then the text.
    public func draw(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        let texts = rows.map(text(for:))
        let valueWidth = texts.map(DisplayWidth.of).max() ?? 0
        let labelWidth = min(rows.map { DisplayWidth.of(SafeText.sanitize($0.label)) }.max() ?? 0, rect.width / 3)
        let trackX = rect.x + (labelWidth > 0 ? labelWidth + 1 : 0)
        let trackWidth = rect.maxX - trackX - valueWidth - 1
        for (index, row) in rows.enumerated() {
            let y = rect.y + index
            guard y < rect.maxY else { break }
            if labelWidth > 0 {
                let label = TextFit.pad(row.label, to: labelWidth, alignment: .left, ellipsis: glyphs.ellipsis)
                canvas.put(label, x: rect.x, y: y, style: theme.text, clip: rect)
            }
            guard trackWidth >= 1 else { continue }
            let track = Rect(x: trackX, y: y, width: trackWidth, height: 1).intersection(rect)
            var filled = 0
            if let fraction = row.fraction, fraction.isFinite {
                let bar = glyphs.bar(cells: min(1, max(0, fraction)) * Double(trackWidth))
                filled = canvas.put(bar, x: trackX, y: y, style: row.style ?? theme.series(index), clip: track)
            }
            for x in trackX + filled..<trackX + trackWidth {
                canvas.put(glyphs.gaugeTrack, x: x, y: y, style: theme.muted, clip: track)
            }
            canvas.put(TextFit.pad(texts[index], to: valueWidth, alignment: .right, ellipsis: glyphs.ellipsis),
                       x: trackX + trackWidth + 1, y: y, style: row.fraction == nil ? theme.gap : theme.text, clip: rect)
        }
    }

    private func text(for row: Row) -> String {
        if let text = row.text { return SafeText.sanitize(text) }
        guard let fraction = row.fraction, fraction.isFinite else { return Format.missing }
        return NumberText.fixed(fraction * 100, decimals: 1) + "%"
    }
}
