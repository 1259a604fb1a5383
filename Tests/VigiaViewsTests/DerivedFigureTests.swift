import Foundation
import Testing
import VigiaModel
@testable import VigiaViews

/// A computed figure says so wherever it is shown: the claim card and the Claims screen, the
/// decree card, and exports. Hedged totals say how they are hedged.
@Suite struct DerivedFigureTests {
    let support = ScreenTestSupport.self

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 200, height: 60)])
    func claimCardShowsTheArithmeticOfASum(size: Size) {
        let text = support.render(support.state(.claim("C11")), size: size).text
        #expect(text.contains("derived: 2 + 31 + 2 + 1,807"))
        // The card wraps its prose, so read the left pane's lines as one paragraph.
        let card = text.split(separator: "\n").map { line in
            String(line.prefix { $0 != "┃" && $0 != "┏" && $0 != "┗" }).trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
        }.joined(separator: " ")
        #expect(card.contains("Municipal police forces (SESNSP, 2019) 1,807"), "the inputs are listed with their values")
        #expect(text.contains("derived "), "the figure table marks the row's type")
    }

    @Test func claimsScreenDetailShowsTheDerivation() throws {
        var state = support.state(.screen(.claims))
        let rows = support.dashboard.rows(ListKey(.screen(.claims)), in: state)
        state.selection[ListKey(.screen(.claims))] = try #require(rows.firstIndex(where: { $0.target == .claim("C13") }) as Int?)
        let text = support.render(state, size: Size(width: 200, height: 60)).text
        #expect(text.contains("derived: 348 + 147 + 89"))
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 200, height: 60)])
    func decreeCardShowsADerivedEndAsApproximate(size: Size) {
        let text = support.render(support.state(.decree("D024")), size: size).text
        #expect(text.contains("c. 2024-05-10 (derived)"))
        #expect(text.contains("derived: Constitutional Court ruling on Friday 10 May 2024"))
        #expect(!text.contains("2024-05-10 (stated)"))
    }

    @Test func aStatedEndIsStillStated() {
        let text = support.render(support.state(.decree("D019")), size: Size(width: 200, height: 60)).text
        #expect(text.contains("(stated)"))
        #expect(!text.contains("derived:"))
    }

    @Test func exportsCarryTheDerivation() throws {
        let state = support.state(.screen(.claims))
        let claims = ScreenExport.table(for: .claims, dashboard: support.dashboard, state: state)
        let c11 = claims.rows.filter { $0.first == "C11" }
        #expect(c11.contains { claims.value("derived", in: $0)?.text.hasPrefix("derived: 2 + 31 + 2 + 1,807 from Federal police forces (SESNSP, 2019) 2 (PRG-S75);") == true })
        #expect(try claims.json().contains("derived: 348 + 147 + 89"))
        let decrees = ScreenExport.table(for: .decrees, dashboard: support.dashboard, state: state)
        let column = try #require(decrees.columns.firstIndex(of: "end_derived"))
        let d024 = try #require(decrees.rows.first { $0.first == "D024" })
        #expect(d024[column].text.hasPrefix("derived: Constitutional Court ruling"))
        #expect(d024[column].text.contains("2024-04-30 (DEC-S045)"))
    }

    @Test func nearlyIsWrittenAsNearlyNotAsALowerBound() throws {
        let text = support.render(support.state(.screen(.programs)), size: Size(width: 200, height: 60)).text
        let rubio = try #require(text.split(separator: "\n").first { $0.contains("Rubio pledge") })
        #expect(rubio.contains("nearly $20m"))
        #expect(!rubio.contains("≥"))
        // A hedge on a part ("~$708m", ">$1.2bn combined") is not a hedge on the total.
        #expect(TotalHedge.of(basis: "allocated; separate ~$708m of other funds; >$1.2bn combined", total: 495) == nil)
        #expect(TotalHedge.of(basis: "appropriated; lower bound ('more than $10 billion')", total: 10_000) == .atLeast)
        #expect(TotalHedge.of(basis: "approximate ('roughly $3.3 billion appropriated')", total: 3300) == .approximately)
    }
}
