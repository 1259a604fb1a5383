import Foundation
import Testing
@testable import VigiaModel
@testable import VigiaViews

/// The number-format rules every screen, widget and command-line report shares: one gap
/// marker, no "−0%", "1 yr", thousands separated in charts as in tables, one money rounding.
@Suite struct FormatRuleTests {
    let support = ScreenTestSupport.self

    // MARK: One gap marker

    @Test func aMissingValueIsNAInEveryFormatter() {
        #expect(Format.missing == "n/a")
        #expect(Format.count(nil) == "n/a")
        #expect(Format.rate(nil) == "n/a")
        #expect(Format.percent(nil) == "n/a")
        #expect(Format.share(nil) == "n/a")
        #expect(Format.money(nil) == "n/a")
        #expect(Format.dollars(.nan) == "n/a")
        #expect(NumberText.fixed(nil, decimals: 1) == "n/a")
        #expect(NumberText.grouped(nil, decimals: 0) == "n/a")
        #expect(FigureText.money(.infinity) == "n/a")
    }

    @Test func tablesAndCellsNeverUseTheDash() throws {
        let program = try #require(support.dashboard.dataset.programs.first { $0.id == "plan_colombia" })
        let scenario = try ScenarioLoader.load(from: ScenarioLocation.bundledDefault(in: ScreenTestSupport.dataURL),
                                               displayPath: "default", dataset: support.dashboard.dataset)
        var scenarioState = support.state(.screen(.programs))
        scenarioState.stack = [.screen(.programs), .scenario]
        scenarioState.scenario = ScenarioSession(scenario: scenario.scenario, loadedFrom: "default", target: "/nonexistent/vigia/scenario.json", fingerprint: nil)
        var lessonsState = support.state(.screen(.programs))
        lessonsState.stack = [.screen(.programs), .lessons]
        for (state, name) in [(support.state(.program(program.id)), "program"), (scenarioState, "scenario"), (lessonsState, "lessons")] {
            for size in support.sizes {
                let text = support.render(state, size: size).text
                #expect(!text.contains("—"), "\(name) at \(size): the gap is n/a, not a dash")
                #expect(text.contains("n/a"), "\(name) at \(size): gaps are shown")
            }
        }
    }

    @Test func theHelpLegendListsBothGapMarks() {
        let unicode = HelpContent.lines(support.dashboard.keyMap, gap: GlyphSet.unicode.gap)
        #expect(unicode.contains { $0.key == "Legend" && $0.isHeading })
        #expect(unicode.contains { $0.key == "n/a" && $0.text.contains("never zero") })
        #expect(unicode.contains { $0.key == GlyphSet.unicode.gap && $0.text.contains("n/a does not fit") })
        let ascii = HelpContent.lines(support.dashboard.keyMap, gap: GlyphSet.ascii.gap)
        #expect(ascii.contains { $0.key == GlyphSet.ascii.gap })
        #expect(ascii.count == unicode.count, "the help's rows do not depend on the glyph set")
    }

    // MARK: No "−0%"

    @Test func aChangeThatRoundsToZeroIsZeroPercent() {
        #expect(Format.percent(-0.3) == "0%")
        #expect(Format.percent(0.4) == "0%")
        #expect(Format.percent(0) == "0%")
        #expect(Format.percent(-0.04, decimals: 1) == "0.0%")
        #expect(Format.percent(-0.5) == "−1%")
        #expect(Format.percent(-4) == "−4%")
        #expect(Format.percent(12.34, decimals: 1) == "+12.3%")
        #expect(FigureText.signedPercent(-0.2) == "0%")
        #expect(ScenarioReport.signed(-0.2) == "0%")
        #expect(ScenarioReport.signed(-61.4) == "-61%")
    }

    @Test func theHomicidesTableNeverShowsMinusZero() {
        let state = support.state(.screen(.homicides))
        for size in support.sizes {
            let text = support.render(state, size: size).text
            #expect(!text.contains("−0%") && !text.contains("+0%") && !text.contains("±0%"), "at \(size)")
        }
    }

    // MARK: "1 yr"

    @Test func yearsAgreeInNumber() {
        #expect(Format.years(1) == "1 yr")
        #expect(Format.years(5) == "5 yrs")
        #expect(FigureText.years(1) == "1 yr")
    }

    @Test func aOneYearScenarioReadsOneYr() throws {
        let loaded = try ScenarioLoader.load(from: ScenarioLocation.bundledDefault(in: ScreenTestSupport.dataURL),
                                             displayPath: "default", dataset: support.dashboard.dataset)
        var scenario = loaded.scenario
        scenario.durationYears = 1
        var state = support.state(.screen(.programs))
        state.stack = [.screen(.programs), .scenario]
        state.scenario = ScenarioSession(scenario: scenario, loadedFrom: "default", target: "/nonexistent/vigia/scenario.json", fingerprint: nil)
        let text = support.render(state, size: Size(width: 120, height: 40)).text
        #expect(text.contains("1 yr"))
        #expect(!text.contains("1 yrs"))
        let report = ScenarioReport.compare(scenario, path: "s.json", dataset: support.dashboard.dataset, format: .text)
        #expect(report.contains("1 yr "))
        #expect(!report.contains("1 yrs"))
    }

    // MARK: Thousands in charts as in tables

    @Test func groupedNumbersSeparateThousands() {
        #expect(NumberText.grouped(32_252, decimals: 0) == "32,252")
        #expect(NumberText.grouped(1_234.56, decimals: 1) == "1,234.6")
        #expect(NumberText.grouped(999.96, decimals: 1) == "1,000.0")
        #expect(NumberText.grouped(-1_234_567, decimals: 0) == "-1,234,567")
        #expect(NumberText.grouped(45.72, decimals: 2) == "45.72")
        #expect(NumberText.grouped(32_252, decimals: 0) == Format.count(32_252))
    }

    @Test func aChartLegendGroupsThousandsAsTheTableDoes() {
        let chart = LineChart(series: [LineChart.Series(name: "MEX", values: [(2020, 32_252), (2021, 30_000)])],
                              cursorX: 2020, showsAxes: false, valueDecimals: 0)
        let text = render(40, 5) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
        #expect(text.contains("MEX 32,252"), "\(text)")
        #expect(!text.contains("32252"))
    }

    @Test func barValuesGroupThousands() {
        let chart = BarChart(bars: [.init(label: "FY2003", value: 1_234.5)], valueDecimals: 1)
        let text = render(40, 1) { canvas, rect in chart.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
        #expect(text.contains("1,234.5"), "\(text)")
    }

    @Test func theHomicideChartLegendIsGrouped() throws {
        var state = support.state(.screen(.homicides))
        state.measure = .count
        let text = support.render(state, size: Size(width: 200, height: 60)).text
        #expect(text.range(of: #"[A-Z]{3} \d{1,3},\d{3}"#, options: .regularExpression) != nil, "a count legend reads like 32,252")
        #expect(text.range(of: #"[A-Z]{3} \d{4,}"#, options: .regularExpression) == nil, "no ungrouped count in a legend")
    }

    // MARK: One money rounding

    @Test func moneyRoundsOneWayOnScreenAndInReports() {
        #expect(Format.money(193.25) == "$193.3m")
        #expect(ScenarioReport.money(193.25) == "$193.3m")
        #expect(Format.money(0.15) == "$0.2m")
        #expect(Format.money(10_000) == "$10.00bn")
        for index in 0..<20_000 {
            let millions = Double(index) * 0.05 + 0.0001 * Double(index % 7)
            #expect(Format.money(millions) == ScenarioReport.money(millions), "\(millions)")
            let share = Double(index) / 20_000
            #expect(Format.share(share, decimals: 0) == ScenarioReport.percent(share), "\(share)")
            #expect(Format.dollars(millions) == ScenarioReport.dollars(millions), "\(millions)")
        }
    }

    @Test func theCompareReportAndTheScenarioScreenPrintTheSameMoney() throws {
        let loaded = try ScenarioLoader.load(from: ScenarioLocation.bundledDefault(in: ScreenTestSupport.dataURL),
                                             displayPath: "default", dataset: support.dashboard.dataset)
        var scenario = loaded.scenario
        scenario.annualBudgetUSDMillions = 38.65  // × 5 = 193.25: "%.1f" read $193.2m, the screen $193.3m
        var state = support.state(.screen(.programs))
        state.stack = [.screen(.programs), .scenario]
        state.scenario = ScenarioSession(scenario: scenario, loadedFrom: "default", target: "/nonexistent/vigia/scenario.json", fingerprint: nil)
        let screen = support.render(state, size: Size(width: 120, height: 40)).text
        let report = ScenarioReport.compare(scenario, path: "s.json", dataset: support.dashboard.dataset, format: .text)
        let total = Format.money(scenario.totalUSDMillions)
        #expect(screen.contains(total), "\(total)")
        #expect(report.contains(total), "\(total)")
    }
}
