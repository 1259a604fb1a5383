import Testing
@testable import VigiaViews

private let jan1 = day(2024, 1, 1)

private func ecuadorTimeline(selected: Int? = nil) -> Timeline {
    Timeline(rows: [
        .init(label: "ECU", items: [
            .period(start: jan1 + 2, end: jan1 + 5, role: .decree),
            .period(start: jan1 + 6, end: jan1 + 8, role: .extensionPeriod),
            .marker(at: jan1 + 4, kind: .event),
            .period(start: jan1 + 15, end: nil, role: .decree),
        ]),
    ], window: .init(start: jan1, end: jan1 + 20), today: jan1 + 18, selectedIndex: selected)
}

/// A period with no stated end is itself only on its start day; from then to today the data
/// does not say, so it is drawn as unknown, in the period's colour, up to the open-end glyph.
@Test func periodsChainAndOpenEndIsUnknownUpToToday() {
    var canvas = Canvas(size: Size(width: 24, height: 2))
    ecuadorTimeline().draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == """
            Jan    8      15
        ECU   ██◆█▒▒▒      █┄┄▶
        """)
    #expect(canvas[6, 1].style == Theme.dark.decree)
    #expect(canvas[10, 1].style == Theme.dark.extensionPeriod)
    #expect(canvas[8, 1].style == Theme.dark.event)
    #expect(canvas[20, 1].style == Theme.dark.decree, "the unknown stretch is the open period's own")
    let ascii = render(24, 2) { canvas, rect in
        ecuadorTimeline().draw(into: &canvas, in: rect, theme: .mono, glyphs: .ascii)
    }
    #expect(ascii == "    Jan    8      15\nECU   ##*#===      #??>")
}

@Test func periodsOutsideTheWindowAreClippedAndEdgeMarkersStay() {
    let window = Timeline.Window(start: jan1, end: jan1 + 9)
    let timeline = Timeline(rows: [
        .init(label: "A", items: [.period(start: jan1 - 100, end: jan1 + 100, role: .decree)]),
        .init(label: "B", items: [.period(start: jan1 - 100, end: jan1 - 50, role: .decree),
                                  .period(start: jan1 + 50, end: nil, role: .extensionPeriod)]),
        .init(label: "C", items: [.marker(at: jan1, kind: .event), .marker(at: jan1 + 9, kind: .ruling),
                                  .marker(at: jan1 + 10, kind: .event), .marker(at: jan1 - 1, kind: .event)]),
    ], window: window, today: jan1 + 200)
    var canvas = Canvas(size: Size(width: 12, height: 4))
    timeline.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == """
          Jan    8
        A ██████████
        B
        C ◆        ▲
        """)
    #expect(timeline.column(of: jan1 + 9, trackWidth: 10) == 9)
    #expect(timeline.column(of: jan1 + 10, trackWidth: 10) == nil)
}

@Test func openPeriodBeyondTheWindowRunsUnknownToTheEdgeWithoutEndGlyph() {
    let timeline = Timeline(rows: [.init(label: "SLV", items: [.period(start: jan1 + 3, end: nil, role: .decree)])],
                            window: .init(start: jan1, end: jan1 + 10), today: jan1 + 400)
    let text = render(14, 2) { canvas, rect in timeline.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
    #expect(text.split(separator: "\n").last == "SLV    █┄┄┄┄┄┄")
}

@Test func axisLabelsFollowTheZoom() {
    let years = Timeline(rows: [.init(label: "ECU", items: [])],
                         window: .init(start: day(2022, 1, 1), end: day(2025, 12, 31)), today: 0)
    #expect(years.window.zoom(columns: 48) == .years)
    #expect(years.ticks(zoom: .years).map(\.label) == ["2022", "2023", "2024", "2025"])
    var canvas = Canvas(size: Size(width: 52, height: 1))
    years.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == "    2022        2023        2024        2025")

    let months = Timeline(rows: [], window: .init(start: day(2023, 11, 20), end: day(2024, 3, 10)), today: 0)
    #expect(months.ticks(zoom: .months).map(\.label) == ["Dec", "2024", "Feb", "Mar"])
    #expect(months.ticks(zoom: .days).map(\.label).prefix(5) == ["22", "Dec", "8", "15", "22"])
}

@Test func windowZoomAndPan() {
    let window = Timeline.Window(zoom: .months, centeredOn: jan1, columns: 40)
    #expect(window.span == 160)
    #expect(window.center == jan1)
    #expect(window.zoom(columns: 40) == .months)
    #expect(window.zoomed(to: .days, columns: 40).span == 40)
    #expect(window.zoomed(to: .days, columns: 40).center == jan1)
    #expect(window.zoomed(to: .years, columns: 40).zoom(columns: 40) == .years)
    #expect(window.panned(by: 0.25).start == window.start + 40)
    #expect(window.panned(by: -0.5).end == window.end - 80)
    #expect(Timeline.Window(start: 10, end: 5).start == 5)
}

@Test func selectedRowIsScrolledIntoViewAndGetsTheCursor() {
    let rows = (0..<5).map { Timeline.Row(label: "Row\($0)", items: []) }
    let timeline = Timeline(rows: rows, window: .init(start: jan1, end: jan1 + 30), today: jan1, selectedIndex: 3)
    var canvas = Canvas(size: Size(width: 24, height: 3))
    let offset = timeline.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(offset == 2)
    #expect(canvas.line(1) == "Row2")
    #expect(canvas.line(2) == "Row3")
    #expect(canvas.cursor == Point(x: 0, y: 2))
    #expect(canvas[0, 2].style == Theme.dark.selection)
}

private func chainTimeline() -> Timeline {
    // A declaration, a continuous stretch of renewals under an itemised extension, then a
    // stretch no record covers (listed first: layering, not order, puts it underneath).
    Timeline(rows: [
        .init(label: "SLV", items: [
            .period(start: jan1 + 10, end: jan1 + 13, role: .unknown),
            .period(start: jan1, end: jan1 + 1, role: .decree),
            .period(start: jan1, end: jan1 + 9, role: .continuous),
            .period(start: jan1 + 4, end: jan1 + 5, role: .extensionPeriod),
        ]),
    ], window: .init(start: jan1, end: jan1 + 15), today: jan1 + 15)
}

@Test func continuousStretchesAndUnknownStretchesHaveTheirOwnMarks() {
    let unicode = render(20, 2) { canvas, rect in chainTimeline().draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
    #expect(unicode.split(separator: "\n").last == "SLV ██══▒▒════┄┄┄┄")
    let ascii = render(20, 2) { canvas, rect in chainTimeline().draw(into: &canvas, in: rect, theme: .mono, glyphs: .ascii) }
    #expect(ascii.split(separator: "\n").last == "SLV ##++==++++????", "without colour: in force, continuous, unknown and blank all differ")
    var canvas = Canvas(size: Size(width: 20, height: 2))
    chainTimeline().draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas[14, 1].style == Theme.dark.gap, "unknown is drawn as missing data")
    #expect(canvas[6, 1].style == Theme.dark.extensionPeriod)
}

@Test func drawingOrderPutsUnknownUnderContinuousUnderItemised() {
    let items = chainTimeline().rows[0].items + [.marker(at: jan1, kind: .event)]
    #expect(Timeline.drawingOrder(items) == [0, 2, 1, 3, 4])
}

/// A later period over today's column (a country's row holds all its measures) must not hide
/// that an earlier one has no stated end.
@Test func openEndStaysVisibleUnderALaterPeriod() {
    let timeline = Timeline(rows: [.init(label: "ECU", items: [
        .period(start: jan1 + 2, end: nil, role: .decree),
        .period(start: jan1 + 5, end: jan1 + 9, role: .decree),
    ])], window: .init(start: jan1, end: jan1 + 10), today: jan1 + 8)
    let text = render(15, 2) { canvas, rect in timeline.draw(into: &canvas, in: rect, theme: .mono, glyphs: .ascii) }
    #expect(text.split(separator: "\n").last == "ECU   #??###>#")
}

/// A row whose items all lie before the window is marked at its left edge, never left blank;
/// a row with anything in the window, or an open period running into it, is not.
@Test func rowsBeforeTheWindowAreMarkedAtTheLeftEdge() {
    let timeline = Timeline(rows: [
        .init(label: "A", items: [.marker(at: jan1 - 30, kind: .ruling)]),
        .init(label: "B", items: [.period(start: jan1 - 60, end: nil, role: .decree)]),
        .init(label: "C", items: [.marker(at: jan1 + 2, kind: .event)]),
    ], window: .init(start: jan1, end: jan1 + 9), today: jan1 + 5)
    let text = render(12, 4) { canvas, rect in timeline.draw(into: &canvas, in: rect, theme: .mono, glyphs: .ascii) }
    #expect(text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init) == ["A <", "B ?????>", "C   *"])
}
