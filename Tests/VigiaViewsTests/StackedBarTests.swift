import Testing
@testable import VigiaViews

private let funding = StackedBar(segments: [
    .init(label: "Military", value: 45),
    .init(label: "Police", value: 30),
    .init(label: "Other", value: 25),
    .init(label: "Unk", value: nil),
])

@Test func stackedBarSplitsByShareWithLegend() {
    var canvas = Canvas(size: Size(width: 40, height: 3))
    funding.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == """
        ██████████████████▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒
        █ Military 45%  ▓ Police 30%
        ▒ Other 25%  ░ Unk n/a
        """)
    #expect(canvas[0, 0].style == Theme.dark.series(0))
    #expect(canvas[18, 0].style == Theme.dark.series(1))
}

@Test func segmentSpansAlwaysFillTheWidth() {
    #expect(funding.spans(width: 40) == [0..<18, 18..<30, 30..<40, 40..<40])
    let thirds = StackedBar(segments: [.init(label: "a", value: 1), .init(label: "b", value: 1), .init(label: "c", value: 1)])
    #expect(thirds.spans(width: 10) == [0..<3, 3..<7, 7..<10])
    #expect(thirds.spans(width: 0) == [0..<0, 0..<0, 0..<0])
}

@Test func stackedBarWithNoKnownValuesSaysSo() {
    let unknown = StackedBar(segments: [.init(label: "a", value: nil)], showsLegend: false)
    #expect(render(10, 2) { canvas, rect in unknown.draw(into: &canvas, in: rect, theme: .dark, glyphs: .ascii) } == "n/a\n")
}

@Test func sharesLeaveUnknownValuesUnknown() {
    let shares = funding.shares
    #expect(shares.count == 4)
    #expect(abs((shares[0] ?? 0) - 0.45) < 1e-12)
    #expect(shares[3] == nil)
}
