import Testing
@testable import VigiaViews

/// Data is edited by hand and shared; absurd numbers must draw something sane, never trap.
@Test func absurdNumbersNeitherTrapNorEscapeTheRect() {
    let widgets: [(inout Canvas, Rect) -> Void] = [
        { canvas, rect in
            LineChart(series: [.init(name: "x", values: [(0, 1e308), (1, -1e308), (2, .nan), (1e300, 5), (-.infinity, 1)])],
                      xRange: 0...2, cursorX: .nan, intervals: [.init(start: -.infinity, end: .infinity)],
                      markers: [.init(x: .nan, kind: .event)])
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode)
        },
        { canvas, rect in
            LineChart(series: [.init(name: "x", values: [(0, -1e308), (1, 1e308)])])
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: .ascii)
        },
        { canvas, rect in
            StackedBar(segments: [.init(label: "a", value: 1e308), .init(label: "b", value: 1e308), .init(label: "c", value: -5)])
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode)
        },
        { canvas, rect in
            Sparkline(values: [-1e308, 1e308, .infinity]).draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode)
        },
        { canvas, rect in
            BarChart(bars: [.init(label: "a", value: -3), .init(label: "b", value: 1e308, comparison: .nan)])
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode)
        },
        { canvas, rect in
            Timeline(rows: [.init(label: "a", items: [.period(start: -1e300, end: 1e300, role: .decree),
                                                      .marker(at: .nan, kind: .event)])],
                     window: .init(start: -1e12, end: 1e12), today: .infinity)
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode)
        },
    ]
    let rect = Rect(x: 2, y: 1, width: 20, height: 9)
    for draw in widgets {
        #expect(writesOutside(rect, draw).isEmpty)
    }
}

@Test func farOffScalePointsAreClippedNotWalked() {
    // A segment to y = 1e12 must still leave the dots on the visible part of the line.
    let chart = LineChart(series: [.init(name: "x", values: [(0, 0), (1, 1e12)])], xRange: 0...1, yRange: 0...1,
                          showsLegend: false, showsAxes: false)
    let text = render(2, 1) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
    #expect(text == "⡇")
}
