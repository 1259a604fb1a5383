import Foundation
import Testing
import VigiaModel
@testable import VigiaViews

/// `s` on every figure a screen shows: tiles, program totals, the scenario's budget, events in
/// the year view, claim figures. A computed figure opens its arithmetic and its inputs' sources.
@Suite struct ComputedFigureTests {
    let support = ScreenTestSupport.self

    private func selecting(_ target: RowTarget, in state: AppState, pane: Int = 0) throws -> AppState {
        var next = state
        next.focusedPane[state.route] = pane
        let key = ListKey(state.route, pane: pane)
        next.selection[key] = try #require(support.dashboard.rows(key, in: state).firstIndex { $0.target == target } as Int?)
        return next
    }

    @Test func programTotalsOpenTheirBasisAndSources() throws {
        let state = try selecting(.program("plan_colombia"), in: support.state(.screen(.programs)))
        let card = support.press([.character("s")], from: state)
        #expect(card.route == .computed(.programTotal("plan_colombia")))
        let text = support.render(card, size: Size(width: 120, height: 40)).text
        #expect(text.contains("$10.00bn appr. ≥"))
        #expect(text.contains("a source states this figure as it is"))
        #expect(text.contains("CRS, 2017"))
        // Enter on the source list opens the source card.
        let source = support.press([.enter], from: card)
        #expect(source.route == .source("PRG-S09", figure: nil))
    }

    @Test func aSummedTotalShowsItsArithmeticAndInputs() throws {
        let state = try selecting(.program("us_ecuador_assistance"), in: support.state(.screen(.programs)))
        let card = support.press([.character("s")], from: state)
        let text = support.render(card, size: Size(width: 200, height: 60)).text
        #expect(text.contains("derived: 34.909 + 26.346 + 18.03"))
        #expect(text.contains("FY2015 All agencies and sectors, obligations (ForeignAssistance.gov): 34.909"))
    }

    @Test func theProgramCardGivesTheSameTotal() {
        let state = support.state(.program("us_ecuador_assistance"))
        let text = support.render(state, size: Size(width: 120, height: 40)).text
        #expect(text.contains("$974.9m oblig. sum (obligated, FY2015–FY2023"))
        #expect(support.press([.character("s")], from: state).route == .computed(.programTotal("us_ecuador_assistance")))
    }

    @Test func overviewTilesTakeFocus() throws {
        var state = support.press([.tab, .tab], from: support.state(.screen(.overview)))
        #expect(state.pane == 2)
        // The first tile figure is Ecuador's latest rate: its source card, for that cell.
        let rate = support.press([.character("s")], from: state)
        guard case .source(_, let figure?) = rate.route else {
            Issue.record("expected a source card for a figure, got \(rate.route)")
            return
        }
        #expect(figure == .homicide(area: "ECU", year: 2025, measure: "rate_per_100k"))
        state = try selecting(.computed(.regionalShare), in: state, pane: 2)
        let share = support.press([.character("s")], from: state)
        #expect(share.route == .computed(.regionalShare))
        let text = support.render(share, size: Size(width: 120, height: 40)).text
        #expect(text.contains("derived: (LAC rate × LAC population) ÷ (World rate × World population)"))
        #expect(text.contains("LAC homicide rate per 100k"))
        // The tile holding the selected figure is framed as focused.
        let overview = support.render(state, size: Size(width: 120, height: 40)).text
        #expect(overview.contains("┏━ ▸ LAC"))
        state = try selecting(.computed(.programTotal("merida")), in: state, pane: 2)
        #expect(support.press([.character("s")], from: state).route == .computed(.programTotal("merida")))
    }

    @Test func theScenariosBudgetRowOpensItsArithmetic() throws {
        var state = try support.scenarioState()
        // The checklist follows the evidence: continuity has nothing but opinion and description.
        let screen = support.render(state, size: Size(width: 200, height: 60)).text
        #expect(screen.contains("no evidence to judge Continuity"))
        #expect(!screen.contains("addresses Continuity"))
        state = try selecting(.scenarioField(.budget), in: state)
        // `s` acts here, so the status line says so.
        #expect(support.render(state, size: Size(width: 120, height: 40)).line(39).contains("s source"))
        let card = support.press([.character("s")], from: state)
        #expect(card.route == .computed(.scenarioBudget))
        let text = support.render(card, size: Size(width: 120, height: 40)).text
        #expect(text.contains("$18.7m/yr × 5 yrs = $93.4m"))
        #expect(text.contains("derived: 18.68 × 5 years (the scenario's budget and duration)"))
    }

    @Test func aScenarioPillarRowOpensItsArithmetic() throws {
        var state = try support.scenarioState()
        let scenario = try #require(state.scenario?.scenario)
        state = try selecting(.scenarioField(.pillar(.prisons)), in: state)
        #expect(support.render(state, size: Size(width: 120, height: 40)).line(39).contains("s source"))
        let card = support.press([.character("s")], from: state)
        #expect(card.route == .computed(.scenarioPillar(.prisons)))
        let share = Scenario.percentText(scenario.allocation[.prisons])
        let text = support.render(card, size: Size(width: 120, height: 40)).text
        #expect(text.contains("\(Format.money(scenario.annualUSDMillions(.prisons)))/yr"))
        #expect(text.contains("derived: 18.68 × \(share)%"))
    }

    @Test func sOnACountrysYearOpensThatYearNotTheRankingsYear() throws {
        var state = try selecting(.year(2024), in: support.state(.country("ECU")))
        state.year = 2023
        guard case .source(_, let figure?) = support.press([.character("s")], from: state).route else {
            Issue.record("a year's row opens its value's source")
            return
        }
        #expect(figure == .homicide(area: "ECU", year: 2024, measure: "rate_per_100k"))
        // Venezuela's last sourced year is before the ranking's: its rows still open their value.
        var venezuela = try selecting(.year(2022), in: support.state(.country("VEN")))
        venezuela.year = 2024
        #expect(support.render(venezuela, size: Size(width: 80, height: 24)).line(23).contains("s source"))
        guard case .source(_, let value?) = support.press([.character("s")], from: venezuela).route else {
            Issue.record("Venezuela 2022 opens its value's source")
            return
        }
        #expect(value == .homicide(area: "VEN", year: 2022, measure: "rate_per_100k"))
    }

    @Test func sOnAnOverviewCountryOpensTheLatestRateItsRowShows() throws {
        let dataset = support.dashboard.dataset
        for code in ["ECU", "BLZ"] {
            var state = try selecting(.country(code), in: support.state(.screen(.overview)))
            // The Homicides screen's cursor and measure, which the Overview's list does not show.
            state.year = 2023
            state.measure = .count
            let latest = try #require(dataset.series(code, .ratePer100k).latestYear)
            #expect(latest != state.year, "\(code)'s latest rate is from another year than the cursor's")
            let row = try #require(support.render(state, size: Size(width: 100, height: 30)).text.split(separator: "\n").first { $0.contains("▶\(code)") })
            #expect(row.contains("'\(latest % 100)"), "the row shows the latest year: \(row)")
            #expect(support.render(state, size: Size(width: 100, height: 30)).line(29).contains("s source"))
            guard case .source(_, let figure?) = support.press([.character("s")], from: state).route else {
                Issue.record("\(code)'s row opens the source of its latest rate")
                continue
            }
            #expect(figure == .homicide(area: code, year: latest, measure: "rate_per_100k"))
        }
    }

    @Test func eventsInTheYearViewOpenTheirSource() throws {
        let dataset = support.dashboard.dataset
        let event = try #require(dataset.events(in: 2024, country: "ECU").first)
        let state = try selecting(.event(event.id), in: support.state(.countryYear("ECU", 2024)))
        #expect(support.press([.character("s")], from: state).route == .source(try #require(event.sources.first), figure: nil))
    }

    @Test func aDerivedClaimFigureOpensItsArithmetic() throws {
        let state = try selecting(.claimFigure(claim: "C11", index: 4), in: support.state(.claim("C11")))
        let card = support.press([.character("s")], from: state)
        #expect(card.route == .computed(.claimFigure(claim: "C11", index: 4)))
        #expect(support.render(card, size: Size(width: 120, height: 40)).text.contains("derived: 2 + 31 + 2 + 1,807"))
        // A stated claim figure still opens its source card.
        let stated = try selecting(.claimFigure(claim: "C11", index: 0), in: support.state(.claim("C11")))
        guard case .source = support.press([.character("s")], from: stated).route else {
            Issue.record("a stated figure opens its source")
            return
        }
    }

    @Test func computedRoutesAreSpelledForFollowers() {
        let dataset = support.dashboard.dataset
        for figure in [ComputedFigure.programTotal("carsi"), .regionalShare, .measuresInForce, .scenarioBudget, .scenarioPillar(.prisons), .claimFigure(claim: "C11", index: 4)] {
            let route = Route.computed(figure)
            #expect(Route(words: route.words, in: dataset) == route)
        }
        #expect(Route(words: ["computed", "programTotal", "nope"], in: dataset) == nil)
        #expect(Route(words: ["computed", "claimFigure", "C11", "-1"], in: dataset) == nil)
    }
}
