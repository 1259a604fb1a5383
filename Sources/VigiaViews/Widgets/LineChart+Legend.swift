/// The chart's legend: the cursor's x, then each series' swatch, name and value at the cursor,
/// wrapped onto further rows rather than cut ("━ PAN 1" with eight countries picked).
extension LineChart {
    /// The gap between two legend items.
    static let legendGap = 2

    /// The text of one series' legend item after its swatch: "MEX 32,252".
    func legendText(_ item: Series) -> String {
        var text = SafeText.sanitize(item.name)
        if let cursorX { text += " " + NumberText.grouped(Self.value(of: item, at: cursorX), decimals: valueDecimals) }
        return text
    }

    /// The cursor's label leading the first row: "2023:".
    private var cursorLabel: String? {
        cursorX.map { NumberText.tick($0, step: 1) + ":" }
    }

    /// The series indexes on each legend row for a chart `width` columns wide: items are
    /// never split, and a row holds as many as fit.
    func legendLines(width: Int) -> [[Int]] {
        var lines: [[Int]] = [[]]
        var used = cursorLabel.map { DisplayWidth.of($0) + 1 } ?? 0
        for (index, item) in series.enumerated() {
            let itemWidth = 2 + DisplayWidth.of(legendText(item))
            let gap = lines[lines.count - 1].isEmpty ? 0 : Self.legendGap
            if used + gap + itemWidth > width, !lines[lines.count - 1].isEmpty {
                lines.append([])
                used = 0
            }
            used += (lines[lines.count - 1].isEmpty ? 0 : Self.legendGap) + itemWidth
            lines[lines.count - 1].append(index)
        }
        return lines
    }

    func drawLegend(into canvas: inout Canvas, row: Int, rows: Int, clip: Rect, theme: Theme, glyphs: GlyphSet) {
        for (line, indexes) in legendLines(width: clip.width).prefix(max(1, rows)).enumerated() {
            var x = clip.x
            let y = row + line
            if line == 0, let label = cursorLabel {
                x += canvas.put(label, x: x, y: y, style: theme.header, clip: clip) + 1
            }
            for (position, index) in indexes.enumerated() {
                if position > 0 { x += Self.legendGap }
                let item = series[index]
                x += canvas.put(glyphs.legendLine, x: x, y: y, style: item.style ?? theme.series(index), clip: clip) + 1
                x += canvas.put(SafeText.sanitize(item.name), x: x, y: y, style: theme.text, clip: clip)
                if let cursorX {
                    let value = Self.value(of: item, at: cursorX)
                    x += 1 + canvas.put(NumberText.grouped(value, decimals: valueDecimals), x: x + 1, y: y,
                                        style: value == nil ? theme.gap : theme.text, clip: clip)
                }
            }
        }
    }
}
