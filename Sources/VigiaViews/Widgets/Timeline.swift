import Foundation

/// Rows of periods and markers against a calendar axis, with zoom and pan.
///
/// Built for emergency decrees: a state of exception and its chained extensions as bars
/// (distinct fills, so the chain reads without colour), a decree with no stated end drawn
/// in its fill on its start day only and as unknown from then to "today", where an open-end
/// glyph sits, and events and court rulings as markers on top.
/// Anything outside the window is clipped, but a marker exactly on a window edge stays
/// visible, because an event on the first or last visible day still matters.
public struct Timeline: Hashable, Sendable {
    /// Axis granularity, chosen from how many days one column spans.
    public enum Zoom: Hashable, Sendable, CaseIterable {
        case years
        case months
        case days

        /// Days per column when zooming to this level.
        public var daysPerColumn: Double {
            switch self {
            case .years: return 365.25 / 12
            case .months: return 4
            case .days: return 1
            }
        }

        /// The level whose labels fit a scale of `daysPerColumn`.
        public init(daysPerColumn: Double) {
            if daysPerColumn > 15 {
                self = .years
            } else if daysPerColumn > 2 {
                self = .months
            } else {
                self = .days
            }
        }
    }

    /// The visible span of days, `start...end`.
    public struct Window: Hashable, Sendable {
        public var start: Double
        public var end: Double

        public init(start: Double, end: Double) {
            self.start = min(start, end)
            self.end = max(start, end)
        }

        /// A window between two instants (their UTC days).
        public init(start: Date, end: Date) {
            self.init(start: CalendarDay.number(of: start), end: CalendarDay.number(of: end))
        }

        /// A window at `zoom`'s scale for a track `columns` wide, centred on `day`.
        public init(zoom: Zoom, centeredOn day: Double, columns: Int) {
            let half = zoom.daysPerColumn * Double(max(1, columns)) / 2
            self.init(start: day - half, end: day + half)
        }

        public var span: Double { end - start }
        public var center: Double { (start + end) / 2 }

        /// The zoom level this window shows in a track `columns` wide.
        public func zoom(columns: Int) -> Zoom {
            Zoom(daysPerColumn: span / Double(max(1, columns)))
        }

        /// The same centre at another zoom level.
        public func zoomed(to zoom: Zoom, columns: Int) -> Window {
            Window(zoom: zoom, centeredOn: center, columns: columns)
        }

        /// Moved by `fraction` of its span (negative is earlier), e.g. ±0.25 per key press.
        public func panned(by fraction: Double) -> Window {
            Window(start: start + span * fraction, end: end + span * fraction)
        }
    }

    /// Which kind of period a bar is, deciding its fill glyph and theme role.
    public enum PeriodRole: Hashable, Sendable {
        /// The decree itself.
        case decree
        /// An extension chained after it.
        case extensionPeriod
        /// A stretch renewed without a break whose renewals are not itemised: in force.
        case continuous
        /// A stretch inside a chain that no record covers: neither in force nor lifted.
        case unknown

        /// Lower layers are drawn first, so an itemised period shows over the continuous
        /// stretch it sits in, and anything known shows over the unknown.
        var layer: Int {
            switch self {
            case .unknown: return 0
            case .continuous: return 1
            case .decree, .extensionPeriod: return 2
            }
        }

        /// The fill glyph, distinct per role so the roles read without colour.
        func fill(in glyphs: GlyphSet) -> String {
            switch self {
            case .decree: return glyphs.periodFill
            case .extensionPeriod: return glyphs.extensionFill
            case .continuous: return glyphs.continuousFill
            case .unknown: return glyphs.unknownFill
            }
        }

        func style(in theme: Theme) -> Style {
            switch self {
            case .decree: return theme.decree
            case .extensionPeriod, .continuous: return theme.extensionPeriod
            case .unknown: return theme.gap
            }
        }
    }

    /// Something drawn on a row: a bar over days, or a marker on one day.
    public enum Item: Hashable, Sendable {
        /// Days `start` through `end` inclusive; with a nil `end` the data states no end, so only
        /// the start is known and the rest, to `today`, is drawn as unknown.
        case period(start: Double, end: Double?, role: PeriodRole)
        case marker(at: Double, kind: MarkerKind)
    }

    /// One labelled row, e.g. a country or a decree.
    public struct Row: Hashable, Sendable {
        public var label: String
        public var items: [Item]

        public init(label: String, items: [Item]) {
            self.label = label
            self.items = items
        }
    }

    public var rows: [Row]
    public var window: Window
    /// Where open periods end.
    public var today: Double
    public var selectedIndex: Int?

    public init(rows: [Row], window: Window, today: Double, selectedIndex: Int? = nil) {
        self.rows = rows
        self.window = window
        self.today = today
        self.selectedIndex = selectedIndex
    }

    /// The track column (0-based) of `day` in a track `width` wide, or nil outside the
    /// window. The window's last day maps to the last column.
    public func column(of day: Double, trackWidth width: Int) -> Int? {
        guard width > 0, day >= window.start, day <= window.end else { return nil }
        guard window.span > 0 else { return 0 }
        return min(width - 1, Int(((day - window.start) / window.span * Double(width)).rounded(.down)))
    }

    /// Columns for the row labels in a timeline `width` wide (at most a quarter of it).
    public func labelWidth(totalWidth width: Int) -> Int {
        min(rows.map { DisplayWidth.of(SafeText.sanitize($0.label)) }.max() ?? 0, width / 4)
    }

    /// The indices of `items` in drawing order: periods by layer (unknown, continuous, then
    /// itemised), keeping the given order within a layer, then markers on top.
    public static func drawingOrder(_ items: [Item]) -> [Int] {
        func layer(_ item: Item) -> Int {
            switch item {
            case .period(_, _, let role): return role.layer
            case .marker: return 3
            }
        }
        return items.indices.sorted { (layer(items[$0]), $0) < (layer(items[$1]), $1) }
    }

    /// Draws the axis row (the zoom's name over the labels when it fits; tick labels only where
    /// they fit whole) and the rows below it; returns the scroll offset used.
    /// Sets `canvas.cursor` to the selected row's label.
    @discardableResult
    public func draw(into canvas: inout Canvas, in rect: Rect, theme: Theme, glyphs: GlyphSet,
                     scrollOffset previous: Int = 0) -> Int {
        guard !rect.isEmpty else { return previous }
        let labelWidth = labelWidth(totalWidth: rect.width)
        let trackX = rect.x + (labelWidth > 0 ? labelWidth + 1 : 0)
        let trackWidth = rect.maxX - trackX
        let visible = rect.height - 1
        let offset = Scrolling.offset(selected: selectedIndex, count: rows.count, visible: visible, previous: previous)
        let zoom = window.zoom(columns: trackWidth)
        if labelWidth > 0 {
            let name: String
            switch zoom {
            case .years: name = "Years"
            case .months: name = "Months"
            case .days: name = "Days"
            }
            if DisplayWidth.of(name) <= labelWidth {
                canvas.put(name, x: rect.x, y: rect.y, style: theme.muted, clip: rect)
            }
        }
        let track = Rect(x: trackX, y: rect.y, width: trackWidth, height: rect.height).intersection(rect)
        drawAxis(into: &canvas, y: rect.y, track: track, zoom: zoom, theme: theme)
        guard visible > 0 else { return offset }
        for line in 0..<visible {
            let index = offset + line
            guard index < rows.count else { break }
            let y = rect.y + 1 + line
            if labelWidth > 0 {
                let selected = index == selectedIndex
                let label = TextFit.pad(rows[index].label, to: labelWidth, alignment: .left, ellipsis: glyphs.ellipsis)
                canvas.put(label, x: rect.x, y: y, style: selected ? theme.selection : theme.text, clip: rect)
            }
            if index == selectedIndex { canvas.cursor = Point(x: rect.x, y: y) }
            drawItems(rows[index].items, into: &canvas, y: y, track: track, theme: theme, glyphs: glyphs)
        }
        return offset
    }

    /// Tick days and their labels for `zoom`: years at 1 January, months at the 1st
    /// (January shows the year), days at the 1st, 8th, 15th and 22nd (the 1st shows the month).
    public func ticks(zoom: Zoom) -> [(day: Double, label: String)] {
        let first = CalendarDay.components(of: window.start)
        let last = CalendarDay.components(of: window.end)
        var result: [(day: Double, label: String)] = []
        switch zoom {
        case .years:
            // At most a few hundred ticks, however wide the window (labels are thinned anyway).
            let step = max(1, (last.year - first.year) / 200)
            for year in stride(from: first.year, through: max(first.year, last.year), by: step) {
                result.append((CalendarDay.number(year: year, month: 1, day: 1), String(year)))
            }
        case .months, .days:
            var year = first.year, month = first.month
            while (year, month) <= (last.year, last.month) {
                let name = CalendarDay.monthAbbreviations[month - 1]
                if zoom == .months {
                    result.append((CalendarDay.number(year: year, month: month, day: 1), month == 1 ? String(year) : name))
                } else {
                    for day in [1, 8, 15, 22] {
                        result.append((CalendarDay.number(year: year, month: month, day: day), day == 1 ? name : String(day)))
                    }
                }
                month += 1
                if month > 12 { month = 1; year += 1 }
            }
        }
        return result.filter { $0.day >= window.start && $0.day <= window.end }
    }

    private func drawAxis(into canvas: inout Canvas, y: Int, track: Rect, zoom: Zoom, theme: Theme) {
        var nextFree = track.x
        for tick in ticks(zoom: zoom) {
            guard let column = column(of: tick.day, trackWidth: track.width) else { continue }
            let x = track.x + column
            let width = DisplayWidth.of(tick.label)
            guard x >= nextFree, x + width <= track.maxX else { continue }
            canvas.put(tick.label, x: x, y: y, style: theme.muted, clip: track)
            nextFree = x + width + 1
        }
    }

    /// The track columns of days `start` through `last`, clipped to the window; nil when
    /// none of them is visible.
    func columns(from start: Double, through last: Double, trackWidth width: Int) -> ClosedRange<Int>? {
        guard width > 0, start <= window.end, last >= window.start, last >= start else { return nil }
        let from = column(of: max(start, window.start), trackWidth: width) ?? 0
        let to = column(of: min(last, window.end), trackWidth: width) ?? width - 1
        return from...max(from, to)
    }

    /// The last day a period is drawn in its own fill: its end, or, with no end stated, its
    /// start alone, since that is all the data knows of it.
    static func lastKnownDay(start: Double, end: Double?) -> Double {
        end ?? start
    }

    /// Periods in their fills, each open period's days after its start as unknown up to
    /// `today` (under everything known) with the open-end glyph on top, then markers.
    private func drawItems(_ items: [Item], into canvas: inout Canvas, y: Int, track: Rect, theme: Theme, glyphs: GlyphSet) {
        let width = track.width
        guard width > 0 else { return }
        func fill(_ glyph: String, _ range: ClosedRange<Int>?, _ style: Style) {
            guard let range else { return }
            for column in range { canvas.put(glyph, x: track.x + column, y: y, style: style, clip: track) }
        }
        let open = items.compactMap { item -> (start: Double, role: PeriodRole)? in
            guard case .period(let start, nil, let role) = item else { return nil }
            return (start, role)
        }
        for period in open where today > period.start {
            fill(glyphs.unknownFill, columns(from: period.start + 1, through: today, trackWidth: width), period.role.style(in: theme))
        }
        for index in Self.drawingOrder(items) {
            guard case .period(let start, let end, let role) = items[index] else { continue }
            fill(role.fill(in: glyphs), columns(from: start, through: Self.lastKnownDay(start: start, end: end), trackWidth: width), role.style(in: theme))
        }
        if let column = column(of: today, trackWidth: width) {
            for period in open where today >= period.start {
                canvas.put(glyphs.openEnd, x: track.x + column, y: y, style: period.role.style(in: theme), clip: track)
            }
        }
        for item in items {
            guard case .marker(let day, let kind) = item, let column = column(of: day, trackWidth: width) else { continue }
            canvas.put(kind.glyph(in: glyphs), x: track.x + column, y: y, style: kind.style(in: theme), clip: track)
        }
        if let last = items.map(lastDay).max(), last < window.start {
            canvas.put(glyphs.earlier, x: track.x, y: y, style: theme.muted, clip: track)
        }
    }

    /// The last day an item is drawn on (an open period's `today`).
    private func lastDay(_ item: Item) -> Double {
        switch item {
        case .period(_, let end, _): return end ?? today
        case .marker(let day, _): return day
        }
    }
}
