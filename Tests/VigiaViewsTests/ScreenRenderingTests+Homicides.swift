import Foundation
import Testing
import VigiaModel
@testable import VigiaViews

@Suite struct HomicideScreenTests {
    let support = ScreenTestSupport.self

    @Test(arguments: ScreenTestSupport.sizes)
    func overviewShowsRealHeadlines(size: Size) {
        let canvas = support.render(support.state(.screen(.overview)), size: size)
        let text = canvas.text
        #expect(canvas.line(0).contains("1 Overview"))
        #expect(text.contains("Ecuador"))
        // Ecuador's record year: the newest whole year in the data.
        #expect(text.contains("51.00 per 100k") || text.contains("51 per 100k"))
        #expect(text.contains("9,216 homicides"))
        #expect(text.contains("of homicides"))
        #expect(text.contains("Plan Colombia"))
        #expect(text.contains("Latest events"))
        #expect(support.widestLine(canvas) <= size.width)
        // Where the source column shows, the sparklines leave it the room they do not fill.
        if size.width >= 200 { #expect(text.contains("4.49 '23 UNODC via Our World in Data, 2025")) }
    }

    /// A country's note on its figures is never cut without a sign: whole where the chart has
    /// room, else its first line with "↓ more", and Tab then Enter shows it whole.
    @Test func aCountrysNoteIsReadAtEverySize() throws {
        let note = try #require(support.dashboard.dataset.country("VEN")?.note)
        let lastWords = note.split(separator: " ").suffix(2).joined(separator: " ")
        let state = support.state(.country("VEN"))
        let tall = support.render(state, size: Size(width: 200, height: 60))
        #expect(tall.text.contains("About these figures"))
        #expect(tall.text.contains(lastWords), "the whole note at 200×60: \(lastWords)")
        let small = support.render(state, size: Size(width: 80, height: 24)).text
        #expect(small.contains("About these figures") && small.contains("↓ more"), "\(small)")
        #expect(!small.contains(lastWords))
        // Down to the smallest terminal the note is there to Tab to, and the years list stays.
        for size in [Size(width: 40, height: 12), Size(width: 50, height: 16), Size(width: 60, height: 18)] {
            let text = support.render(state, size: size).text
            #expect(text.contains("About these figures") && text.contains("▶2022"), "\(size): \(text)")
        }
        let full = support.press([.tab, .enter], from: state)
        let whole = support.render(full, size: Size(width: 80, height: 24)).text
        #expect(whole.contains("About these figures (full view)"), "\(whole)")
        let joined = whole.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "┃│ ")) }.joined(separator: " ")
        #expect(joined.contains(String(note.prefix(40))))
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func homicidesRanksTheCursorYear(size: Size) {
        var state = support.state(.screen(.homicides))
        state.year = 2023
        let canvas = support.render(state, size: size)
        let text = canvas.text
        #expect(text.contains("Ranking 2023"))
        let ecuador = text.split(separator: "\n").first(where: { $0.contains("Ecuador") })
        #expect(ecuador?.contains("45.72") == true)
        #expect(support.widestLine(canvas) <= size.width)
        // The cursor rests on the selected row, so screen readers follow the selection.
        #expect(canvas.cursor != nil)
    }

    /// The year view's detail is a pane: cut at 80×24 it says so, Tab and the movement keys
    /// reach its last line, and `s` from it opens the source of the row it details.
    @Test func theYearViewsDetailScrollsToItsEnd() throws {
        var state = support.state(.countryYear("ECU", 2025))
        let size = Size(width: 80, height: 24)
        let first = support.render(state, size: size).text
        #expect(first.contains("↓ more"))
        state = support.press([.tab, .character("G")], from: state)
        let last = support.render(state, size: size).text
        let range = try #require(last.firstMatch(of: /(\d+)–(\d+) of (\d+)/))
        #expect(range.output.2 == range.output.3, "\(last)")
        #expect(!last.contains("↓ more"))
        let source = support.press([.character("s")], from: state)
        guard case .source(let id, _) = source.route else {
            Issue.record("s opened \(source.route)")
            return
        }
        #expect(id == support.dashboard.dataset.series("ECU", .ratePer100k).record(in: 2025)?.source)
    }

    @Test func rateCountToggleShowsCounts() {
        var state = support.press([.character("2"), .character("r")], from: support.state(.screen(.overview)))
        state.year = 2023
        #expect(state.measure == .count)
        let text = support.render(state, size: Size(width: 120, height: 40)).text
        #expect(text.contains("8,248"))
    }

    @Test func filterNarrowsTheFocusedListAndShowsInTheTitle() {
        let state = support.press([.character("2"), .character("/")] + support.typing("salv"), from: support.state(.screen(.overview)))
        let rows = support.dashboard.rows(ListKey(.screen(.homicides)), in: state)
        #expect(rows.map(\.target) == [.country("SLV")])
        let canvas = support.render(state, size: Size(width: 80, height: 24))
        #expect(canvas.text.contains("/salv 1"))
        #expect(canvas.line(23).hasPrefix("/salv"))
        let cleared = support.press([.escape], from: state)
        #expect(support.dashboard.rows(ListKey(.screen(.homicides)), in: cleared).count == 22)
    }

    @Test func helpIsGeneratedFromTheKeyMapAndScrolls() {
        var state = support.press([.character("?")], from: support.state(.screen(.overview)))
        #expect(state.route == .help)
        var seen = ""
        // Page through the help at 80×24 to its last page: every binding and command appears on some page.
        var previous = ""
        for _ in 0..<20 {
            let page = support.render(state, size: Size(width: 80, height: 24)).text
            if page == previous { break }
            seen += page
            previous = page
            state = support.press([.pageDown], from: state)
        }
        for binding in support.dashboard.keyMap.bindings {
            #expect(seen.contains(binding.summary), "help lacks \(binding.summary)")
        }
        #expect(seen.contains(":compare"))
        #expect(support.press([.escape], from: state).route == .screen(.overview))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 39, height: 11), Size(width: 1, height: 1)])
    func asciiScreensUseNoUnicodeGlyphs(size: Size) {
        for route in [Route.screen(.overview), .screen(.homicides), .country("ECU"), .countryYear("ECU", 2023), .help] {
            let canvas = support.render(support.state(route), size: size, glyphs: .ascii)
            #expect(support.unicodeOnlyGlyphs(canvas).isEmpty, "\(route) at \(size)")
            #expect(support.widestLine(canvas) <= size.width)
        }
    }

    @Test func tooSmallSaysSo() {
        let text = support.render(support.state(.screen(.homicides)), size: Size(width: 39, height: 11)).text
        #expect(text.contains("Terminal too small"))
        #expect(text.contains("need 40×12, have 39×11"))
    }

    /// At 120×40 every country's name is whole beside the sparkline, whose header says which
    /// years it shows.
    @Test func rankingNamesAreWholeBesideTheSparkline() {
        let text = support.render(support.state(.screen(.homicides)), size: Size(width: 120, height: 40)).text
        #expect(text.contains("Trinidad and Tobago "))
        #expect(text.contains("Dominican Republic "))
    }

    /// Colombia 2024: a rate of five characters and a count of six; their sources start in one column.
    @Test func aYearsValuesStartTheirSourcesInOneColumn() throws {
        let lines = support.render(support.state(.countryYear("COL", 2024)), size: Size(width: 120, height: 40)).text.split(separator: "\n").map(String.init)
        let rate = try #require(lines.first { $0.contains("rate ") && $0.contains("Punto") }), count = try #require(lines.first { $0.contains("count ") && $0.contains("13,341") })
        let column = { (line: String, source: String) in line.range(of: source).map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
        #expect(column(rate, "Punto por Punto") == column(count, "Policía Nacional"))
        #expect(column(rate, "25.30") == column(count, "13,341").map { $0 + 1 }, "values right-aligned")
    }
}

