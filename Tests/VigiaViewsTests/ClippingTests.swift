import Testing
@testable import VigiaViews

/// One widget with representative data, drawn with either glyph set.
struct WidgetCase: Sendable, CustomTestStringConvertible {
    let name: String
    let draw: @Sendable (inout Canvas, Rect, GlyphSet) -> Void
    var testDescription: String { name }

    static let all: [WidgetCase] = [
        WidgetCase(name: "Panel") { canvas, rect, glyphs in
            Panel(title: "Homicides per 100k", badge: "/ecu", isFocused: true)
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: glyphs)
        },
        WidgetCase(name: "TextBlock") { canvas, rect, _ in
            TextBlock("Decree 111 recognised an internal armed conflict.\nSupercalifragilistic 中文字")
                .draw(into: &canvas, in: rect, scrollOffset: 1)
        },
        WidgetCase(name: "Table") { canvas, rect, glyphs in
            Table(columns: [.init("Country", width: .flexible(min: 8)), .init("Rate", width: .fixed(6), alignment: .right)],
                  rows: (0..<30).map { .init(["Country number \($0)", "\($0).5"]) },
                  selectedIndex: 20, sort: .init(column: 1, ascending: true))
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: glyphs, scrollOffset: 3)
        },
        WidgetCase(name: "Sparkline") { canvas, rect, glyphs in
            Sparkline(values: [1, nil, 3, 9, 2, 5, 7, nil, 8, 1, 4, 6, 2, 9, 3, 3, 5, 6, 1, 2, 7, 8, 9, 1, 2, 3, 4, 5])
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: glyphs)
        },
        WidgetCase(name: "LineChart") { canvas, rect, glyphs in
            LineChart(series: [.init(name: "ECU", values: [(2000, 10), (2005, nil), (2010, 18), (2023, 46)]),
                               .init(name: "COL", values: [(1990, 80), (2023, 25)])],
                      xRange: 2000...2023, cursorX: 2010, intervals: [.init(start: 1995, end: 2030)],
                      markers: [.init(x: 2000, kind: .event), .init(x: 2023, kind: .ruling)])
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: glyphs)
        },
        WidgetCase(name: "BarChart") { canvas, rect, glyphs in
            BarChart(bars: [.init(label: "Ecuador", value: 45.7, comparison: 25.9), .init(label: "Chile", value: nil),
                            .init(label: "Overflow", value: 1e9)], maxValue: 50)
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: glyphs)
        },
        WidgetCase(name: "StackedBar") { canvas, rect, glyphs in
            StackedBar(segments: [.init(label: "Military", value: 45), .init(label: "Police", value: 30),
                                  .init(label: "Other", value: nil)])
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: glyphs)
        },
        WidgetCase(name: "Gauge") { canvas, rect, glyphs in
            Gauge(rows: [.init(label: "Homicides", fraction: 0.33), .init(label: "Population", fraction: 2)])
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: glyphs)
        },
        WidgetCase(name: "Timeline") { canvas, rect, glyphs in
            let start = day(2024, 1, 1)
            Timeline(rows: [.init(label: "Ecuador", items: [.period(start: start - 400, end: nil, role: .decree),
                                                            .marker(at: start + 30, kind: .event)]),
                            .init(label: "El Salvador", items: [.period(start: start + 10, end: start + 2000, role: .extensionPeriod),
                                                                .marker(at: start + 60, kind: .ruling)])],
                     window: .init(start: start, end: start + 60), today: start + 45, selectedIndex: 1)
                .draw(into: &canvas, in: rect, theme: .dark, glyphs: glyphs)
        },
    ]
}

/// Rects from empty to larger than the canvas, including ones hanging off its edges.
let probeRects: [Rect] = [
    Rect(x: 3, y: 2, width: 0, height: 0),
    Rect(x: 3, y: 2, width: 1, height: 1),
    Rect(x: 3, y: 2, width: 2, height: 1),
    Rect(x: 3, y: 2, width: 1, height: 3),
    Rect(x: 3, y: 2, width: 3, height: 3),
    Rect(x: 2, y: 1, width: 7, height: 4),
    Rect(x: 4, y: 3, width: 13, height: 6),
    Rect(x: 1, y: 1, width: 22, height: 10),
    Rect(x: 18, y: 9, width: 12, height: 8),
    Rect(x: -4, y: -2, width: 10, height: 6),
]

@Test(arguments: WidgetCase.all, ["unicode", "ascii"])
func widgetsNeverDrawOutsideTheirRect(_ widget: WidgetCase, glyphs name: String) throws {
    let glyphs = try #require(glyphSets[name])
    for rect in probeRects {
        let outside = writesOutside(rect) { canvas, rect in widget.draw(&canvas, rect, glyphs) }
        #expect(outside.isEmpty, "\(widget.name) in \(rect) wrote at \(outside.prefix(3))")
    }
}

@Test(arguments: WidgetCase.all)
func widgetsDrawSomethingInsideANormalRect(_ widget: WidgetCase) {
    var canvas = Canvas(size: Size(width: 24, height: 12), fill: sentinel)
    let rect = Rect(x: 1, y: 1, width: 22, height: 10)
    widget.draw(&canvas, rect, .unicode)
    let changed = (rect.y..<rect.maxY).contains { y in (rect.x..<rect.maxX).contains { canvas[$0, y] != sentinel } }
    #expect(changed)
}

@Test func sentinelCheckCatchesAStrayWrite() {
    // The harness itself must be able to fail: a deliberate write one column right of the rect.
    let rect = Rect(x: 2, y: 2, width: 3, height: 1)
    let outside = writesOutside(rect) { canvas, rect in canvas.put("four", x: rect.x, y: rect.y) }
    #expect(outside == [Point(x: 5, y: 2)])
}
