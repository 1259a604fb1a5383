import VigiaModel

/// The region as cells: every country filled by its class, sea blank, the selected country
/// outlined and highlighted, and countries too small to cover a cell shown by a marker.
///
/// With braille each cell holds 2×4 dots: a class is a density of dots (one in eight for the
/// lowest, all eight for the highest), so the scale reads without colour; coasts and the
/// outlines of countries without data are drawn dot by dot, and borders between two countries
/// with data are left as a line of unlit dots. In ASCII each cell is one shading character.
struct MapPicture {
    let outlines: [CountryOutline]
    /// The class of each outline (`MapClasses`); nil for no data.
    let classes: [Int?]
    /// The selected outline's index.
    let selected: Int?
    /// Outlines that get a marker when they cover fewer than two cells, too few to read their
    /// fill (those the data set covers).
    let markable: Set<Int>

    /// Braille dots of one cell for each class, bit `row * 2 + column`: 1, 2, 4, 6 and 8 dots.
    static let classMasks: [UInt8] = [0b0000_0100, 0b1000_0100, 0b1001_1001, 0b1011_1101, 0b1111_1111]
    /// ASCII shading for each class, lightest first, and for no data.
    static let asciiShades = [".", ":", "+", "%", "@"]
    static let asciiNoData = "-"
    /// A small country's marker: its class number (as the legend lists it), or this for no data.
    static let noDataMarker = "?"

    /// The marker of outline `index`: "1"…"5", or `noDataMarker`.
    func marker(_ index: Int) -> String {
        classes[index].map { String($0 + 1) } ?? Self.noDataMarker
    }

    func draw(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet) {
        guard rect.width > 0, rect.height > 0 else { return }
        let dots = glyphs.dots
        let raster = MapRaster(outlines: outlines, width: rect.width * dots.columns, height: rect.height * dots.rows)
        var cellsOwned = Array(repeating: 0, count: outlines.count)
        for row in 0..<rect.height {
            for column in 0..<rect.width {
                guard let cell = cell(column, row, raster: raster, dots: dots, theme: theme) else { continue }
                if let owner = cell.owner { cellsOwned[owner] += 1 }
                canvas.put(cell.text, x: rect.x + column, y: rect.y + row, style: cell.style)
            }
        }
        for index in outlines.indices where markable.contains(index) && cellsOwned[index] < 2 {
            let point = raster.project(outlines[index].center)
            let x = min(max(0, Int(point.x) / dots.columns), rect.width - 1)
            let y = min(max(0, Int(point.y) / dots.rows), rect.height - 1)
            canvas.put(marker(index), x: rect.x + x, y: rect.y + y, style: index == selected ? theme.selection : style(for: index, theme: theme).adding(.bold))
        }
    }

    /// The glyph and style of one cell; nil for open sea.
    private func cell(_ column: Int, _ row: Int, raster: MapRaster, dots: GlyphSet.Dots, theme: Theme) -> (text: String, style: Style, owner: Int?)? {
        var counts: [(owner: Int, dots: Int)] = []
        var mask: UInt8 = 0
        var touchesSelection = false
        for dy in 0..<dots.rows {
            for dx in 0..<dots.columns {
                let x = column * dots.columns + dx, y = row * dots.rows + dy
                let owner = raster.owner(x, y)
                guard owner >= 0 else { continue }
                if owner == selected { touchesSelection = true }
                if let slot = counts.firstIndex(where: { $0.owner == owner }) { counts[slot].dots += 1 } else { counts.append((owner, 1)) }
                if dots == .braille, isLit(x, y, owner: owner, raster: raster, bit: dy * dots.columns + dx) { mask |= 1 << UInt8(dy * dots.columns + dx) }
            }
        }
        guard let majority = counts.max(by: { $0.dots < $1.dots })?.owner else { return nil }
        let shown = touchesSelection ? selected ?? majority : majority
        let text: String
        switch dots {
        case .braille: text = dots.glyph(mask)
        case .ascii: text = classes[shown].map { Self.asciiShades[$0] } ?? Self.asciiNoData
        }
        return (text, style(for: shown, theme: theme), majority)
    }

    /// Whether a braille dot of `owner` is lit: its class's density inside, its outline where
    /// it meets the sea, a country without data or the selected country.
    private func isLit(_ x: Int, _ y: Int, owner: Int, raster: MapRaster, bit: Int) -> Bool {
        var edge = false
        for (nx, ny) in [(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)] {
            let neighbour = raster.owner(nx, ny)
            guard neighbour != owner else { continue }
            if neighbour < 0 || classes[owner] == nil || owner == selected || classes[neighbour] == nil || neighbour == selected { return true }
            edge = true
        }
        guard !edge, let level = classes[owner] else { return false }
        return Self.classMasks[level] & (1 << UInt8(bit)) != 0
    }

    private func style(for index: Int, theme: Theme) -> Style {
        if index == selected { return theme.selection }
        return classes[index].map { theme.sequential[$0] } ?? theme.gap
    }
}
