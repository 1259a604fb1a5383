import Testing
import VigiaModel
@testable import VigiaViews

/// `:year` within the data's years, `:country` by code or any part of an English or Spanish
/// name, and the decree timeline's window anchored to the data.
@Suite struct CommandAndWindowTests {
    let support = ScreenTestSupport.self

    private func run(_ line: String, from state: AppState) -> AppState {
        support.press([.character(":")] + support.typing(line) + [.enter], from: state)
    }

    @Test func yearOutsideTheDataIsRefusedNamingTheRange() throws {
        let years = try #require(support.dashboard.dataset.homicideYears)
        let start = support.state(.country("ECU"))
        for typed in [years.upperBound + 26, 1800] {
            let state = run("year \(typed)", from: start)
            #expect(state.route == .country("ECU"))
            #expect(state.year == start.year)
            #expect(state.message == "no data for \(typed): homicide years run \(years.lowerBound)–\(years.upperBound)")
        }
        #expect(run("year soon", from: start).message?.contains("\(years.lowerBound)–\(years.upperBound)") == true)
        #expect(run("year \(years.upperBound)", from: start).route == .countryYear("ECU", years.upperBound))
    }

    @Test func countryMatchesCodesAndPartsOfEnglishAndSpanishNames() {
        let start = support.state(.screen(.overview))
        for (typed, code) in [("salv", "SLV"), ("perú", "PER"), ("PERU", "PER"), ("haiti", "HTI"), ("Haití", "HTI"), ("méxico", "MEX"),
                              ("hnd", "HND"), ("dominicana", "DOM"), ("brasil", "BRA"), ("tobago", "TTO")] {
            #expect(run("country \(typed)", from: start).route == .country(code), "\(typed)")
        }
        let ambiguous = run("country gua", from: start)
        #expect(ambiguous.route == .screen(.overview))
        #expect(ambiguous.message?.contains("Guatemala (GTM)") == true)
        #expect(ambiguous.message?.contains("Paraguay (PRY)") == true)
        #expect(ambiguous.message?.contains("Uruguay (URY)") == true)
    }

    @Test func aDecreesWholeNumberWinsOverPartsOfOthers() throws {
        let start = support.state(.screen(.overview))
        let id = try #require(support.dashboard.dataset.decrees.first { $0.reference == "Decreto Ejecutivo 202" }?.id)
        #expect(run("decree 202", from: start).route == .decree(id))
    }

    @Test func candidateListsEndWithACountRatherThanACut() {
        var start = support.state(.screen(.overview))
        start.viewport = Size(width: 80, height: 24)
        let message = run("country a", from: start).message ?? ""
        #expect(DisplayWidth.of(message) <= 79, "\(message)")
        #expect(message.hasSuffix("more; type more letters"), "\(message)")
        #expect(message.hasPrefix("\"a\" could be "))
        let few = CommandError("\"x\" could be", candidates: ["Alpha", "Beta", "Gamma"])
        #expect(few.message(fitting: 80) == "\"x\" could be Alpha; Beta; Gamma")
        #expect(few.message(fitting: 30) == "\"x\" could be 3 in all; type more letters")
        let many = CommandError("\"x\" could be", candidates: ["A very long candidate name", "Alpha", "Beta", "Gamma", "Delta"])
        #expect(many.message(fitting: 61) == "\"x\" could be Alpha; Beta; Gamma and 2 more; type more letters")
    }

    @Test func sourcesCitedAlikeAreToldApartByTheirTitles() {
        var start = support.state(.screen(.overview))
        start.viewport = Size(width: 200, height: 60)
        let message = run("source foreign assistance", from: start).message ?? ""
        #expect(message.contains("ForeignAssistance.gov, 2025 (U.S. Foreign Assistance by Country)"), "\(message)")
        #expect(message.contains("FY2024 and FY2025 rows"), "\(message)")
    }

    /// Decrees, programs and sources are found by the names the screens show, never only by id.
    @Test func decreesProgramsAndSourcesMatchPartsOfTheirNames() throws {
        let start = support.state(.screen(.overview))
        let dataset = support.dashboard.dataset
        #expect(run("decree 824", from: start).route == .decree("D016"))
        #expect(run("decree decreto ejecutivo 111", from: start).route == .decree("D020"))
        #expect(run("program bicent", from: start).route == .program("bicentennial_framework"))
        #expect(run("program mérida", from: start).route == .program("merida"))
        // Ids still work, for those who read the data files.
        #expect(run("program carsi", from: start).route == .program("carsi"))
        #expect(run("source UNODC_OWID", from: start).route == .source("UNODC_OWID", figure: nil))
        let unodc = run("source unodc", from: start)
        #expect(unodc.route == start.route)
        #expect(unodc.message?.contains("could be") == true && unodc.message?.contains("UNODC") == true, "\(unodc.message ?? "")")
        #expect(unodc.message?.contains("UNODC_OWID") == false)
        // The examples help gives work.
        for example in ["avenue mia", "punto por punto"] {
            guard case .source = run("source \(example)", from: start).route else {
                Issue.record("\(example) opens no source")
                continue
            }
        }
        // Completion offers names, not ids.
        let parser = support.dashboard.commands
        let names = parser.candidates(for: "program plan e")
        #expect(!names.isEmpty && names.allSatisfy { $0.hasPrefix("Plan Ecuador") }, "\(names)")
        #expect(parser.complete("decree decreto ejecutivo 11").hasPrefix("decree Decreto Ejecutivo 11"))
        #expect(!parser.candidates(for: "decree ").contains { dataset.decree($0) != nil })
    }

    @Test func decreesOpenOnTheLatestData() {
        let dashboard = support.dashboard
        for width in [80, 120, 200] {
            var state = support.state(.screen(.decrees))
            state.viewport = Size(width: width, height: 30)
            let window = dashboard.decreeWindow(state, columns: dashboard.decreeColumns(state))
            #expect(window.start <= Double(dashboard.latestDay) && Double(dashboard.latestDay) <= window.end, "width \(width)")
            #expect(window.end - Double(dashboard.latestDay) <= state.decreeZoom.timelineZoom.daysPerColumn * 4 + 1, "no empty years at \(width)")
        }
    }

    @Test func panStopsAtTheDataPlusAMargin() {
        let dashboard = support.dashboard
        var state = support.state(.screen(.decrees))
        state.viewport = Size(width: 120, height: 30)
        let margin = state.decreeZoom.timelineZoom.daysPerColumn * 4
        let right = support.press([.right], from: state)
        #expect(right.decreeCenter == state.decreeCenter, "the opening window already ends at the latest data")
        #expect(right.message == "the window ends at the latest data")
        var left = state
        for _ in 0..<200 { left = support.press([.left], from: left) }
        let window = dashboard.decreeWindow(left, columns: dashboard.decreeColumns(left))
        let earliest = dashboard.earliestDecreeDay(left)
        #expect(window.start >= Double(earliest) - margin - 1)
        // The left end is what the screen shows under its filter, not a context measure or an
        // event of a country the screen leaves out, so the last window still holds something.
        let everything = (dashboard.dataset.decrees.compactMap { $0.start?.dayNumber } + dashboard.dataset.events.map(\.date.dayNumber)).min() ?? 0
        #expect(earliest > everything)
        #expect(window.end > Double(earliest))
        let back = support.press([.right], from: left)
        #expect(back.decreeCenter > left.decreeCenter, "the first key back moves the window at once")
    }

    @Test func zoomKeepsTheLatestDataInView() {
        let dashboard = support.dashboard
        var state = support.state(.screen(.decrees))
        state.viewport = Size(width: 80, height: 24)
        for _ in 0..<2 {
            state = support.press([.character("+")], from: state)
            let window = dashboard.decreeWindow(state, columns: dashboard.decreeColumns(state))
            #expect(window.start <= Double(dashboard.latestDay) && Double(dashboard.latestDay) <= window.end, "\(state.decreeZoom)")
        }
        var middle = support.state(.screen(.decrees))
        middle.decreeCenter = PartialDate(year: 2019, month: 6, day: 1).dayNumber
        let zoomed = support.press([.character("+")], from: middle)
        #expect(zoomed.decreeCenter == middle.decreeCenter, "a date inside the data stays at the centre")
    }

    @Test func legendsTellStatedFromDeclaredWithoutColour() {
        for glyphs in [GlyphSet.unicode, .ascii] {
            let context = ScreenContext(dashboard: support.dashboard, state: support.state(.screen(.decrees)), theme: .mono, glyphs: glyphs)
            let marks = DecreeTrack.legendEntries(context).map(\.glyph)
            #expect(Set(marks).count == marks.count, "\(marks)")
        }
    }
}
