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
        #expect(text.contains("in force (stated dates)"))
        #expect(text.contains("▓ declared duration only"), "a glyph of its own, not only a dimmer colour")
        #expect(text.contains("Zoom years · "))
        #expect(text.contains("gang-violence measures only"))
        #expect(text.contains("a all measures"), "the key is on the status line")
        #expect(text.contains("countries,"))
        #expect(canvas.line(2).contains("Emergency measures by country"))
        // The selected country's measures in the window, with the real decree of January 2024.
        #expect(text.contains("Decreto Ejecutivo 175"))
        #expect(canvas.cursor != nil)
        #expect(support.widestLine(canvas) <= size.width)
    }

    /// In ASCII the in-force glyph is `#`, as is the focused pane's border: the legend keeps a
    /// space between them.
    @Test func theASCIILegendIsNotReadAsTheBorder() {
        let text = support.render(support.state(.screen(.decrees)), size: Size(width: 80, height: 24), glyphs: .ascii).text
        #expect(text.contains("# # in force (stated dates)"), "\(text)")
        #expect(!text.contains("## in force"))
    }

    @Test func declaredOnlyPeriodsAreDimmedAndStatedOnesAreNot() throws {
        // Decree 110 ran 2024-01-08 to a stated 2024-03-08; Decree 210 only declared 60 days.
        var state = support.state(.countryDecrees("ECU"))
        state.decreeZoom = .days
        let rows = support.dashboard.rows(ListKey(.countryDecrees("ECU")), in: state)
        let d019 = try #require(rows.firstIndex(where: { $0.target == .decree("D019") }))
        state.selection[ListKey(.countryDecrees("ECU"))] = d019
        state.decreeCenter = PartialDate(year: 2024, month: 2, day: 1).dayNumber
        let canvas = support.render(state, size: Size(width: 200, height: 60))
        let y = try #require(canvas.cursor?.y)
        let fills = (0..<canvas.size.width).map { canvas[$0, y] }.filter { $0.grapheme == "█" }
        #expect(!fills.isEmpty)
        #expect(fills.allSatisfy { !$0.style.attributes.contains(.dim) })

        state.decreeCenter = PartialDate(year: 2021, month: 10, day: 20).dayNumber
        let d004 = try #require(rows.firstIndex(where: { $0.target == .decree("D004") }))
        state.selection[ListKey(.countryDecrees("ECU"))] = d004
        let declared = support.render(state, size: Size(width: 200, height: 60))
        let row = try #require(declared.cursor?.y)
        let dim = (0..<declared.size.width).map { declared[$0, row] }.filter { $0.grapheme == "▓" }
        #expect(!dim.isEmpty)
        #expect(dim.allSatisfy { $0.style.attributes.contains(.dim) })
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func countryDecreesChainsExtensionsAndDetailsTheSelection(size: Size) throws {
        var state = support.state(.countryDecrees("ECU"))
        let rows = support.dashboard.rows(ListKey(.countryDecrees("ECU")), in: state)
        let index = try #require(rows.firstIndex(where: { $0.target == .decree("D022") }) as Int?)
        state.selection[ListKey(.countryDecrees("ECU"))] = index
        let canvas = support.render(state, size: size)
        let text = canvas.text
        #expect(text.contains("Ecuador decrees"))
        let selected = canvas.line(try #require(canvas.cursor?.y))
        #expect(selected.contains("└ D"), "extensions are chained under what they extend")
        #expect(text.contains("▲"), "rulings are markers")
        #expect(text.contains("2024-03-07 to decl. 2024-04-05"))
        #expect(text.contains("30 days declared"))
        #expect(text.contains("extends Decreto Ejecutivo 110"))
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
        // Annual rate: 2026 has no sourced rate, so the two-year mean after is a gap, never
        // computed from 2025 alone.
        #expect(text.contains("n/a (no 2026 rate)"))
        // Both series are the whole country's, whatever the measure covered.
        #expect(text.contains("Ecuador as a whole: rate per 100k, homicides a month"))
        // Monthly counts exist around January 2024 (at 80×24 they are a scroll away).
        let monthly = size.height > 24 ? text : support.render(support.press([.tab, .down, .down, .down], from: support.state(.decree("D019"))), size: size).text
        #expect(monthly.contains("2023-10–2023-12 mean 785"), "\(monthly)")
        #expect(monthly.contains("−38%"))
        #expect(text.contains("Radio La Calle, 2024"))
        #expect(text.contains("Decreto Ejecutivo 193"))
        #expect(canvas.cursor != nil)
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test func decreeCardWithoutStatedEndShowsTheDeclaredEndAsDeclared() {
        let text = support.render(support.state(.decree("D039")), size: Size(width: 120, height: 40)).text
        #expect(text.contains("2022-03-27 to no end stated"))
        #expect(text.contains("30 days declared, actual duration n/a (no stated end)"))
        #expect(text.contains("would run to 2022-04-25"))
        #expect(text.contains("Extension 47"))
        // 2020–2021 are UNODC's; 2024 comes from another source: no change is computed.
        #expect(text.contains("change not computed (different sources)"))
    }

    /// The state of exception of 2023-08-14 and Decreto Ejecutivo 111 state no end: each is
    /// drawn in force on its start day only, unknown from then to the data's last date and its
    /// `▶`, and Ecuador's row on the Decrees screen ends in the `▶` too, in Unicode and ASCII.
    @Test func aMeasureWithNoStatedEndIsDrawnUnknownAfterItsStart() throws {
        for (glyphs, fill, unknown, open) in [(GlyphSet.unicode, "█", "┄", "▶"), (.ascii, "#", "?", ">")] {
            let state = support.state(.countryDecrees("ECU"))
            let canvas = support.render(state, size: Size(width: 120, height: 40), glyphs: glyphs, theme: .mono)
            let lines = canvas.text.split(separator: "\n").map(String.init)
            for name in ["state of exception", "Decreto Ejecutivo 111"] {
                let track = try #require(lines.last { $0.contains(name) && $0.contains(open) }, "\(name) ends in \(open)")
                let inner = track.dropFirst().dropLast()
                let from = try #require(inner.firstIndex(of: Character(fill))), to = try #require(inner.lastIndex(of: Character(open)))
                let between = inner[inner.index(after: from)..<to]
                #expect(!between.isEmpty && between.allSatisfy { String($0) == unknown }, "in force on its start only: \(track)")
            }
            #expect(canvas.text.contains("\(unknown)\(open) no end stated"))
            let summary = support.render(support.state(.screen(.decrees)), size: Size(width: 120, height: 40), glyphs: glyphs).text
            let ecuador = try #require(summary.split(separator: "\n").first { $0.contains("Ecuador") })
            #expect(ecuador.contains(open), "\(ecuador)")
        }
    }

    /// Ecuador's first row, a ruling of 2021-03-04, lies before the opening window: its row is
    /// marked at the left edge, and the legend says what the mark means.
    @Test func aRowBeforeTheWindowIsMarked() throws {
        let text = support.render(support.state(.countryDecrees("ECU")), size: Size(width: 80, height: 24)).text
        let row = try #require(text.split(separator: "\n").first { $0.contains("CC Decision No. 4-") })
        #expect(row.contains("◀"), "\(row)")
        #expect(text.contains("◀ all before the window"))
    }

    /// A duration the data does not give reads n/a, never a blank cell.
    @Test func unknownDurationsReadAsGaps() throws {
        let text = support.render(support.state(.screen(.decrees)), size: Size(width: 120, height: 40)).text
        let row = try #require(text.split(separator: "\n").first { $0.contains("no end stated") && $0.contains("Decreto Ejecutivo") })
        #expect(row.contains("n/a"), "\(row)")
    }

    /// Decreto Ejecutivo 824 (July 2023): 2021–2022 are UNODC's rates, 2024 and 2025 come from
    /// two other sources. No change is computed across them; each side says where it comes from.
    @Test func aDecreeCardComputesNoChangeAcrossSources() throws {
        let dataset = support.dashboard.dataset
        let series = dataset.series("ECU", .ratePer100k)
        let sources = [2021, 2022, 2024, 2025].compactMap { series.record(in: $0)?.source }
        #expect(Set(sources).count > 1, "the case needs a change of source")
        let result = BeforeAfter.annual(series, around: try #require(dataset.decree("D016")?.start), years: 2)
        #expect(result.isAcrossSources)
        #expect(result.percentChange == nil)
        // Wide enough that the sentence is on one line.
        let text = support.render(support.state(.decree("D016")), size: Size(width: 600, height: 60)).text
        #expect(text.contains("change not computed (different sources)"))
        #expect(text.contains("2021–2022 mean ") && text.contains("(\(dataset.citation(sources[0])))"))
        #expect(text.contains("2024–2025 n/a (different sources: 2024 \(dataset.citation(sources[2])); 2025 \(dataset.citation(sources[3])))"))
    }

    /// Decreto Ejecutivo 210 (rates, one source) and 824 (monthly counts, one source): a change
    /// is computed, and each side still names where its figures come from, at whole percent.
    @Test func eachSideOfADecreesComparisonNamesItsSource() throws {
        let dataset = support.dashboard.dataset
        let rates = dataset.series("ECU", .ratePer100k)
        let rateSource = dataset.citation(try #require(rates.record(in: 2019)?.source))
        let rate = support.render(support.state(.decree("D004")), size: Size(width: 600, height: 60)).text
        #expect(rate.contains("2019–2020 mean 7.34 (\(rateSource)) → 2022–2023 mean 36.57 (\(rateSource)); change +399%;"))
        let monthSource = dataset.citation(try #require(dataset.monthly("ECU").first?.source))
        let month = support.render(support.state(.decree("D016")), size: Size(width: 600, height: 60)).text
        #expect(month.contains("2023-04–2023-06 mean 672 (\(monthSource)) → 2023-08–2023-10 mean 739 (\(monthSource)); change +10%;"))
        #expect(!rate.contains("398.5%") && !month.contains("9.9%"), "a change on screen is whole percent")
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func eventCardShowsTollAndSources(size: Size) {
        let canvas = support.render(support.state(.event("E001")), size: size)
        let text = canvas.text
        #expect(text.contains("2021-02-23"))
        #expect(text.contains("79 killed (as reported)"))
        #expect(text.contains("Prison massacre"))
        #expect(text.contains("Al Jazeera, 2021"))
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
        #expect(text.contains("all measures, context and protest included"))
    }
}

@Suite struct ContinuousAndUnknownStretchTests {
    let support = ScreenTestSupport.self

    /// The timeline row of the `index`th list row of `country`'s decrees, with the selection on it.
    private func row(_ country: String, id: String, glyphs: GlyphSet = .unicode) throws -> String {
        var state = support.state(.countryDecrees(country))
        let rows = support.dashboard.rows(ListKey(.countryDecrees(country)), in: state)
        let index = try #require(rows.firstIndex(where: { $0.target == .decree(id) }))
        state.selection[ListKey(.countryDecrees(country))] = index
        let canvas = support.render(state, size: Size(width: 120, height: 40), glyphs: glyphs)
        return canvas.line(try #require(canvas.cursor?.y))
    }

    @Test func elSalvadorsRegimenIsContinuousFrom2022To2026() throws {
        let line = try row("SLV", id: "D075")
        #expect(line.contains("Extensions 1-48"))
        let marks = line.filter { $0 == "═" }.count
        #expect(marks >= 45, "about four years of a seven-year window at 120 columns; got \(marks)")
        #expect(try row("SLV", id: "D075", glyphs: .ascii).contains("++++++++++"))
        let card = support.render(support.state(.countryDecrees("SLV")), size: Size(width: 120, height: 40)).text
        #expect(card.contains("═ renewed continuously, not itemised"))
        #expect(card.contains("┄ unknown"))
    }

    @Test func hondurasDeclarationRowShowsTheUnknownStretchAfterItsListedPeriods() throws {
        let line = try row("HND", id: "D049")
        #expect(line.contains("┄┄┄"), "2025: a 24th extension is reported, undated")
        #expect(try row("HND", id: "D049", glyphs: .ascii).contains("???"))
        let legend = DecreeTrack.legend(width: 200, context: ScreenContext(dashboard: support.dashboard, state: support.state(.screen(.decrees)),
                                                                          theme: .mono, glyphs: .ascii))
        let text = legend.flatMap { $0 }.map(\.text).joined()
        #expect(text.contains("+ renewed continuously, not itemised"))
        #expect(text.contains("? unknown"))
    }
}

@Suite struct DataDateTests {
    let support = ScreenTestSupport.self

    private func overview(today: PartialDate, size: Size = Size(width: 80, height: 24)) -> Canvas {
        let dashboard = Dashboard(dataset: support.dashboard.dataset, today: today)
        return Frame.render(ScreenContext(dashboard: dashboard, state: dashboard.initialState(), theme: .dark, glyphs: .unicode), size: size)
    }

    @Test func freshDataSaysHowFarItGoesWithoutAnAgeNotice() throws {
        let latest = try #require(support.dashboard.dataset.latestDate)
        let canvas = overview(today: PartialDate(dayNumber: latest.dayNumber + 30))
        let text = canvas.text
        #expect(text.contains("data to " + Format.humanDate(latest)))
        #expect(text.contains("in force on "), "the tile says as of when, never \"now\"")
        #expect(text.contains("date in the data"))
        #expect(!text.contains("days old"))
        #expect(support.widestLine(canvas) <= 80)
    }

    @Test func staleDataGetsAMutedNoticeOfItsAge() throws {
        let latest = try #require(support.dashboard.dataset.latestDate)
        let canvas = overview(today: PartialDate(dayNumber: latest.dayNumber + 264))
        let text = canvas.text
        #expect(text.contains("data is 264 days old"))
        let y = try #require((0..<canvas.size.height).first { canvas.line($0).contains("days old") })
        let x = try #require(canvas.line(y).range(of: "data is").map { canvas.line(y).distance(from: canvas.line(y).startIndex, to: $0.lowerBound) })
        #expect(canvas[x, y].style == Theme.dark.muted)
        #expect(!overview(today: PartialDate(dayNumber: latest.dayNumber + 90)).text.contains("days old"), "90 days is not yet stale")
    }

    @Test func inForceTileCountsOnTheLatestDateNotToday() {
        #expect(OverviewScreen.decreesTile(ScreenContext(dashboard: support.dashboard, state: support.state(.screen(.overview)),
                                                         theme: .dark, glyphs: .unicode)).1.flatMap { $0 }.map(\.text).joined()
                    .contains("in force on "))
        #expect(Format.humanDate(PartialDate(year: 2026, month: 3, day: 15)) == "15 Mar 2026")
        #expect(Format.humanDate(PartialDate(year: 2026, month: 3)) == "Mar 2026")
    }
}
