import Testing
@testable import VigiaViews

private let ranking = Table(
    columns: [
        .init("Country", width: .flexible(min: 6)),
        .init("Rate", width: .fixed(6), alignment: .right),
        .init("Chg", width: .fixed(6), alignment: .right),
    ],
    rows: [
        .init(["Ecuador", "45.7", "+74%"], styles: [nil, nil, Theme.dark.negative]),
        .init(["Trinidad and Tobago", "38.6", "-4%"]),
        .init(["Honduras", "31.1", "-11%"]),
    ],
    selectedIndex: 1,
    sort: .init(column: 1, ascending: false)
)

@Test func tableAtWidth30ShowsHeaderEllipsisAndSelection() {
    var canvas = Canvas(size: Size(width: 30, height: 5))
    let offset = ranking.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == """
         Country          Rate▼    Chg
         Ecuador           45.7   +74%
        ▶Trinidad and T…   38.6    -4%
         Honduras          31.1   -11%

        """)
    #expect(offset == 0)
    #expect(canvas.cursor == Point(x: 1, y: 2))
    #expect((0..<30).allSatisfy { canvas[$0, 2].style == Theme.dark.selection })
    #expect(canvas[1, 1].style == Theme.dark.text)
    #expect(canvas[28, 1].style == Theme.dark.negative)
    #expect(canvas[1, 0].style == Theme.dark.header)
}

@Test func asciiTableMarksSortAndSelectionWithAscii() {
    var table = ranking
    table.sort = .init(column: 0, ascending: true)
    let text = render(30, 3) { canvas, rect in
        table.draw(into: &canvas, in: rect, theme: .mono, glyphs: .ascii)
    }
    #expect(text == """
         Country^          Rate    Chg
         Ecuador           45.7   +74%
        >Trinidad and T~   38.6    -4%
        """)
}

@Test func selectionIsScrolledIntoView() {
    let rows = (0..<10).map { Table.Row(["Row \($0)"]) }
    let table = Table(columns: [.init("Name", width: .flexible(min: 4))], rows: rows, selectedIndex: 7)
    var canvas = Canvas(size: Size(width: 10, height: 4))
    let offset = table.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode, scrollOffset: 0)
    #expect(offset == 5)
    #expect(canvas.text == " Name\n Row 5\n Row 6\n▶Row 7")
    #expect(canvas.cursor == Point(x: 1, y: 3))
    var again = Canvas(size: Size(width: 10, height: 4))
    #expect(table.draw(into: &again, in: again.bounds, theme: .dark, glyphs: .unicode, scrollOffset: 6) == 6)
}

@Test func emptyTableShowsItsMessage() {
    let table = Table(columns: [.init("Country", width: .flexible(min: 4))], rows: [],
                      emptyMessage: "No countries match /xyz")
    var canvas = Canvas(size: Size(width: 16, height: 3))
    table.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == " Country\n No countries m…\n")
    #expect(canvas.cursor == nil)
    #expect(canvas[1, 1].style == Theme.dark.muted)
}

@Test func flexibleColumnsShareByWeight() {
    let table = Table(columns: [
        .init("A", width: .flexible(min: 2, weight: 1)),
        .init("B", width: .fixed(4)),
        .init("C", width: .flexible(min: 2, weight: 3)),
    ], rows: [])
    // 1 gutter + 2 gaps + 4 fixed leave 13: a quarter and three quarters.
    #expect(table.columnWidths(totalWidth: 20) == [3, 4, 10])
    #expect(table.columnWidths(totalWidth: 5) == [2, 4, 2])
}

@Test func tinyTablesDoNotCrash() {
    for size in [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 2, height: 1), Size(width: 3, height: 2)] {
        var canvas = Canvas(size: size)
        ranking.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode, scrollOffset: 2)
    }
    var canvas = Canvas(size: Size(width: 3, height: 2))
    ranking.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == " C…\n▶T…")
}

/// A fitted column grows to its longest text before flexible columns share the rest, leaves
/// them their minimums, and never grows past what it needs.
@Test func fittedColumnsTakeWhatTheyNeedFirst() {
    let table = Table(columns: [Table.Column("Name", width: .fitted(min: 4, max: 12)), Table.Column("Full", width: .flexible(min: 5, weight: 3))], rows: [])
    #expect(table.columnWidths(totalWidth: 40) == [12, 26])
    #expect(table.columnWidths(totalWidth: 15) == [8, 5])
    let alone = Table(columns: [Table.Column("Name", width: .fitted(min: 4, max: 12)), Table.Column("N", width: .fixed(3))], rows: [])
    #expect(alone.columnWidths(totalWidth: 40) == [12, 3])
}

@Test func aTableWithUntitledColumnsStartsWithItsFirstRow() {
    let list = Table(columns: [.init("", width: .fixed(5)), .init("", width: .flexible(min: 4))],
                     rows: [.init(["rate", "45.72"]), .init(["count", "8,248"])], selectedIndex: 0)
    var canvas = Canvas(size: Size(width: 20, height: 3))
    list.draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == "▶rate  45.72\n count 8,248\n")
    #expect(canvas.cursor == Point(x: 1, y: 0))
    // Sorted, the arrow needs the header row even without titles.
    var sorted = list
    sorted.sort = .init(column: 1, ascending: true)
    var withArrow = Canvas(size: Size(width: 20, height: 3))
    sorted.draw(into: &withArrow, in: withArrow.bounds, theme: .dark, glyphs: .unicode)
    #expect(withArrow.line(0).contains("▲") && withArrow.line(1).hasPrefix("▶rate"))
}
