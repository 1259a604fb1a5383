import Testing
@testable import VigiaViews

/// Column widths: printable ASCII is counted by the byte; anything else cluster by cluster.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("Plan Colombia  $10.0 bn", 23),
        ("", 0),
        ("ab\tc", 3),                // a control character takes no column
        ("Perú", 4),                 // a precomposed letter
        ("Peru\u{301}", 4),          // a letter and a combining accent: one column
        ("日本", 4),                  // wide
        ("▁▂▃ ⠿", 5),               // blocks and braille
        ("a\u{7F}b", 2),             // DEL takes no column
    ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns, "\(text.debugDescription)")
    }
}
