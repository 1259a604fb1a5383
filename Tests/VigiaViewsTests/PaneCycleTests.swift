import Testing
import VigiaModel
@testable import VigiaViews

/// Tab reaches every pane a screen draws, and what a pane cannot show is marked, never
/// silently left out: the scenario's comparison, the Programs notes, the Claims and Lessons
/// details, and the U.S. aid tile.
@Suite struct PaneCycleTests {
    let support = ScreenTestSupport.self
    let small = Size(width: 80, height: 24)

    private func start(_ route: Route, size: Size = Size(width: 80, height: 24)) -> AppState {
        support.state(route, viewport: size)
    }

    /// The panes Tab visits from `state`, in order, until it comes back.
    private func cycle(from state: AppState) -> [Int] {
        var panes = [state.pane]
        var next = support.press([.tab], from: state)
        while next.pane != state.pane, panes.count < 10 {
            panes.append(next.pane)
            next = support.press([.tab], from: next)
        }
        return panes
    }

    @Test func theScenariosComparisonTakesFocusAndOpensARowsArithmetic() throws {
        var state = try ScenarioEditingTests().state()
        state.stack.append(.scenario)
        state.viewport = small
        #expect(cycle(from: state) == [0, 1, 2, 3])
        state = support.press([.tab], from: state)
        let row = try #require(support.dashboard.selectedRow(state.focusedList, in: state))
        #expect(row.target == .computed(.programTotal("plan_colombia")))
        #expect(support.press([.character("s")], from: state).route == .computed(.programTotal("plan_colombia")))
        #expect(support.press([.enter], from: state).route == .program("plan_colombia"))
        let text = support.render(state, size: small).text
        #expect(text.contains("┏━ ▸ Same footing"), "the focused comparison is marked by its title")
        #expect(text.contains("columns ━"), "the columns left out at 80×24 are counted in the border")
        #expect(text.contains("hidden: FYs, Total"))
        let wide = support.render(state, size: Size(width: 200, height: 60)).text
        #expect(!wide.contains("hidden: "))
    }

    @Test func programsTabReachesTheNotesUnderTheChart() {
        var state = start(.screen(.programs), size: Size(width: 120, height: 40))
        #expect(cycle(from: state) == [0, 1])
        state = support.press([.tab], from: state)
        #expect(support.dashboard.isTextPaneFocused(state))
        let summary = support.dashboard.dataset.program("plan_colombia")?.summary ?? "?"
        let lastWord = summary.split(separator: " ").last.map(String.init) ?? "?"
        var seen = ""
        for _ in 0..<10 {
            seen += support.render(state, size: Size(width: 120, height: 40)).text
            state = support.press([.pageDown], from: state)
        }
        #expect(seen.contains("Cumulative checkpoints"))
        #expect(seen.contains(lastWord), "the summary cut at 120×40 is read in full")
        #expect(support.render(start(.screen(.programs)), size: small).text.contains("↓ more"), "cut at 80×24, and marked")
    }

    @Test func claimsTabReachesTheSourceAndClaimDetails() {
        var state = start(.screen(.claims))
        #expect(cycle(from: state) == [0, 1, 2, 3])
        state = support.press([.tab, .tab], from: state)
        #expect(support.dashboard.isTextPaneFocused(state))
        #expect(support.render(state, size: small).text.contains("┏━ ▸ Source:"))
        state = support.press([.tab], from: state)
        #expect(support.render(state, size: small).text.contains("┏━ ▸ Claim:"))
        state = support.press([.character("j")], from: state)
        #expect(state.scroll[state.focusedList] == 1, "the claim's text scrolls")
    }

    @Test func lessonsTabReachesTheCellDetail() {
        var state = start(.lessons)
        #expect(cycle(from: state) == [0, 1])
        state = support.press([.tab], from: state)
        #expect(support.dashboard.isTextPaneFocused(state))
        var seen = ""
        for _ in 0..<10 {
            seen += support.render(state, size: small).text
            state = support.press([.pageDown], from: state)
        }
        #expect(seen.contains("Findings ("))
    }

    @Test func theAidTileCountsWhatItCannotShowAndFollowsTheCursor() throws {
        var state = support.press([.tab, .tab], from: start(.screen(.overview)))
        let key = state.focusedList
        let rows = support.dashboard.rows(key, in: state)
        let ecuador = try #require(rows.firstIndex { $0.target == .computed(.programTotal("us_ecuador_assistance")) })
        let first = support.render(state, size: small).text
        #expect(first.contains("+2 more ↓"))
        #expect(!first.contains("$974.9m"))
        state.selection[key] = ecuador
        let moved = support.render(state, size: small).text
        #expect(moved.contains("▶Ecuador"), "the selected program is shown, with the cursor")
        #expect(moved.contains("$974.9m"))
        #expect(moved.contains("↑ +2 more"))
        let wide = support.render(start(.screen(.overview), size: Size(width: 120, height: 40)), size: Size(width: 120, height: 40)).text
        #expect(wide.contains("Ecuador $974.9m"), "at 120×40 all four fit")
        #expect(!wide.contains("more ↓"))
    }
}
