import Testing
import VigiaModel
@testable import VigiaViews

/// Changes and sparklines on screen stay within one source's series; the Overview uses the
/// room a large terminal gives it.
@Suite struct SeriesChangeRenderingTests {
    let support = ScreenTestSupport.self

    private func line(_ text: String, containing needle: String) throws -> String {
        try #require(text.split(separator: "\n").first { $0.contains(needle) }.map(String.init))
    }

    @Test func rankingMarksAChangeAcrossSources() throws {
        var state = support.state(.screen(.homicides))
        state.year = 2024
        let text = support.render(state, size: Size(width: 120, height: 40)).text
        let honduras = try line(text, containing: "Honduras")
        #expect(honduras.contains("≠ src"))
        #expect(!honduras.contains("−20%"), "31.44 (UNODC, 2023) to 25.30 (InSight Crime, 2024) is not a change")
        // Costa Rica's 2024 source also gives 2023, so its change is computed within that source.
        let costaRica = try line(text, containing: "Costa Rica")
        #expect(costaRica.contains("−6%"))
        let ascii = support.render(state, size: Size(width: 120, height: 40), glyphs: .ascii).text
        #expect(try line(ascii, containing: "Honduras").contains("!= src"))
    }

    /// Under a locale that is not UTF-8 the Ecuador tile's cross-source line is ASCII and still
    /// one line, so the count and its line stay in the tile; a tile that is cut says so.
    @Test func theEcuadorTileFitsInASCII() throws {
        let canvas = support.render(support.state(.screen(.overview)), size: Size(width: 80, height: 24), glyphs: .ascii)
        let rows = (3...6).map { String(canvas.line($0).prefix(20)) }
        #expect(rows[0].hasPrefix("|51.00 per 100k"))
        #expect(rows[1] == "|2025, != src '24  |")
        #expect(rows[2].hasPrefix("|9,216 homicides"))
        #expect(rows[3] == "|2025, != src '24  |")
        let region = (3...6).map { String(canvas.line($0).dropFirst(20).prefix(20)) }
        #expect(region[3].hasSuffix("~|"), "the region tile is cut, and marked: \(region)")
    }

    @Test func theFiguresCardGivesBothValuesAndSources() {
        let state = support.state(.source("IC_ROUNDUP_2024", figure: .homicide(area: "HND", year: 2024, measure: "rate_per_100k")))
        let text = support.render(state, size: Size(width: 200, height: 60)).text
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Change on 2023: not computed."))
        #expect(flat.contains("31.44"))
        #expect(flat.contains("UNODC via Our World in Data, 2025"))
    }

    @Test func sparklinesBreakWhereTheSourceChanges() {
        let dataset = support.dashboard.dataset
        let line = HomicidesScreen.sparkline(dataset.series("HND", .ratePer100k), years: 2020...2025)
        let text = line.text(from: 0, cellsPerValue: 1, glyphs: .unicode, columnBreaks: line.breaks)
        // 2020–2023 UNODC, 2024 and 2025 each another InSight Crime report.
        #expect(text.count == 8)
        #expect(Array(text)[4] == "┊" && Array(text)[6] == "┊")
        #expect(line.text(from: 0, cellsPerValue: 1, glyphs: .ascii, columnBreaks: line.breaks).filter { $0 == ":" }.count == 2)
    }

    @Test func sparklinesUseTheColumnAndNameTheYearsShown() {
        let lines = [Sparkline(values: [1, 2, 3, 4], breaks: [2]), Sparkline(values: [4, 3, 2, 1])]
        // Wide: each value takes up to three cells; every line shows the same values.
        let wide = Sparkline.fit(lines, width: 20)
        #expect(wide.firstShown == 0 && wide.cellsPerValue == 3)
        #expect(lines[0].text(from: 0, cellsPerValue: 3, glyphs: .unicode, columnBreaks: wide.breaks) == "▁▁▁▃▃▃┊▆▆▆███")
        // The line without a break keeps a blank cell where the other breaks, so the years line up.
        #expect(lines[1].text(from: 0, cellsPerValue: 3, glyphs: .unicode, columnBreaks: wide.breaks) == "███▆▆▆ ▃▃▃▁▁▁")
        // Narrow: the most recent values that fit with their break.
        let narrow = Sparkline.fit(lines, width: 3)
        #expect(narrow.firstShown == 2 && narrow.cellsPerValue == 1)
        #expect(HomicidesScreen.yearsLabel(2000...2025, firstShown: 9) == "2009–2025")
    }

    @Test func theSparklineHeaderSaysWhichYearsAreShown() throws {
        let text = support.render(support.state(.screen(.homicides)), size: Size(width: 120, height: 40)).text
        let header = try line(text, containing: "Country")
        #expect(!header.contains("2000–"), "the column cannot hold 26 years at 120 columns")
        let jamaica = try line(text, containing: "Jamaica")
        #expect(!jamaica.contains("…"), "the sparkline is never cut")
    }

    /// A band of consecutive lines inside one pane with nothing but blanks.
    private func tallestBlankBand(_ canvas: Canvas, columns: Range<Int>) -> Int {
        var tallest = 0, current = 0
        for y in 2..<(canvas.size.height - 1) {
            let cells = columns.map { canvas[$0, y].grapheme }
            let blank = cells.allSatisfy { $0 == " " || $0 == "│" || $0 == "┃" }
            current = blank ? current + 1 : 0
            tallest = max(tallest, current)
        }
        return tallest
    }

    @Test func overviewUsesALargeTerminal() {
        let canvas = support.render(support.state(.screen(.overview)), size: Size(width: 200, height: 60))
        #expect(tallestBlankBand(canvas, columns: 0..<100) <= 4, "the left half")
        #expect(tallestBlankBand(canvas, columns: 100..<200) <= 4, "the right half")
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func theAidTileNeverShowsALabelWithoutItsValue(size: Size) throws {
        let text = support.render(support.state(.screen(.overview)), size: size).text
        let rows = text.split(separator: "\n").map(String.init)
        let top = try #require(rows.firstIndex { $0.contains("U.S. aid") })
        let column = try #require(rows[top].range(of: "U.S. aid")).lowerBound
        let offset = rows[top].distance(from: rows[top].startIndex, to: column) - 3
        let tile = rows[(top + 1)...].prefix { !$0.dropFirst(offset).hasPrefix("└") }
            .map { String($0.dropFirst(offset + 1).prefix { $0 != "│" }).trimmingCharacters(in: .whitespaces) }
        for (index, label) in tile.enumerated() where ["Plan Colombia", "Mérida", "CARSI", "U.S. aid to Ecuador"].contains(label) {
            #expect(index + 1 < tile.count && tile[index + 1].hasPrefix("$"), "\(label) at \(size.width)×\(size.height)")
        }
        #expect(tile.contains { $0.contains("$") })
    }

    @Test func eightPickedCountriesAllKeepTheirLegend() {
        var state = support.state(.screen(.homicides))
        state.compared = ["PAN", "MEX", "HND", "GTM", "SLV", "ECU", "COL", "VEN"]
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
            let text = support.render(state, size: size).text
            for code in state.compared {
                #expect(text.contains("━ \(code) "), "\(code) at \(size.width)×\(size.height)")
            }
        }
    }
}

@Test func namesAreShortenedByARuleThatKeepsThemDistinct() {
    let names = ["Plan Ecuador 2007 (Correa)", "Plan Ecuador 2022 (Lasso)", "Plan Ecuador 2025 (Noboa)", "CARSI"]
    for width in [8, 13, 16, 20] {
        let short = DistinctNames.shorten(names, to: width, ellipsis: "…")
        #expect(Set(short).count == names.count, "\(width): \(short)")
        #expect(short.allSatisfy { DisplayWidth.of($0) <= width })
        #expect(short[3] == "CARSI", "a name that fits is kept")
    }
    // Names that stay apart when cut at the end are cut at the end.
    #expect(DistinctNames.shorten(["Bicentennial Framework", "U.S. aid to Ecuador"], to: 13, ellipsis: "…") == ["Bicentennial…", "U.S. aid to …"])
}
