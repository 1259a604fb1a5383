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

    /// The scalars counted one by one are each a character of one column, even side by side.
    @Test func everyScalarCountedOneByOneIsACharacterOfOneColumn() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0xAC, 0xAE...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF, 0x2500...0x28FF]
        var scalars = String.UnicodeScalarView()
        for range in ranges {
            for value in range { scalars.append(Unicode.Scalar(value)!) }
        }
        let text = String(scalars)
        #expect(text.unicodeScalars.allSatisfy { DisplayWidth.of($0) == 1 })
        #expect(text.count == scalars.count)
        #expect(DisplayWidth.singleColumnScalars(text) == scalars.count)
        #expect(DisplayWidth.singleColumnScalars("e\u{301}") == nil, "a combining mark joins the letter before it")
        #expect(DisplayWidth.singleColumnScalars("a\u{AD}b") == nil, "a soft hyphen takes no column")
    }

    @Test func textOfSingleColumnScalarsIsCutByScalar() {
        #expect(TextFit.truncate("▁▂▃▄▅▆▇█", to: 5, ellipsis: "…") == "▁▂▃▄…")
        #expect(TextFit.truncate("Perú ≥ 40.1", to: 6, ellipsis: "~") == "Perú ~")
        #expect(TextFit.truncate("日本語の文", to: 5, ellipsis: "…") == "日本…")
    }
}
