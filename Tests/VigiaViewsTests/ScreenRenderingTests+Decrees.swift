import Testing
import VigiaModel
@testable import VigiaViews

@Suite struct DecreeScreenTests {
    let support = ScreenTestSupport.self

    static let routes: [Route] = [.screen(.decrees), .countryDecrees("ECU"), .decree("D019"), .decree("D039"), .event("E001")]

    @Test(arguments: ScreenTestSupport.sizes)
    func decreesTimelineShowsCountriesLegendAndWindow(size: Size) {
        let canvas = support.render(support.state(.screen(.decrees)), size: size)
        let text = canvas.text
        for country in ["Ecuador", "El Salvador", "Honduras", "Mexico", "Peru"] { #expect(text.contains(country)) }
        #expect(!text.contains("Chile"), "context measures stay hidden until a is pressed")
        #expect(text.contains("in force (stated end)"))
        #expect(text.contains("lighter = declared duration"))
        #expect(text.contains("Zoom years +/-"))
        #expect(text.contains("a: show context/protest"))
        #expect(text.contains("countries,"))
        #expect(canvas.line(2).contains("Emergency measures by country"))
        // The selected country's measures in the window, with the real decree of January 2024.
        #expect(text.contains("Decreto Ejecutivo 175"))
        #expect(canvas.cursor != nil)
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test func declaredOnlyPeriodsAreDimmedAndStatedOnesAreNot() throws {
        // Decree 110 ran 2024-01-08 to a stated 2024-03-08; Decree 210 only declared 60 days.
        var state = support.state(.countryDecrees("ECU"))
        state.decreeZoom = .days
        let rows = support.dashboard.rows(ListKey(.countryDecrees("ECU")), in: state)
        let d019 = try #require(rows.firstIndex(where: { $0.id == "D019" }))
        state.selection[ListKey(.countryDecrees("ECU"))] = d019
        state.decreeCenter = PartialDate(year: 2024, month: 2, day: 1).dayNumber
        let canvas = support.render(state, size: Size(width: 200, height: 60))
        let y = try #require(canvas.cursor?.y)
        let fills = (0..<canvas.size.width).map { canvas[$0, y] }.filter { $0.grapheme == "█" }
        #expect(!fills.isEmpty)
        #expect(fills.allSatisfy { !$0.style.attributes.contains(.dim) })

        state.decreeCenter = PartialDate(year: 2021, month: 10, day: 20).dayNumber
        let d004 = try #require(rows.firstIndex(where: { $0.id == "D004" }))
        state.selection[ListKey(.countryDecrees("ECU"))] = d004
        let declared = support.render(state, size: Size(width: 200, height: 60))
        let row = try #require(declared.cursor?.y)
        let dim = (0..<declared.size.width).map { declared[$0, row] }.filter { $0.grapheme == "█" }
        #expect(!dim.isEmpty)
        #expect(dim.allSatisfy { $0.style.attributes.contains(.dim) })
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func countryDecreesChainsExtensionsAndDetailsTheSelection(size: Size) throws {
        var state = support.state(.countryDecrees("ECU"))
        let rows = support.dashboard.rows(ListKey(.countryDecrees("ECU")), in: state)
        let index = try #require(rows.firstIndex(where: { $0.id == "D022" }) as Int?)
        state.selection[ListKey(.countryDecrees("ECU"))] = index
        let canvas = support.render(state, size: size)
        let text = canvas.text
        #expect(text.contains("Ecuador decrees"))
        let selected = canvas.line(try #require(canvas.cursor?.y))
        #expect(selected.contains("└ D"), "extensions are chained under what they extend")
        #expect(text.contains("▲"), "rulings are markers")
        #expect(text.contains("2024-03-07 to decl. 2024-04-05"))
        #expect(text.contains("30 days declared"))
        #expect(text.contains("extends D019 Decreto Ejecutivo 110"))
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func decreeCardShowsDatesDurationsHomicidesAndSources(size: Size) {
        let canvas = support.render(support.state(.decree("D019")), size: size)
        let text = canvas.text
        #expect(text.contains("Decreto Ejecutivo 110"))
        #expect(text.contains("2024-01-08 to 2024-03-08 (stated)"))
        #expect(text.contains("60 days declared, 61 days in force"))
        #expect(text.contains("President Daniel Noboa"))
        // Annual rate: 2024 has no sourced rate, so the comparison is a gap, never computed through it.
        #expect(text.contains("n/a (no 2025, 2026 rate)"))
        // Monthly counts exist around January 2024.
        #expect(text.contains("2023-10–2023-12 mean 785"))
        #expect(text.contains("−38.4%"))
        #expect(text.contains("DEC-S004"))
        #expect(text.contains("D022"))
        #expect(canvas.cursor != nil)
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test func decreeCardWithoutStatedEndShowsTheDeclaredEndAsDeclared() {
        let text = support.render(support.state(.decree("D039")), size: Size(width: 120, height: 40)).text
        #expect(text.contains("2022-03-27 to no end stated"))
        #expect(text.contains("30 days declared, actual duration n/a (no stated end)"))
        #expect(text.contains("would run to 2022-04-25"))
        #expect(text.contains("Extension 47"))
        #expect(text.contains("change −88.9%"))
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func eventCardShowsTollAndSources(size: Size) {
        let canvas = support.render(support.state(.event("E001")), size: size)
        let text = canvas.text
        #expect(text.contains("2021-02-23"))
        #expect(text.contains("79 killed (as reported)"))
        #expect(text.contains("prison massacre"))
        #expect(text.contains("DEC-S011"))
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test(arguments: routes)
    func asciiRenderingHasNoUnicodeGlyphs(route: Route) {
        for size in ScreenTestSupport.sizes + [Size(width: 40, height: 12)] {
            let canvas = support.render(support.state(route), size: size, glyphs: .ascii)
            #expect(support.unicodeOnlyGlyphs(canvas).isEmpty, "\(route) at \(size.width)x\(size.height)")
            #expect(!canvas.text.contains("–") && !canvas.text.contains("·") && !canvas.text.contains("…"))
        }
    }

    @Test(arguments: routes)
    func anySizeRendersWithoutOverflow(route: Route) {
        for (width, height) in [(40, 12), (41, 13), (55, 17), (79, 23), (97, 31), (160, 50), (250, 80)] {
            let canvas = support.render(support.state(route), size: Size(width: width, height: height))
            #expect(support.widestLine(canvas) <= width)
        }
    }

    @Test func enterDrillsToCountryThenDecreeAndEscapeComesBack() throws {
        var state = support.state(.screen(.decrees))
        state = support.press([.enter], from: state)
        #expect(state.route == .countryDecrees("ECU"))
        state = support.press([.enter], from: state)
        let first = try #require(support.dashboard.rows(ListKey(.countryDecrees("ECU")), in: state).first)
        #expect(state.route == .decree(first.id))
        #expect(support.render(state, size: Size(width: 80, height: 24)).line(1).contains("Decrees › Ecuador › "))
        state = support.press([.escape, .escape], from: state)
        #expect(state.route == .screen(.decrees))
    }

    @Test func zoomAndPanChangeTheWindow() {
        let start = support.state(.screen(.decrees))
        let zoomed = support.press([.character("+")], from: start)
        #expect(zoomed.decreeZoom == .months)
        #expect(support.render(zoomed, size: Size(width: 120, height: 40)).text.contains("Zoom months"))
        #expect(support.press([.character("-"), .character("-")], from: zoomed).decreeZoom == .years)
        let panned = support.press([.left], from: start)
        #expect(panned.decreeCenter < start.decreeCenter)
        let before = support.render(start, size: Size(width: 80, height: 24)).text
        let after = support.render(panned, size: Size(width: 80, height: 24)).text
        #expect(before != after)
    }

    @Test func contextToggleShowsContextMeasures() {
        let state = support.press([.character("a")], from: support.state(.screen(.decrees)))
        let text = support.render(state, size: Size(width: 120, height: 40)).text
        #expect(text.contains("Chile"))
        #expect(text.contains("Colombia"))
        #expect(text.contains("a: hide context/protest"))
    }
}
