import Testing
@testable import VigiaViews

/// Every string a glyph set holds, found by reflection so new glyphs are covered too.
private func allGlyphs(_ value: Any) -> [String] {
    Mirror(reflecting: value).children.flatMap { child -> [String] in
        switch child.value {
        case let text as String: return [text]
        case let list as [String]: return list
        case let box as GlyphSet.Box: return allGlyphs(box)
        default: return []
        }
    }
}

@Test func asciiGlyphSetIsSevenBit() {
    let glyphs = allGlyphs(GlyphSet.ascii)
    #expect(glyphs.count > 30)
    for glyph in glyphs {
        #expect(glyph.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "\(glyph)")
    }
}

@Test(arguments: ["unicode", "ascii"])
func everyGlyphIsOneColumn(_ name: String) throws {
    let set = try #require(glyphSets[name])
    for glyph in allGlyphs(set) {
        #expect(DisplayWidth.of(glyph) == 1, "\(glyph)")
    }
}

@Test(arguments: ["unicode", "ascii"])
func gapAndMarkersAreDistinctFromLevelsAndFills(_ name: String) throws {
    let set = try #require(glyphSets[name])
    #expect(set.sparkLevels.count == 8)
    #expect(!set.sparkLevels.contains(set.gap))
    #expect(Set(set.sparkLevels).count == 8)
    #expect(set.eventMarker != set.rulingMarker)
    #expect(set.periodFill != set.extensionFill)
    #expect(set.box != set.focusedBox)
    #expect(Set(set.segmentFills).count == set.segmentFills.count)
}

@Test func brailleDotsMapToUnicodeDotNumbers() {
    let dots = GlyphSet.Dots.braille
    #expect(dots.glyph(1 << 0) == "⠁")   // column 0, row 0: dot 1
    #expect(dots.glyph(1 << 1) == "⠈")   // column 1, row 0: dot 4
    #expect(dots.glyph(1 << 2) == "⠂")   // column 0, row 1: dot 2
    #expect(dots.glyph(1 << 6) == "⡀")   // column 0, row 3: dot 7
    #expect(dots.glyph(1 << 7) == "⢀")   // column 1, row 3: dot 8
    #expect(dots.glyph(0xFF) == "⣿")
    #expect(dots.glyph(0) == "⠀")
}

@Test func asciiDotsFollowHtop() {
    let dots = GlyphSet.Dots.ascii
    #expect(dots.columns == 1 && dots.rows == 2)
    #expect(dots.glyph(0) == " ")
    #expect(dots.glyph(1) == "'")
    #expect(dots.glyph(2) == ".")
    #expect(dots.glyph(3) == ":")
}

@Test func barsHaveEighthPrecisionOnlyInUnicode() {
    #expect(GlyphSet.unicode.bar(cells: 2.5) == "██▌")
    #expect(GlyphSet.unicode.bar(cells: 0.125) == "▏")
    #expect(GlyphSet.unicode.bar(cells: 3) == "███")
    #expect(GlyphSet.unicode.bar(cells: 0.04) == "")
    #expect(GlyphSet.ascii.bar(cells: 2.4) == "##")
    #expect(GlyphSet.ascii.bar(cells: 2.5) == "###")
    #expect(GlyphSet.ascii.bar(cells: -1) == "")
    #expect(GlyphSet.unicode.bar(cells: .nan) == "")
}

@Test func segmentFillsCycle() {
    let set = GlyphSet.unicode
    #expect(set.segmentFill(0) == "█")
    #expect(set.segmentFill(4) == "█")
    #expect(set.segmentFill(5) == "▓")
}
