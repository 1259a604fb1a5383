import Testing
@testable import VigiaViews

private func diagonal(_ count: Int) -> LineChart.Series {
    LineChart.Series(name: "up", points: (0..<count).map { ChartPoint(x: Double($0), y: Double($0)) })
}

@Test func risingBrailleLineLightsTheRightDots() {
    let chart = LineChart(series: [diagonal(8)], xRange: 0...7, yRange: 0...7, showsLegend: false, showsAxes: false)
    let text = render(4, 2) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
    // 8×8 dots: the dot (i, i) for every i, from the bottom-left cell to the top-right one.
    #expect(text == "  ⡠⠊\n⡠⠊")
}

@Test func risingAsciiLineUsesDotsAndQuotes() {
    let chart = LineChart(series: [diagonal(4)], xRange: 0...3, yRange: 0...3, showsLegend: false, showsAxes: false)
    let text = render(4, 2) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .mono, glyphs: .ascii) }
    #expect(text == "  .'\n.'")
}

@Test func gapsBreakTheLineInsteadOfInterpolating() {
    let ys: [Double?] = [0, 0, 0, nil, nil, 0, 0, 0]
    let series = LineChart.Series(name: "gappy", points: ys.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element) })
    let chart = LineChart(series: [series], xRange: 0...7, yRange: 0...1, showsLegend: false, showsAxes: false)
    let text = render(4, 1) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
    #expect(text == "⣀⡀⢀⣀")
}

@Test func aChangeOfSourceBreaksTheLineAsAGapDoes() {
    // A flat line of four values over eight dot columns; from x = 2 the values come from
    // another source: the step from 1 to 2 is not drawn, though both values are there.
    let ys: [Double] = [0, 0, 0, 0]
    let joined = LineChart.Series(name: "one source", points: ys.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element) })
    let split = LineChart.Series(name: "two sources", points: ys.enumerated().map {
        ChartPoint(x: Double($0.offset), y: $0.element, startsStretch: $0.offset == 2)
    })
    let draw = { (series: LineChart.Series) in
        let chart = LineChart(series: [series], xRange: 0...3, yRange: 0...1, showsLegend: false, showsAxes: false)
        return render(4, 1) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
    }
    #expect(draw(joined) == "⣀⣀⣀⣀")
    #expect(draw(split) == "⣀⡀⢀⣀")
}

@Test func seriesTakeThemeColoursInOrder() {
    let flat = LineChart.Series(name: "b", values: [(0, 1), (1, 1)])
    let chart = LineChart(series: [diagonal(2), flat], xRange: 0...1, yRange: 0...1, showsLegend: false, showsAxes: false)
    var canvas = Canvas(size: Size(width: 1, height: 1))
    chart.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    // Both series meet in the only cell; the later one owns its colour, the dots are merged.
    #expect(canvas.text == "⡝")
    #expect(canvas[0, 0].style == Theme.dark.series(1))
}

private let homicides = LineChart(
    series: [
        .init(name: "ECU", values: [(2016, 5.8), (2017, 5.8), (2018, 5.8), (2019, 6.8), (2020, 7.8),
                                    (2021, 14.0), (2022, 25.9), (2023, 45.7), (2024, 38.8)]),
        .init(name: "COL", values: [(2016, 25.0), (2017, 24.8), (2018, nil), (2019, 25.7), (2020, 24.3),
                                    (2021, 26.8), (2022, 26.1), (2023, 25.7), (2024, 25.4)]),
    ],
    cursorX: 2023,
    intervals: [.init(start: 2022, end: 2023)],
    markers: [.init(x: 2024, kind: .event), .init(x: 2021, kind: .ruling), .init(x: 2030, kind: .event)]
)

@Test func fullChartHasAxesLabelsLegendAndMarkers() throws {
    var canvas = Canvas(size: Size(width: 40, height: 12))
    homicides.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    let lines = canvas.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "2023: ━ ECU 45.7  ━ COL 25.7")
    #expect(lines[1].hasPrefix("50┤"))
    #expect(lines[9].hasPrefix(" 0┤"))
    #expect(lines[10] == "  └┴────────┴────────┴────▲───━━━━━━───◆")
    #expect(lines[11] == "   2016   2018     2020     2022    2024")
    let layout = try #require(homicides.layout(in: canvas.bounds, glyphs: .unicode))
    #expect(layout.plot == Rect(x: 3, y: 1, width: 37, height: 9))
    #expect(layout.yScale.ticks == [0, 10, 20, 30, 40, 50])
    // The event at 2024 sits on the window's right edge and is still drawn; the one at 2030 is not.
    #expect(layout.column(of: 2024) == 39)
}

@Test func cursorColumnAndShadingAreBackgrounds() throws {
    var canvas = Canvas(size: Size(width: 40, height: 12))
    homicides.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    let layout = try #require(homicides.layout(in: canvas.bounds, glyphs: .unicode))
    let cursor = layout.column(of: 2023)
    let shaded = layout.column(of: 2022)
    let outside = layout.column(of: 2018)
    for y in layout.plot.y..<layout.plot.maxY {
        #expect(canvas[cursor, y].style.background == Theme.dark.chartCursor.background)
        #expect(canvas[shaded, y].style.background == Theme.dark.shade.background)
        #expect(canvas[outside, y].style.background == .standard)
    }
    // The line keeps its series colour under the shading.
    let lineRow = layout.row(of: 25.9)
    #expect(canvas[shaded, lineRow].style.foreground != .standard)
}

@Test func cursorOnAGapReadsNotAvailable() {
    var chart = homicides
    chart.cursorX = 2018
    var canvas = Canvas(size: Size(width: 40, height: 12))
    chart.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.line(0) == "2018: ━ ECU 5.8  ━ COL n/a")
}

@Test func asciiChartKeepsMeaningWithoutUnicode() {
    var canvas = Canvas(size: Size(width: 40, height: 12))
    homicides.draw(into: &canvas, in: canvas.bounds, theme: .mono, glyphs: .ascii)
    let text = canvas.text
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(canvas.line(10) == "  ++--------+--------+----^---======---*")
    #expect(canvas.line(0) == "2023: - ECU 45.7  - COL 25.7")
}

@Test func noDataSaysSo() {
    let chart = LineChart(series: [.init(name: "ECU", values: [(2020, nil), (2021, nil)])], showsLegend: false)
    var canvas = Canvas(size: Size(width: 20, height: 5))
    chart.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text.contains("no data"))
}

@Test func tinyChartsFallBackToThePlotAlone() {
    #expect(homicides.layout(in: Rect(x: 0, y: 0, width: 0, height: 0), glyphs: .unicode) == nil)
    let one = homicides.layout(in: Rect(x: 0, y: 0, width: 1, height: 1), glyphs: .unicode)
    #expect(one?.plot == Rect(x: 0, y: 0, width: 1, height: 1))
    #expect(one?.axisRow == nil && one?.legendRow == nil && one?.labelRow == nil)
    let two = homicides.layout(in: Rect(x: 0, y: 0, width: 10, height: 2), glyphs: .unicode)
    #expect(two?.axisRow == 1)
    #expect(two?.labelRow == nil)
}

@Test func aLegendOfEightSeriesWrapsInsteadOfBeingCut() throws {
    let names = ["PAN", "MEX", "HND", "GTM", "SLV", "ECU", "COL", "VEN"]
    let series = names.enumerated().map { index, name in
        LineChart.Series(name: name, values: [(2022, Double(1000 * (index + 1))), (2023, 32252)])
    }
    let chart = LineChart(series: series, xRange: 2022...2023, cursorX: 2023, valueDecimals: 0)
    let text = render(50, 14) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let legend = lines.prefix { !$0.contains("┤") }.joined(separator: "\n")
    for name in names { #expect(legend.contains("━ \(name) 32,252"), "\(name) is shown with its value") }
    #expect(legend.split(separator: "\n").count >= 2)
    let layout = try #require(chart.layout(in: Rect(x: 0, y: 0, width: 50, height: 14), glyphs: .unicode))
    #expect(layout.legendRows == chart.legendLines(width: 50).count)
    #expect(layout.plot.y == layout.legendRows)
}
