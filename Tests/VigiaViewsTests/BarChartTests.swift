import Testing
@testable import VigiaViews

@Test func barsWithComparisonAndMissingValue() {
    let chart = BarChart(bars: [
        .init(label: "Ecuador", value: 45.7, comparison: 25.9),
        .init(label: "Chile", value: nil),
    ])
    var canvas = Canvas(size: Size(width: 40, height: 4))
    chart.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == """
        Ecuador ███████████████████████████ 45.7
                ███████████████▎            25.9
        Chile   ·                            n/a
                ·                            n/a
        """)
    #expect(canvas[8, 1].style == Theme.dark.muted)
    #expect(canvas[8, 2].style == Theme.dark.gap)
    #expect(canvas[37, 2].style == Theme.dark.gap)
}

@Test func partialCellsShowCloseValuesApart() {
    let chart = BarChart(bars: [.init(label: "A", value: 3.5), .init(label: "B", value: 8)])
    let unicode = render(14, 2) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
    #expect(unicode == "A ███▌     3.5\nB ████████ 8.0")
    let ascii = render(14, 2) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .mono, glyphs: .ascii) }
    #expect(ascii == "A ####     3.5\nB ######## 8.0")
}

@Test func zeroIsDrawnAsZeroAndMissingAsNotAvailable() {
    let chart = BarChart(bars: [.init(label: "Zero", value: 0), .init(label: "None", value: nil)], maxValue: 10,
                         valueDecimals: 0, unit: "%")
    let text = render(16, 2) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .ascii) }
    #expect(text == "Zero          0%\nNone .       n/a")
}

@Test func narrowBarChartDropsLabelsBeforeBars() {
    let chart = BarChart(bars: [.init(label: "Ecuador", value: 1)], maxValue: 2, valueDecimals: 0)
    #expect(render(6, 1) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) } == "E… ▌ 1")
    #expect(render(2, 1) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) } == "█")
}
