import Testing
@testable import VigiaViews

@Test func missingValueIsAGapNotZero() {
    var canvas = Canvas(size: Size(width: 5, height: 1))
    Sparkline(values: [1, nil, 3]).draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == "▁·█")
    #expect(canvas[1, 0].style == Theme.dark.gap)
    #expect(canvas[0, 0].style == Theme.dark.accent)
    let ascii = render(5, 1) { canvas, rect in
        Sparkline(values: [1, nil, 3]).draw(into: &canvas, in: rect, theme: .mono, glyphs: .ascii)
    }
    #expect(ascii == "_.@")
}

@Test func tooManyValuesKeepTheMostRecent() {
    let text = render(3, 1) { canvas, rect in
        Sparkline(values: [100, 1, 2, 3, 4, 5]).draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode)
    }
    // Scaled over the shown values 3…5 only; the old 100 does not flatten the trend.
    #expect(text == "▁▅█")
}

@Test func sharedRangeAndFlatSeries() {
    let spark = Sparkline(values: [5, 0, 10, 20], range: 0...10)
    #expect(spark.levels(width: 8, levelCount: 8) == [4, 0, 7, 7])
    #expect(Sparkline(values: [2, 2]).levels(width: 4, levelCount: 8) == [3, 3])
    #expect(Sparkline(values: [nil, .nan]).levels(width: 4, levelCount: 8) == [nil, nil])
    #expect(Sparkline(values: [1, 2]).levels(width: 0, levelCount: 8).isEmpty)
}

@Test func sparklineUsesOnlyTheFirstRowOfItsRect() {
    var canvas = Canvas(size: Size(width: 6, height: 3), fill: sentinel)
    Sparkline(values: [1, 2, 3, 4]).draw(into: &canvas, in: Rect(x: 1, y: 1, width: 3, height: 2),
                                         theme: .dark, glyphs: .unicode)
    #expect(canvas.text == "@@@@@@\n@▁▅█@@\n@@@@@@")
}
