import Testing
@testable import VigiaViews

@Test(arguments: 3...40)
func wrappingNeverSplitsAWordThatFits(width: Int) {
    let source = "On 9 January 2024 Ecuador declared an internal armed conflict and designated 22 groups as terrorists."
    let lines = TextBlock(source).lines(width: width).map { $0.map(\.text).joined() }
    let shownWords = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
    for word in source.split(separator: " ") where word.count <= width {
        #expect(shownWords.contains(String(word)), "width \(width): \(word) was split")
    }
    for line in lines {
        #expect(DisplayWidth.of(line) <= width)
    }
    // Nothing is lost: the lines put back together are the source.
    let rejoined = lines.joined(separator: " ")
    #expect(rejoined.filter { $0 != " " } == source.filter { $0 != " " })
}

@Test func ecuadorIsNeverSplitAcrossLines() {
    let text = render(10, 4) { canvas, rect in
        TextBlock("El Salvador and Ecuador").draw(into: &canvas, in: rect)
    }
    #expect(text == "El\nSalvador\nand\nEcuador")
}

@Test func overlongWordIsHardBroken() {
    let block = TextBlock("Ecuador")
    #expect(block.lines(width: 3).map { $0.map(\.text).joined() } == ["Ecu", "ado", "r"])
    #expect(block.lineCount(width: 0) == 0)
}

@Test func scrollingClampsAndReportsTotal() {
    var canvas = Canvas(size: Size(width: 9, height: 2))
    let block = TextBlock("one two three four")
    #expect(block.draw(into: &canvas, in: canvas.bounds, scrollOffset: 1) == 3)
    #expect(canvas.text == "three\nfour")
    var far = Canvas(size: Size(width: 9, height: 2))
    block.draw(into: &far, in: far.bounds, scrollOffset: 50)
    #expect(far.text == "three\nfour")
    #expect(block.maxScrollOffset(width: 9, height: 2) == 1)
}

@Test func spansKeepTheirStylesAndJoinIntoWords() {
    let bold = Style(attributes: .bold)
    var canvas = Canvas(size: Size(width: 11, height: 2))
    TextBlock(spans: [("Decree ", .plain), ("111", bold), (" applies", .plain)])
        .draw(into: &canvas, in: canvas.bounds)
    #expect(canvas.text == "Decree 111\napplies")
    #expect(canvas[6, 0].style == .plain)
    #expect(canvas[7, 0].style == bold)
    #expect(canvas[9, 0].style == bold)
    #expect(canvas[0, 1].style == .plain)

    let joined = TextBlock(spans: [("El ", .plain), ("Ecua", bold), ("dor", .plain)])
    #expect(joined.lines(width: 8).map { $0.map(\.text).joined() } == ["El", "Ecuador"])
}

@Test func paragraphsAreSeparatedByBlankLines() {
    #expect(TextBlock("Claim\nVerdict: false").lines(width: 20).map { $0.map(\.text).joined() }
            == ["Claim", "", "Verdict: false"])
    #expect(TextBlock("A\nB", paragraphSpacing: 0).lineCount(width: 5) == 2)
    #expect(TextBlock("A\n\nB", paragraphSpacing: 0).lines(width: 5).map { $0.map(\.text).joined() } == ["A", "", "B"])
}

@Test func drawsInsideAnOffsetRect() {
    var canvas = Canvas(size: Size(width: 12, height: 4), fill: sentinel)
    TextBlock("Ecuador Colombia").draw(into: &canvas, in: Rect(x: 2, y: 1, width: 8, height: 2))
    #expect(canvas.text == "@@@@@@@@@@@@\n@@Ecuador@@@\n@@Colombia@@\n@@@@@@@@@@@@")
}

@Test func oneCellBlockShowsTheFirstCharacter() {
    #expect(render(1, 1) { canvas, rect in TextBlock("Ecuador").draw(into: &canvas, in: rect) } == "E")
    var empty = Canvas(size: Size(width: 0, height: 0))
    #expect(TextBlock("Ecuador").draw(into: &empty, in: empty.bounds) == 0)
}
