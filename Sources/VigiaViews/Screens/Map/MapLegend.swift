import VigiaModel

/// The map's side panel: the selected country with its rate and source, then the scale's
/// classes with their ranges, drawn with the same dots or characters as the map.
struct MapLegend {
    let context: ScreenContext
    let selected: String?

    func draw(into canvas: inout Canvas, in rect: Rect) {
        let theme = context.theme
        // The selection wraps (a citation is read in full); the scale's lines fit by design.
        var lines: [(text: String, style: Style)] = selectionLines().flatMap { line in
            TextBlock(line.text).lines(width: rect.width).map { (text: $0.map(\.text).joined(), style: line.style) }
        }
        lines.append(("", .plain))
        lines.append(("Rate per 100k in \(context.state.year)", theme.header))
        for level in 0..<MapClasses.count {
            lines.append(("\(sample(level)) \(level + 1)  \(MapClasses.label(level))", theme.sequential[level]))
        }
        lines.append(("\(noDataSample)    no data", theme.gap))
        lines.append(("1–5 \(MapPicture.noDataMarker)  marks a small country", theme.muted))
        lines.append(("", .plain))
        lines.append(("arrows  the nearest country", theme.muted))
        lines.append(("[ ]     earlier, later year", theme.muted))
        lines.append(("Enter   open the country", theme.muted))
        for (row, line) in lines.prefix(rect.height).enumerated() {
            _ = canvas.put(TextFit.truncate(line.text, to: rect.width, ellipsis: context.glyphs.ellipsis), x: rect.x, y: rect.y + row, style: line.style)
        }
    }

    /// The scale in as few rows of `width` as it fits in, for a map too narrow for the side
    /// panel: each class's fill and range, then "no data", in the classes' styles.
    func compactRows(width: Int) -> [[(text: String, style: Style)]] {
        let theme = context.theme
        var items: [(text: String, style: Style)] = (0..<MapClasses.count).map { level in
            ("\(sample(level)) \(level + 1) \(MapClasses.label(level))", theme.sequential[level])
        }
        items.append(("\(noDataSample) no data", theme.gap))
        var rows: [[(text: String, style: Style)]] = [[]]
        var used = 0
        for item in items {
            let cells = DisplayWidth.of(item.text)
            if used > 0, used + 2 + cells > width {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append((used == 0 ? item.text : "  " + item.text, item.style))
            used += (used == 0 ? 0 : 2) + cells
        }
        return rows
    }

    /// The selected country, its rate this year and where the rate comes from.
    private func selectionLines() -> [(text: String, style: Style)] {
        let theme = context.theme
        guard let selected else { return [("No country selected", theme.muted)] }
        let dataset = context.dataset
        let year = context.state.year
        var lines: [(String, Style)] = [(dataset.areaName(selected), theme.title)]
        if let record = dataset.series(selected, .ratePer100k).record(in: year) {
            let level = MapClasses.index(of: record.value).map { " (class \($0 + 1))" } ?? ""
            lines.append(("\(Format.rate(record.value)) per 100k\(level)", theme.text))
            lines.append((dataset.citation(record.source), theme.muted))
        } else {
            lines.append(("no rate for \(year)", theme.gap))
        }
        return lines
    }

    /// Two cells of a class's fill.
    private func sample(_ level: Int) -> String {
        switch context.glyphs.dots {
        case .braille: return String(repeating: context.glyphs.dots.glyph(MapPicture.classMasks[level]), count: 2)
        case .ascii: return String(repeating: MapPicture.asciiShades[level], count: 2)
        }
    }

    /// Two cells of an outline with nothing inside.
    private var noDataSample: String {
        switch context.glyphs.dots {
        case .braille: return context.glyphs.dots.glyph(0b0101_0101) + context.glyphs.dots.glyph(0b1010_1010)
        case .ascii: return String(repeating: MapPicture.asciiNoData, count: 2)
        }
    }
}
