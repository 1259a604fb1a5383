/// A multi-series line chart on a dot grid: braille (2×4 dots per cell) in Unicode, a 1×2
/// grid of `.` `'` `:` in ASCII.
///
/// Built for homicide trends: several countries, a year cursor with the value of each
/// series, decree periods shaded behind the lines, and events marked on the axis. The
/// pixel mapping is fixed (see `layout(in:glyphs:)`), so tests can assert glyphs.
public struct LineChart: Hashable, Sendable {
    /// Where each part of the chart goes in a rect, and how data maps to dots.
    public struct Layout: Hashable, Sendable {
        /// The cells the lines are plotted in.
        public var plot: Rect
        /// The legend's first row, if there is room.
        public var legendRow: Int?
        /// How many rows the legend wraps onto (0 without a legend): enough for every series
        /// when the chart has the height, so no series' name and value are cut.
        public var legendRows: Int = 0
        /// The x-axis row (axis line and markers), if there is room.
        public var axisRow: Int?
        /// The x-label row, if there is room.
        public var labelRow: Int?
        /// Columns for the y labels; 0 when the chart is too narrow for an axis.
        public var yLabelWidth: Int
        public var xRange: ClosedRange<Double>
        public var yScale: NiceScale
        public var dots: GlyphSet.Dots

        /// Dots across the plot.
        public var pixelWidth: Int { plot.width * dots.columns }
        /// Dots down the plot.
        public var pixelHeight: Int { plot.height * dots.rows }

        /// The dot column of `x` (0 at the left edge); may fall outside the plot.
        public func pixelX(_ x: Double) -> Int {
            Self.integer(exactPixelX(x))
        }

        /// The dot row of `y` counted from the bottom (0 at the bottom edge); may fall outside.
        public func pixelY(_ y: Double) -> Int {
            Self.integer(exactPixelY(y))
        }

        /// `pixelX` before rounding, so lines can be clipped before they are rasterised.
        fileprivate func exactPixelX(_ x: Double) -> Double {
            let span = xRange.upperBound - xRange.lowerBound
            guard span > 0 else { return Double((pixelWidth - 1) / 2) }
            return (x - xRange.lowerBound) / span * Double(pixelWidth - 1)
        }

        fileprivate func exactPixelY(_ y: Double) -> Double {
            let span = yScale.upper - yScale.lower
            guard span > 0 else { return 0 }
            return (y - yScale.lower) / span * Double(pixelHeight - 1)
        }

        /// Rounds a pixel coordinate, bounded so absurd data (1e300, NaN) cannot trap.
        fileprivate static func integer(_ value: Double) -> Int {
            guard value.isFinite else { return value > 0 ? 1_000_000_000 : -1_000_000_000 }
            return Int(min(max(value.rounded(), -1_000_000_000), 1_000_000_000))
        }

        /// The canvas column holding the dots of `x`.
        public func column(of x: Double) -> Int {
            plot.x + Self.floorDivide(pixelX(x), dots.columns)
        }

        /// The canvas row holding the dots of `y`.
        public func row(of y: Double) -> Int {
            plot.maxY - 1 - Self.floorDivide(pixelY(y), dots.rows)
        }

        fileprivate static func floorDivide(_ a: Int, _ b: Int) -> Int {
            a >= 0 ? a / b : -((-a + b - 1) / b)
        }
    }

    public var series: [Series]
    /// The x range shown; nil uses the data's min…max.
    public var xRange: ClosedRange<Double>?
    /// The y range shown, exactly; nil rounds the data's range to nice ticks.
    public var yRange: ClosedRange<Double>?
    /// Whether an automatic y range starts at zero (honest for rates and counts).
    public var includesZero: Bool
    /// The x under the cursor: its column is highlighted and the legend reads each series' value there.
    public var cursorX: Double?
    public var intervals: [Interval]
    public var markers: [Marker]
    public var showsLegend: Bool
    /// Whether to draw the y labels, axis lines and x labels; off for small inline charts.
    public var showsAxes: Bool
    /// Decimals of the cursor readout.
    public var valueDecimals: Int

    public init(series: [Series], xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                includesZero: Bool = true, cursorX: Double? = nil, intervals: [Interval] = [],
                markers: [Marker] = [], showsLegend: Bool = true, showsAxes: Bool = true, valueDecimals: Int = 1) {
        self.series = series
        self.xRange = xRange
        self.yRange = yRange
        self.includesZero = includesZero
        self.cursorX = cursorX
        self.intervals = intervals
        self.markers = markers
        self.showsLegend = showsLegend
        self.showsAxes = showsAxes
        self.valueDecimals = valueDecimals
    }

    /// The layout in `rect`, or nil when there is no room for even one plot cell.
    ///
    /// Rows from the bottom: x labels (from 3 rows), the axis (from 2 rows), the plot, and the
    /// legend on top (from 4 rows). The y labels and axis line take the left columns when at
    /// least two plot columns remain. Without axes the plot takes every row but the legend.
    public func layout(in rect: Rect, glyphs: GlyphSet) -> Layout? {
        guard !rect.isEmpty else { return nil }
        let legendRow = showsLegend && rect.height >= 4 ? rect.y : nil
        // The legend wraps onto as many rows as it needs while the plot keeps three or more.
        let legendRows = legendRow == nil ? 0 : max(1, min(legendLines(width: rect.width).count, rect.height - 5))
        var rows = rect.height - legendRows
        let labelRow = showsAxes && rows >= 3 ? rect.maxY - 1 : nil
        if labelRow != nil { rows -= 1 }
        let axisRow = showsAxes && rows >= 2 ? rect.y + legendRows + rows - 1 : nil
        if axisRow != nil { rows -= 1 }
        guard rows >= 1 else { return nil }
        let yScale = self.yScale(plotRows: rows)
        let tickWidth = yScale.ticks.map { DisplayWidth.of(NumberText.tick($0, step: yScale.step)) }.max() ?? 0
        let labelWidth = showsAxes && rect.width >= tickWidth + 3 ? tickWidth : 0
        let axisColumns = labelWidth > 0 ? labelWidth + 1 : 0
        let plot = Rect(x: rect.x + axisColumns, y: rect.y + legendRows,
                        width: rect.width - axisColumns, height: rows)
        return Layout(plot: plot, legendRow: legendRow, legendRows: legendRows, axisRow: axisRow, labelRow: labelRow,
                      yLabelWidth: labelWidth, xRange: resolvedXRange(), yScale: yScale, dots: glyphs.dots)
    }

    /// The value of `series` at exactly `x`, nil when it has no point there or the point is a gap.
    public static func value(of series: Series, at x: Double) -> Double? {
        series.points.first { abs($0.x - x) < 1e-9 }?.y.flatMap { $0.isFinite ? $0 : nil }
    }

    /// Draws axes, legend, lines, shading, cursor and markers into `rect` (see `layout(in:glyphs:)`
    /// for what is dropped when it is small).
    public func draw(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet) {
        guard let layout = layout(in: rect, glyphs: glyphs) else { return }
        drawYAxis(into: &canvas, layout: layout, clip: rect, theme: theme, glyphs: glyphs)
        if let row = layout.axisRow { drawXAxis(into: &canvas, row: row, layout: layout, clip: rect, theme: theme, glyphs: glyphs) }
        if let row = layout.labelRow { drawXLabels(into: &canvas, row: row, layout: layout, clip: rect, theme: theme) }
        if let row = layout.legendRow { drawLegend(into: &canvas, row: row, rows: layout.legendRows, clip: rect, theme: theme, glyphs: glyphs) }
        let hasData = series.contains { $0.points.contains { $0.y?.isFinite == true } }
        if hasData {
            plotLines(into: &canvas, layout: layout, clip: rect, theme: theme, glyphs: glyphs)
        } else {
            canvas.put(TextFit.truncate("no data", to: layout.plot.width, ellipsis: glyphs.ellipsis),
                       x: layout.plot.x, y: layout.plot.y, style: theme.gap, clip: rect)
        }
        for interval in intervals {
            let columns = columnSpan(interval, layout: layout)
            let shade = interval.style ?? theme.shade
            canvas.restyle(Rect(x: columns.lowerBound, y: layout.plot.y, width: columns.count, height: layout.plot.height),
                           clip: layout.plot.intersection(rect)) { Self.layer(shade, over: $0) }
        }
        if let cursorX, layout.xRange.contains(cursorX) {
            let column = layout.column(of: cursorX)
            canvas.restyle(Rect(x: column, y: layout.plot.y, width: 1, height: layout.plot.height),
                           clip: layout.plot.intersection(rect)) { Self.layer(theme.chartCursor, over: $0) }
        }
    }

    // MARK: - Parts

    private func resolvedXRange() -> ClosedRange<Double> {
        if let xRange { return xRange }
        let xs = series.flatMap { $0.points.map(\.x) }.filter(\.isFinite)
        guard let low = xs.min(), let high = xs.max() else { return 0...1 }
        return low...high
    }

    private func yScale(plotRows: Int) -> NiceScale {
        if let yRange {
            var scale = NiceScale(low: yRange.lowerBound, high: yRange.upperBound, maxTicks: max(2, plotRows / 2 + 1))
            scale.lower = yRange.lowerBound
            scale.upper = yRange.upperBound
            return scale
        }
        let ys = series.flatMap { $0.points.compactMap(\.y) }.filter(\.isFinite)
        var low = ys.min() ?? 0, high = ys.max() ?? 1
        if includesZero { low = min(low, 0); high = max(high, 0) }
        return NiceScale(low: low, high: high, maxTicks: max(2, plotRows / 2 + 1))
    }

    /// A shading or cursor style laid over a cell's own: its background and attributes win,
    /// the cell keeps its foreground so lines stay in their series colour.
    private static func layer(_ overlay: Style, over base: Style) -> Style {
        var style = base
        if overlay.background != .standard { style.background = overlay.background }
        if overlay.foreground != .standard, base.foreground == .standard { style.foreground = overlay.foreground }
        style.attributes.formUnion(overlay.attributes)
        return style
    }

    /// The plot columns an interval covers, clamped to the plot (empty when it lies outside).
    private func columnSpan(_ interval: Interval, layout: Layout) -> Range<Int> {
        let low = min(interval.start, interval.end), high = max(interval.start, interval.end)
        let first = max(layout.column(of: low), layout.plot.x)
        let last = min(layout.column(of: high), layout.plot.maxX - 1)
        return first..<max(first, last + 1)
    }

    private func drawYAxis(into canvas: inout Canvas, layout: Layout, clip: Rect, theme: Theme, glyphs: GlyphSet) {
        guard layout.yLabelWidth > 0 else { return }
        let axisX = layout.plot.x - 1
        for y in layout.plot.y..<layout.plot.maxY {
            canvas.put(glyphs.box.vertical, x: axisX, y: y, style: theme.border, clip: clip)
        }
        var usedRows = Set<Int>()
        for tick in layout.yScale.ticks {
            let y = layout.row(of: tick)
            guard y >= layout.plot.y, y < layout.plot.maxY, usedRows.insert(y).inserted else { continue }
            let label = TextFit.pad(NumberText.tick(tick, step: layout.yScale.step), to: layout.yLabelWidth,
                                    alignment: .right, ellipsis: glyphs.ellipsis)
            canvas.put(label, x: axisX - layout.yLabelWidth, y: y, style: theme.muted, clip: clip)
            canvas.put(glyphs.box.rightTee, x: axisX, y: y, style: theme.border, clip: clip)
        }
        if let row = layout.axisRow {
            canvas.put(glyphs.box.bottomLeft, x: axisX, y: row, style: theme.border, clip: clip)
        }
    }

    private func drawXAxis(into canvas: inout Canvas, row: Int, layout: Layout, clip: Rect, theme: Theme, glyphs: GlyphSet) {
        let plot = layout.plot
        for x in plot.x..<plot.maxX {
            canvas.put(glyphs.box.horizontal, x: x, y: row, style: theme.border, clip: clip)
        }
        for tick in xTicks(layout: layout) {
            canvas.put(glyphs.box.bottomTee, x: layout.column(of: tick), y: row, style: theme.border, clip: clip)
        }
        for interval in intervals {
            for x in columnSpan(interval, layout: layout) {
                canvas.put(glyphs.shadedAxis, x: x, y: row, style: theme.decree, clip: clip)
            }
        }
        for marker in markers where layout.xRange.contains(marker.x) {
            canvas.put(marker.kind.glyph(in: glyphs), x: layout.column(of: marker.x), y: row,
                       style: marker.kind.style(in: theme), clip: clip)
        }
    }

    /// Whole-number x ticks (years) at the smallest round step whose labels do not collide.
    private func xTicks(layout: Layout) -> [Double] {
        let range = layout.xRange
        let labelWidth = max(DisplayWidth.of(NumberText.tick(range.lowerBound, step: 1)),
                             DisplayWidth.of(NumberText.tick(range.upperBound, step: 1)))
        var step = 1.0
        while step < 1e9 {
            for factor in [1.0, 2.0, 5.0] {
                let candidate = step * factor
                let first = (range.lowerBound / candidate).rounded(.up) * candidate
                let ticks = stride(from: first, through: range.upperBound, by: candidate).map { $0 }
                let columns = ticks.map(layout.column(of:))
                let spaced = zip(columns, columns.dropFirst()).allSatisfy { $1 - $0 > labelWidth }
                if spaced { return ticks }
            }
            step *= 10
        }
        return []
    }

    private func drawXLabels(into canvas: inout Canvas, row: Int, layout: Layout, clip: Rect, theme: Theme) {
        let plot = layout.plot
        var nextFree = plot.x
        for tick in xTicks(layout: layout) {
            let text = NumberText.tick(tick, step: 1)
            let width = DisplayWidth.of(text)
            let start = min(max(layout.column(of: tick) - width / 2, plot.x), plot.maxX - width)
            guard start >= nextFree else { continue }
            canvas.put(text, x: start, y: row, style: theme.muted, clip: clip)
            nextFree = start + width + 1
        }
    }

    private func plotLines(into canvas: inout Canvas, layout: Layout, clip: Rect, theme: Theme, glyphs: GlyphSet) {
        let plot = layout.plot
        let dots = layout.dots
        var masks = [UInt8](repeating: 0, count: plot.width * plot.height)
        var owners = [Style?](repeating: nil, count: plot.width * plot.height)
        for (index, item) in series.enumerated() {
            let style = item.style ?? theme.series(index)
            let light = { (px: Int, py: Int) in
                guard px >= 0, py >= 0, px < layout.pixelWidth, py < layout.pixelHeight else { return }
                let column = px / dots.columns
                let rowFromBottom = py / dots.rows
                let cell = (plot.height - 1 - rowFromBottom) * plot.width + column
                let bit = (dots.rows - 1 - py % dots.rows) * dots.columns + px % dots.columns
                masks[cell] |= 1 << bit
                owners[cell] = style
            }
            var previous: (Double, Double)?
            for point in item.points.sorted(by: { $0.x < $1.x }) {
                guard let y = point.y, y.isFinite, point.x.isFinite else {
                    previous = nil
                    continue
                }
                let current = (layout.exactPixelX(point.x), layout.exactPixelY(y))
                let from = point.startsStretch ? current : previous ?? current
                let segment = Self.clip(from: from, to: current,
                                        width: Double(layout.pixelWidth), height: Double(layout.pixelHeight))
                if let (start, end) = segment {
                    Self.line(from: (Layout.integer(start.0), Layout.integer(start.1)),
                              to: (Layout.integer(end.0), Layout.integer(end.1)), light)
                }
                previous = current
            }
        }
        for row in 0..<plot.height {
            for column in 0..<plot.width {
                let cell = row * plot.width + column
                guard masks[cell] != 0, let style = owners[cell] else { continue }
                canvas.put(dots.glyph(masks[cell]), x: plot.x + column, y: plot.y + row, style: style, clip: clip)
            }
        }
    }

    /// The part of a segment inside the dot grid (Liang–Barsky), so a value far off the scale
    /// costs no more to draw than one on it; nil when the segment misses the grid.
    private static func clip(from a: (Double, Double), to b: (Double, Double), width: Double,
                             height: Double) -> ((Double, Double), (Double, Double))? {
        let dx = b.0 - a.0, dy = b.1 - a.1
        var t0 = 0.0, t1 = 1.0
        let edges = [(-dx, a.0 + 0.5), (dx, width - 0.5 - a.0), (-dy, a.1 + 0.5), (dy, height - 0.5 - a.1)]
        for (p, q) in edges {
            if p == 0 {
                if q < 0 { return nil }
                continue
            }
            let r = q / p
            if p < 0 {
                if r > t1 { return nil }
                t0 = max(t0, r)
            } else {
                if r < t0 { return nil }
                t1 = min(t1, r)
            }
        }
        guard t0.isFinite, t1.isFinite else { return nil }
        return ((a.0 + t0 * dx, a.1 + t0 * dy), (a.0 + t1 * dx, a.1 + t1 * dy))
    }

    /// Bresenham's line between two dots, both ends included.
    private static func line(from start: (Int, Int), to end: (Int, Int), _ light: (Int, Int) -> Void) {
        var (x, y) = start
        let dx = abs(end.0 - x), dy = -abs(end.1 - y)
        let sx = x < end.0 ? 1 : -1, sy = y < end.1 ? 1 : -1
        var error = dx + dy
        while true {
            light(x, y)
            if x == end.0 && y == end.1 { return }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += sx }
            if doubled <= dx { error += dx; y += sy }
        }
    }
}
