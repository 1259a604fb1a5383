import Testing
@testable import VigiaViews

/// The byte search the Programs totals use to find stage words and hedges in a basis.
@Suite struct UTF8SearchTests {
    @Test func findsTheFirstPhraseAtOrAfterAByte() {
        let basis = "Perú: nearly $20m appropriated; nearly all disbursed"
        #expect(basis.utf8Offset(of: "nearly") == 7, "ú is two bytes")
        #expect(basis.utf8Offset(of: "nearly", from: 8) == 33)
        #expect(basis.utf8Offset(of: "disbursed") == basis.utf8.count - 9)
        #expect(basis.utf8Offset(of: "obligated") == nil)
        #expect(basis.utf8Offset(of: "") == nil)
        #expect("ne".utf8Offset(of: "nearly") == nil)
        #expect(basis.utf8Offset(of: "nearly", from: basis.utf8.count) == nil)
    }

    /// A phrase that ends inside a character is not found there, as Foundation's search did not.
    @Test func aMatchMustEndOnAWholeCharacter() {
        #expect("planned\u{301}".utf8Offset(of: "planned") == nil)
        #expect("planned\u{301} and planned".utf8Offset(of: "planned") == 14, "the accent is two bytes")
        #expect(">\u{338} $5m".utf8Offset(of: ">") == nil)
        #expect(TotalHedge.of(basis: "nearly\u{301} $20 million", total: 13) == nil)
        #expect(TotalHedge.of(basis: "nearly $20 million", total: 20) == .nearly)
    }
}
