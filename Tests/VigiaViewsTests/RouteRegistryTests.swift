import Testing
import VigiaModel
@testable import VigiaViews

/// Every route goes through one registry, so what it must get right is finding the view of
/// each route and spelling each route the same way back; and `:about` is the screen that
/// proves a new route needs only its file and one registry line.
@Suite struct RouteRegistryTests {
    let support = ScreenTestSupport.self

    @Test(arguments: RenderFixtureTests.cases)
    func everyRouteSurvivesTheSnapshotWords(_ testCase: RenderFixtureTests.Case) {
        #expect(Route(words: testCase.route.words, in: support.dashboard.dataset) == testCase.route)
    }

    @Test func wordsNamingMissingRecordsAreRefused() {
        let dataset = support.dashboard.dataset
        #expect(Route(words: ["country", "XXX"], in: dataset) == nil)
        #expect(Route(words: ["countryYear", "ECU", "1800"], in: dataset) == nil)
        #expect(Route(words: ["dataStatus", "extra"], in: dataset) == nil)
    }

    @Test func theDataCommandOpensAboutTheDataAndEscReturns() {
        let start = support.state(.screen(.decrees))
        var state = support.press([.character(":")] + support.typing("about") + [.enter], from: start)
        #expect(state.stack == [.screen(.decrees), .dataStatus])
        let canvas = support.render(state, size: Size(width: 80, height: 24))
        #expect(canvas.line(1).contains("Decrees › About the data"))
        #expect(canvas.text.contains("Data to 15 Mar 2026"))
        #expect(canvas.text.contains("data is 17 days old on 1 Apr 2026"))
        state = support.press([.escape], from: state)
        #expect(state.stack == [.screen(.decrees)])
    }

    @Test func rowsDrillByWhatTheyAreNotBySpelling() throws {
        let dashboard = support.dashboard
        let value = RowTarget.homicideValue(HomicideValue(country: "ECU", year: 2023, measure: .count, period: nil,
                                                          source: "EC_POLICIA_ECUAVISA_2025", release: nil))
        let row = try #require(dashboard.rows(ListKey(.countryYear("ECU", 2023)), in: support.state(.countryYear("ECU", 2023)))
            .first { $0.target == value })
        #expect(dashboard.drillTarget(ListKey(.countryYear("ECU", 2023)), row: row)
            == .source("EC_POLICIA_ECUAVISA_2025", figure: .homicide(area: "ECU", year: 2023, measure: "count")))
        #expect(dashboard.drillTarget(ListKey(.screen(.decrees)), row: ListRow(.country("ECU"), searchText: "")) == .countryDecrees("ECU"))
        #expect(dashboard.drillTarget(ListKey(.screen(.homicides)), row: ListRow(.country("ECU"), searchText: "")) == .country("ECU"))
    }
}
