import Foundation
import Testing
import VigiaModel
@testable import VigiaViews

@Suite struct ProgramScreenTests {
    let support = ScreenTestSupport.self

    static let routes: [Route] = [.screen(.programs), .program("plan_colombia"), .program("merida"),
                                  .program("plan_ecuador_noboa_2025"), .programYear("plan_colombia", 2009)]

    @Test(arguments: ScreenTestSupport.sizes)
    func programsCompareSideBySide(size: Size) throws {
        let canvas = support.render(support.state(.screen(.programs)), size: size)
        let text = canvas.text
        let colombia = try #require(text.split(separator: "\n").first(where: { $0.contains("Plan Colombia") }))
        #expect(colombia.contains("2000–2016"))
        #expect(colombia.contains("$10.00bn appr. ≥"))
        #expect(colombia.contains("$588.2m"))
        #expect(colombia.contains("67.89"), "homicide rate at the start, first recipient")
        #expect(text.contains("Mérida"))
        #expect(text.contains("$3.30bn appr. ≈"))
        // The selected program's whole funding: its totals to date, never one account standing for it.
        #expect(text.contains("Plan Colombia: total to date at each sourced checkpoint"))
        #expect(text.contains("10,000.0"))
        #expect(!text.contains("DoD counter-drug aid, Section 1004"))
        // Rows are grouped: U.S. programs first, then host-country plans, pledges and proposals.
        #expect(text.contains("U.S. programs"))
        #expect(canvas.cursor != nil)
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test func groupsAndTotalsOnOneFooting() throws {
        let text = support.render(support.state(.screen(.programs)), size: Size(width: 200, height: 60)).text
        let lines = text.split(separator: "\n").map(String.init)
        let heading = { (label: String) in try #require(lines.firstIndex { $0.contains("┃ " + label) }) }
        let row = { (name: String) in try #require(lines.firstIndex { $0.contains(name) }) }
        let us = try heading("U.S. programs"), host = try heading("Host-country plans"), pledges = try heading("Pledges and proposals")
        #expect(us < host && host < pledges)
        #expect(try row("Plan Colombia (Colombi") > host, "Colombia's own pledge is not a U.S. program")
        #expect(try row("Plan Ecuador 2007 (Cor") > host && (try row("Plan Ecuador 2007 (Cor")) < pledges)
        #expect(try row("Rubio pledge") > pledges)
        // U.S. aid to Ecuador: the same sum as on the scenario's comparison, said to be a sum.
        #expect(lines[try row("U.S. aid to Ecuador")].contains("$974.9m oblig. sum"))
    }

    @Test(arguments: [80, 100, 120])
    func shortNamesStayDistinct(width: Int) {
        let text = support.render(support.state(.screen(.programs)), size: Size(width: width, height: 60)).text
        let names = text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("┃"), ["Correa", "Lasso", "Noboa", "Plan Ecuador 20"].contains(where: line.contains) else { return nil }
            return line.dropFirst(2).components(separatedBy: "  ").first
        }
        #expect(names.count == 3)
        #expect(Set(names).count == names.count, "\(names)")
    }

    @Test func wideScreensAddStatusAndRecipients() {
        let text = support.render(support.state(.screen(.programs)), size: Size(width: 200, height: 60)).text
        #expect(text.contains("historical"))
        #expect(text.contains("BLZ CRI SLV +4"), "the room goes to the names; every recipient is named under the chart")
        #expect(text.contains("Merida Initiative (U.S.-Mexico"))
        #expect(!support.render(support.state(.screen(.programs)), size: Size(width: 80, height: 24)).text.contains("Recipients"))
        // At 120 columns the room goes to the names: recipients past three are counted.
        let middle = support.render(support.state(.screen(.programs)), size: Size(width: 120, height: 40)).text
        #expect(middle.contains("BLZ CRI SLV +4"))
        #expect(middle.contains("U.S.-Ecuador agreements") && middle.contains("Bicentennial Framework"))
    }

    @Test func programWithoutFundingSaysSo() throws {
        var state = support.state(.screen(.programs))
        let rows = support.dashboard.rows(ListKey(.screen(.programs)), in: state)
        state.selection[ListKey(.screen(.programs))] = try #require(rows.firstIndex(where: { $0.target == .program("plan_ecuador_noboa_2025") }) as Int?)
        let text = support.render(state, size: Size(width: 120, height: 40)).text
        #expect(text.contains("n/a: no total for this program in the funding data."))
        #expect(text.contains("Total: n/a (proposal/advocacy only - no amount)"), "the gap says why, in the data's words")
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func programShowsFiscalYearsSeriesAndShares(size: Size) {
        let canvas = support.render(support.state(.program("plan_colombia")), size: size)
        let text = canvas.text
        #expect(text.contains("Plan Colombia and follow-on U.S. assistance"))
        #expect(text.contains("$10.00bn appr. ≥ (appropriated, FY2000–FY2016"), "the best total, as on the Programs screen")
        #expect(text.contains("FY2000"))
        #expect(text.contains("$68.7m"))
        #expect(text.contains("78%"), "FY2000 military/police share within PRG-S04")
        #expect(text.contains("n/a"), "gaps are shown as gaps")
        #expect(!text.contains("—"), "one gap marker: n/a")
        #expect(text.contains("$3.58 per"), "dollars per resident per year of series A")
        #expect(canvas.cursor != nil)
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test func programListsCheckpointsOutcomesAndCriticisms() {
        let text = support.render(support.state(.program("plan_colombia")), size: Size(width: 200, height: 60)).text
        #expect(text.contains("Cumulative checkpoints (15)"))
        #expect(text.contains("Outcomes (48)"))
        #expect(text.contains("Homicide rate per 100k 1991: 78 homicides per 100,000 population (InSight Crime, 2015)"))
    }

    @Test func militaryShareIsOnlyTakenWithinOneSourceAndBasis() {
        let records = support.dashboard.dataset.funding(of: "plan_colombia")
        let share = support.militaryShare(records, year: 2009)
        #expect(share?.source == "PRG-P204")
        #expect(abs((share?.share ?? 0) - 305.05 / 545.05) < 1e-9)
        #expect(ProgramScreen.militaryShare(records, year: 2007) == nil)
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func programYearListsEveryRecordAndTheSelectedNote(size: Size) {
        let canvas = support.render(support.state(.programYear("plan_colombia", 2009)), size: size)
        let text = canvas.text
        #expect(text.contains("Plan Colombia FY2009: 14 records"))
        #expect(text.contains("Foreign Operations, economic and"))
        #expect(text.contains("$240.0m"))
        #expect(text.contains("> $7.00bn"))
        #expect(text.contains("CIP Colombia program blog"))
        #expect(text.contains("Foreign Operations appropriation only"))
        #expect(canvas.cursor != nil)
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test(arguments: routes)
    func asciiRenderingHasNoUnicodeGlyphs(route: Route) {
        for size in ScreenTestSupport.sizes + [Size(width: 40, height: 12)] {
            let canvas = support.render(support.state(route), size: size, glyphs: .ascii)
            #expect(support.unicodeOnlyGlyphs(canvas).isEmpty, "\(route) at \(size.width)x\(size.height)")
            // Funding notes are data and may hold typographic dashes; the other screens compose their own text.
            if case .programYear = route { continue }
            for glyph in ["–", "—", "·", "…", "≥", "≈"] { #expect(!canvas.text.contains(glyph), "\(glyph) in \(route)") }
        }
    }

    @Test(arguments: routes)
    func anySizeRendersWithoutOverflow(route: Route) {
        for (width, height) in [(40, 12), (41, 13), (55, 17), (79, 23), (97, 31), (160, 50), (250, 80)] {
            let canvas = support.render(support.state(route), size: Size(width: width, height: height))
            #expect(support.widestLine(canvas) <= width)
        }
    }
}

private extension ScreenTestSupport {
    static func militaryShare(_ records: [FundingRecord], year: Int) -> (share: Double, source: String, basis: FundingBasis)? {
        ProgramScreen.militaryShare(records, year: year)
    }
}

extension ProgramScreenTests {
    /// At 200×60 the short names are whole (as at 120 columns), the full name the table cuts is
    /// read whole under the chart with every recipient in words, and the chart's pane has no
    /// band of blank rows where the program's outcomes or criticisms fit.
    @Test func programsUseAWideTerminal() throws {
        let dataset = support.dashboard.dataset
        var state = support.state(.screen(.programs))
        let canvas = support.render(state, size: Size(width: 200, height: 60))
        for program in dataset.programs { #expect(canvas.text.contains(program.shortName + " "), "\(program.shortName)") }
        let colombia = try #require(dataset.program("plan_colombia"))
        #expect(canvas.text.contains("Full name " + colombia.name))
        let lines = (0..<canvas.size.height).map { canvas.line($0) }
        let blank = lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")).isEmpty }
        let longestBand = blank.split(separator: false).map(\.count).max() ?? 0
        #expect(longestBand <= 6, "a band of \(longestBand) blank rows")
        let rows = support.dashboard.rows(ListKey(.screen(.programs)), in: state)
        state.selection[ListKey(.screen(.programs))] = try #require(rows.firstIndex { $0.target == .program("carsi") } as Int?)
        let carsi = support.render(state, size: Size(width: 200, height: 60)).text
        #expect(carsi.contains("Belize, Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua, Panama"))
    }

    /// At 120×40 a checkpoint's label (its span and source) is whole when the bars keep half the width.
    @Test func checkpointLabelsAreWholeWithRoomToSpare() throws {
        var state = support.state(.screen(.programs))
        let rows = support.dashboard.rows(ListKey(.screen(.programs)), in: state)
        state.selection[ListKey(.screen(.programs))] = try #require(rows.firstIndex { $0.target == .program("merida") } as Int?)
        let text = support.render(state, size: Size(width: 120, height: 40)).text
        #expect(text.contains("FY2008–21 Appropriated to date (CRS, 2021) ≈ "))
        #expect(text.contains("FY2008–10 All recipients, FY2008-FY2010"))
    }

    /// At 200×60 the scenario's comparison is as wide as its names and spans, and the editor
    /// widens so its labels and lines are whole.
    @Test func scenarioUsesAWideTerminal() throws {
        let state = try support.scenarioState()
        let text = support.render(state, size: Size(width: 200, height: 60)).text
        #expect(text.contains("00–16 (17)") && text.contains("08–21 (14)"))
        #expect(text.contains("│ U.S. aid to Ecuador 15–23 (9) "), "the program column is as wide as its longest name")
        #expect(text.contains("Financial intelligence & asset seizure"))
        #expect(text.contains("Saves to "))
    }

    /// The chart's title says what the bars are in words; the series the data names and its
    /// source are lines of their own under it, so the title is never cut at 120 columns.
    @Test func aProgramsChartHasAShortHumanTitle() throws {
        var state = support.state(.screen(.programs))
        let rows = support.dashboard.rows(ListKey(.screen(.programs)), in: state)
        state.selection[ListKey(.screen(.programs))] = try #require(rows.firstIndex { $0.target == .program("us_ecuador_assistance") } as Int?)
        let lines = support.render(state, size: Size(width: 120, height: 40)).text.split(separator: "\n").map(String.init)
        let title = try #require(lines.first { $0.hasPrefix("┌─ U.S. aid to Ecuador") })
        #expect(title.hasPrefix("┌─ U.S. aid to Ecuador, obligated per fiscal year ($ millions) ─"), "\(title)")
        #expect(lines.contains { $0.contains("One bar per fiscal year: All agencies and sectors, obligations (ForeignAssistance.gov).") })
        #expect(lines.contains { $0.hasPrefix("│Source: ForeignAssistance.gov, 2025 ") })
    }
}

