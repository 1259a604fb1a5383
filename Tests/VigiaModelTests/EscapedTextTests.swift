import Foundation
import Testing
@testable import VigiaModel

@Suite struct EscapedTextTests {
    static let awkward = "quote \" backslash \\ tab\t line\nreturn\r bell\u{07} nul\u{00} esc\u{1B} línea\u{2028}párrafo\u{2029} ñ €"

    /// What the data files, exports and recordings write must read back as the same text.
    @Test func jsonLiteralReadsBackAsTheSameText() throws {
        for separators in [false, true] {
            let literal = Self.awkward.jsonLiteral(escapingLineSeparators: separators)
            let read = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String
            #expect(read == Self.awkward)
        }
    }

    @Test func jsonLiteralEscapesControlCharactersOnlyAndLineSeparatorsWhenAsked() {
        let kept = Self.awkward.jsonLiteral()
        #expect(kept.hasPrefix("\"quote \\\" backslash \\\\ tab\\t line\\nreturn\\r bell\\u0007 nul\\u0000 esc\\u001b"))
        #expect(kept.contains("línea\u{2028}párrafo\u{2029} ñ €"))
        #expect(!kept.unicodeScalars.contains { $0.value < 0x20 })
        let escaped = Self.awkward.jsonLiteral(escapingLineSeparators: true)
        #expect(escaped.contains("línea\\u2028párrafo\\u2029 ñ €"))
    }

    @Test func escapingUsesTheTableThenTheRule() {
        let text = "a<b>&c\u{01}"
        #expect(text.escaping(["<": "[", ">": "]"]) == "a[b]&c\u{01}")
        #expect(text.escaping(["<": "["]) { $0 == "&" || $0.value < 0x20 ? "_" : nil } == "a[b>_c_")
    }
}
