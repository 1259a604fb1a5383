import Testing
import VigiaViews

/// What an attendee in the C locale sees instead of Unicode glyphs.
@Suite struct AsciiFallbackTests {
    @Test func asciiPassesThrough() {
        #expect(AsciiFallback.fold("a") == "a")
        #expect(AsciiFallback.fold(" ") == " ")
        #expect(AsciiFallback.fold("") == " ")
    }

    @Test func accentedNamesKeepTheirLetters() {
        let folded = "Bogotá São Paulo Perú Ñuñoa Córdoba Łódź Čačak".map { AsciiFallback.fold(String($0)) }.joined()
        #expect(folded == "Bogota Sao Paulo Peru Nunoa Cordoba Lodz Cacak")
        #expect(AsciiFallback.fold("e\u{301}") == "e")  // decomposed accent
    }

    @Test func signsKeepTheirWidthAndMeaning() {
        // One cell each, so a column sized for the Unicode text still holds its ASCII form.
        #expect("≥≤≈Δ".map { AsciiFallback.fold(String($0)) }.joined() == "><~d")
    }

    @Test func boxDrawingBecomesLines() {
        #expect("┌──┬──┐".map { AsciiFallback.fold(String($0)) }.joined() == "+--+--+")
        #expect(AsciiFallback.fold("│") == "|")
        #expect(AsciiFallback.fold("═") == "-")
        #expect(AsciiFallback.fold("╋") == "+")
    }

    @Test func chartGlyphsKeepTheirWeight() {
        #expect(AsciiFallback.fold("\u{2800}") == " ")
        #expect(AsciiFallback.fold("⠁") == ".")
        #expect(AsciiFallback.fold("⡇") == ":")
        #expect(AsciiFallback.fold("⣿") == "#")
        #expect(AsciiFallback.fold("█") == "#")
        #expect(AsciiFallback.fold("▁") == "_")
        #expect(AsciiFallback.fold("░") == ".")
    }

    @Test func punctuationAndSymbols() {
        #expect(AsciiFallback.fold("—") == "-")
        #expect(AsciiFallback.fold("…") == ".")
        #expect(AsciiFallback.fold("×") == "x")
        #expect(AsciiFallback.fold("“") == "\"")
        #expect(AsciiFallback.fold("▲") == "^")
        #expect(AsciiFallback.fold("▼") == "v")
        #expect(AsciiFallback.fold("→") == ">")
        #expect(AsciiFallback.fold("漢") == "?")
    }

    @Test func everyFoldIsOnePrintableASCIICharacter() {
        for value in UInt32(0xA0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = AsciiFallback.fold(scalar: scalar)
            #expect(folded.isASCII && !(folded.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? true),
                    "U+\(String(value, radix: 16)) folded to \(folded)")
        }
    }
}
