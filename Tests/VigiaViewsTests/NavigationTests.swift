import Testing
import VigiaModel
@testable import VigiaViews

/// Navigation without a terminal: keys through the key map and `Dashboard.reduce`, checked on
/// the resulting `AppState` (route, stack, selection, command line). Drilling in, coming back,
/// commands, tabs and digits. How each screen *looks* is in `ScreenRenderingTests+*.swift`.
@Suite struct NavigationTests {
    let support = ScreenTestSupport.self

    // MARK: Homicides

    @Test func drillFromRankingToCountryToYearAndBack() throws {
        var state = support.state(.screen(.homicides))
        state.year = 2023
        let rows = support.dashboard.rows(ListKey(.screen(.homicides)), in: state)
        let ecuador = try #require(rows.firstIndex(where: { $0.target == .country("ECU") }))
        state.selection[ListKey(.screen(.homicides))] = ecuador
        state = support.press([.enter], from: state)
        #expect(state.route == .country("ECU"))
        let years = support.dashboard.rows(ListKey(.country("ECU")), in: state)
        let year2023 = try #require(years.firstIndex(where: { $0.target == .year(2023) }))
        state.selection[ListKey(.country("ECU"))] = year2023
        state = support.press([.enter], from: state)
        #expect(state.route == .countryYear("ECU", 2023))
        let canvas = support.render(state, size: Size(width: 120, height: 40))
        #expect(canvas.line(1).contains("Homicides › Ecuador › 2023"))
        #expect(canvas.text.contains("45.72  UNODC via Our World in Data, 2025"))
        #expect(canvas.text.contains("8,248  Policía Nacional"))
        #expect(canvas.text.contains("(alternative)"))
        state = support.press([.escape, .backspace], from: state)
        #expect(state.route == .screen(.homicides))
    }

    @Test func sourceCardOfAValueListsConflictingValues() throws {
        var state = support.state(.countryYear("ECU", 2023))
        let rows = support.dashboard.rows(ListKey(.countryYear("ECU", 2023)), in: state)
        let countRow = try #require(rows.firstIndex(where: { $0.target == .homicideValue(HomicideValue(country: "ECU", year: 2023, measure: .count, period: nil, source: "EC_POLICIA_ECUAVISA_2025", release: nil)) }))
        state.selection[ListKey(.countryYear("ECU", 2023))] = countRow
        state = support.press([.character("s")], from: state)
        #expect(state.route == .source("EC_POLICIA_ECUAVISA_2025", figure: .homicide(area: "ECU", year: 2023, measure: "count")))
    }

    @Test func commandsNavigateWithCompletionAndHistory() {
        let start = support.state(.screen(.overview))
        var state = support.press([.character(":")] + support.typing("cou") + [.tab] + support.typing("ecu") + [.enter], from: start)
        #expect(state.route == .country("ECU"))
        state = support.press([.character(":")] + support.typing("year 2023") + [.enter], from: state)
        #expect(state.route == .countryYear("ECU", 2023))
        state = support.press([.character(":")] + support.typing("compare ECU,COL,MEX,SLV") + [.enter], from: state)
        #expect(state.route == .screen(.homicides))
        #expect(state.compared == ["ECU", "COL", "MEX", "SLV"])
        state = support.press([.character(":"), .up], from: state)
        #expect(state.mode == .command(LineEditor(text: "compare ECU,COL,MEX,SLV", historyIndex: 2)))
        state = support.press([.escape, .character(":")] + support.typing("screen dec") + [.enter], from: state)
        #expect(state.route == .screen(.decrees))
        state = support.press([.character(":")] + support.typing("country Atlantis") + [.enter], from: state)
        #expect(state.message == "no country \"Atlantis\"; try its ISO3 code or part of its name")
        #expect(state.route == .screen(.decrees))
    }

    @Test func tabCyclesPanesAndDigitsJumpScreens() {
        var state = support.press([.tab], from: support.state(.screen(.overview)))
        #expect(state.pane == 1)
        state = support.press([.backTab], from: state)
        #expect(state.pane == 0)
        for (index, screen) in ScreenID.allCases.enumerated() {
            #expect(support.press([.character(Character(String(index + 1)))], from: state).route == .screen(screen))
        }
        #expect(support.press([.character("q")], from: state).shouldQuit)
    }

    // MARK: Decrees

    @Test func enterDrillsToCountryThenDecreeAndEscapeComesBack() throws {
        var state = support.state(.screen(.decrees))
        state = support.press([.enter], from: state)
        #expect(state.route == .countryDecrees("ECU"))
        state = support.press([.enter], from: state)
        let first = try #require(support.dashboard.rows(ListKey(.countryDecrees("ECU")), in: state).first)
        #expect(support.dashboard.drillTarget(ListKey(.countryDecrees("ECU")), row: first) == state.route)
        #expect(support.render(state, size: Size(width: 80, height: 24)).line(1).contains("Decrees › Ecuador › "))
        state = support.press([.escape, .escape], from: state)
        #expect(state.route == .screen(.decrees))
    }

    // MARK: Programs

    @Test func enterDrillsFromProgramsToYearToSource() throws {
        var state = support.press([.character("4"), .enter], from: support.state(.screen(.overview)))
        #expect(state.route == .program("plan_colombia"))
        let years = support.dashboard.rows(ListKey(.program("plan_colombia")), in: state)
        state.selection[ListKey(.program("plan_colombia"))] = try #require(years.firstIndex(where: { $0.target == .fiscalYear(2009) }) as Int?)
        state = support.press([.enter], from: state)
        #expect(state.route == .programYear("plan_colombia", 2009))
        state = support.press([.character("s")], from: state)
        #expect(state.route == .source("PRG-P204", figure: nil))
        #expect(support.render(state, size: Size(width: 80, height: 24)).text.contains("2010 aid to Colombia moves through Congress"))
        state = support.press([.escape, .escape, .escape], from: state)
        #expect(state.route == .screen(.programs))
    }

    // MARK: Claims & Sources

    @Test func claimFigureOpensItsSource() {
        let state = support.press([.enter], from: support.state(.claim("C13")))
        #expect(state.route == .source("DEC-S008", figure: nil))
        #expect(support.press([.escape], from: state).route == .claim("C13"))
    }
}
