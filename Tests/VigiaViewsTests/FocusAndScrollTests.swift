import Testing
import VigiaModel
@testable import VigiaViews

/// Text panes without a terminal: Tab reaches them, the movement keys scroll them with the
/// position in the border, Enter or `o` shows one full-screen and Esc comes back.
@Suite struct FocusAndScrollTests {
    let support = ScreenTestSupport.self
    let small = Size(width: 80, height: 24)

    private func start(_ route: Route, size: Size = Size(width: 80, height: 24)) -> AppState {
        support.state(route, viewport: size)
    }

    @Test func tabReachesTheDecreeCardTextAndMarksItByItsTitle() {
        var state = start(.decree("D004"))
        #expect(support.dashboard.paneCount(state.route) == 1)
        state = support.press([.tab], from: state)
        #expect(state.pane == 1)
        #expect(support.dashboard.isTextPaneFocused(state))
        let canvas = support.render(state, size: small, theme: .mono)
        let titleRow = (0..<canvas.size.height).first { canvas.line($0).contains("▸ ") }
        #expect(titleRow != nil)
        let row = titleRow ?? 0
        let x = canvas.line(row).distance(from: canvas.line(row).startIndex, to: canvas.line(row).firstIndex(of: "▸") ?? canvas.line(row).startIndex)
        #expect(canvas[x, row].style.attributes.contains(.reverse))
        state = support.press([.tab], from: state)
        #expect(state.pane == 0)
    }

    @Test func jScrollsTheFocusedTextPaneAndTheBorderSaysWhere() throws {
        var state = support.press([.tab], from: start(.decree("D004")))
        let first = support.render(state, size: small)
        let extent = try #require(first.panes[1])
        let total = try #require(extent.lines)
        #expect(total > extent.visible, "the D004 card is longer than 80×24 shows")
        #expect(first.text.contains("1–\(extent.visible) of \(total)"))
        #expect(first.text.contains("↓ more"))
        state = support.press([.character("j"), .character("j")], from: state)
        #expect(state.scroll[state.focusedList] == 2)
        #expect(support.render(state, size: small).text.contains("3–\(extent.visible + 2) of \(total)"))
        state = support.press([.character("G")], from: state)
        #expect(state.scroll[state.focusedList] == total - extent.visible)
        let bottom = support.render(state, size: small)
        #expect(bottom.text.contains("\(total - extent.visible + 1)–\(total) of \(total)"))
        #expect(!bottom.text.contains("↓ more"))
        state = support.press([.character("k")], from: state)
        #expect(state.scroll[state.focusedList] == total - extent.visible - 1, "k moves up from the real bottom, not from past it")
        state = support.press([.pageUp, .pageUp, .pageUp, .pageUp, .pageUp], from: state)
        #expect(state.scroll[state.focusedList] == 0)
        state = support.press([.pageDown], from: state)
        #expect(state.scroll[state.focusedList] == min(extent.visible - 1, total - extent.visible))
        state = support.press([.character("g")], from: state)
        #expect(state.scroll[state.focusedList] == 0)
    }

    @Test func everyLineOfTheDecreeCardIsReachable() {
        var state = support.press([.tab], from: start(.decree("D004")))
        let decree = support.dashboard.dataset.decree("D004")
        var seen = ""
        for _ in 0..<60 {
            seen += support.render(state, size: small).text
            state = support.press([.pageDown], from: state)
        }
        #expect(seen.contains("Legal basis"))
        let lastWord = decree?.summary.split(separator: " ").last.map(String.init) ?? "?"
        #expect(seen.contains(lastWord))
    }

    @Test func enterOpensTheTextFullScreenAndEscComesBack() {
        var opened = start(.decree("D004"))
        opened.stack = [.screen(.decrees), .decree("D004")]
        var state = support.press([.tab, .enter], from: opened)
        #expect(state.route == .decree("D004"))
        #expect(state.isExpanded)
        let full = support.render(state, size: small)
        #expect(full.line(1).contains("(full view)"))
        // The card's text is titled with the card's name, which the path names once.
        let name = support.dashboard.dataset.decreeName("D004")
        #expect(full.line(1).hasSuffix("› \(name) (full view)"), "\(full.line(1))")
        #expect(full.line(1).components(separatedBy: name).count == 2, "\(full.line(1))")
        #expect(!full.text.contains("Related decrees and sources"))
        state = support.press([.character("j")], from: state)
        #expect(state.scroll[state.focusedList] == 1)
        state = support.press([.escape], from: state)
        #expect(!state.isExpanded)
        #expect(state.route == .decree("D004"))
        state = support.press([.escape], from: state)
        #expect(state.route != .decree("D004"))
    }

    @Test func oOpensTheFirstTextPaneFromAList() {
        let state = support.press([.character("o")], from: start(.claim("C13")))
        #expect(state.isExpanded)
        #expect(state.pane == 1)
        let none = support.press([.character("o")], from: start(.screen(.homicides)))
        #expect(!none.isExpanded)
        #expect(none.message != nil)
    }

    @Test func sourceCardPanesAreTextAndScroll() throws {
        var state = start(.source("UNODC_OWID", figure: nil))
        #expect(support.dashboard.isTextPaneFocused(state))
        state = support.press([.tab], from: state)
        #expect(state.pane == 1)
        let canvas = support.render(state, size: small)
        let extent = try #require(canvas.panes[1])
        #expect((extent.lines ?? 0) > extent.visible)
        state = support.press([.end], from: state)
        #expect(state.scroll[state.focusedList] == extent.maxOffset)
    }

    @Test func programDetailReachesOutcomesAndCriticismsAt80x24() {
        var state = support.press([.tab], from: start(.program("plan_colombia")))
        #expect(support.dashboard.isTextPaneFocused(state))
        var seen = ""
        for _ in 0..<40 {
            seen += support.render(state, size: small).text
            state = support.press([.pageDown], from: state)
        }
        #expect(seen.contains("Outcomes ("))
        #expect(seen.contains("Criticisms ("))
        let name = support.dashboard.dataset.program("plan_colombia")?.name ?? "?"
        let lastWord = name.split(separator: " ").last.map(String.init) ?? "?"
        #expect(seen.contains(lastWord), "the header cut at 80×24 is read in full in the pane")
    }

    @Test func scenarioChecklistBasisAndNotesAreReachableAt80x24() throws {
        var state = try ScenarioEditingTests().state()
        state.stack.append(.scenario)
        state.viewport = small
        state = support.press([.tab], from: state)
        #expect(state.pane == 1, "the programs on the same footing follow the editor")
        state = support.press([.tab], from: state)
        #expect(state.pane == 2, "then the checklist")
        state = support.press([.tab], from: state)
        #expect(state.pane == 3)
        let notes = try #require(state.scenario?.scenario.notes)
        var seen = ""
        for _ in 0..<40 {
            seen += support.render(state, size: small).text
            state = support.press([.pageDown], from: state)
        }
        let lastWord = notes.split(separator: " ").last.map(String.init) ?? "?"
        #expect(seen.contains("Saves to"))
        #expect(seen.contains(lastWord), "the notes cut in the editor are read in the basis pane")
    }

    @Test func lessonCellFullViewReachesTheFindings() {
        let matrix = support.dashboard.lessonMatrix
        guard let cell = matrix.lessons.first.flatMap({ lesson in matrix.columns.first.flatMap { matrix.cell(lesson: lesson.id, column: $0.id) } }) else {
            Issue.record("the bundled lessons matrix has a cell")
            return
        }
        var state = support.press([.character("o")], from: start(.lessonCell(cell.lesson.id, cell.column.id)))
        var seen = ""
        for _ in 0..<20 {
            seen += support.render(state, size: small).text
            state = support.press([.pageDown], from: state)
        }
        #expect(seen.contains("Findings ("))
    }

    @Test func theArithmeticCardScrollsAndOpensFullScreen() throws {
        var state = start(.computed(.programTotal("us_ecuador_assistance")))
        let first = support.render(state, size: small)
        #expect(first.text.contains("↓ more"), "a sum over many years is marked when cut")
        state = support.press([.tab], from: state)
        #expect(support.dashboard.isTextPaneFocused(state))
        let extent = try #require(support.render(state, size: small).panes[state.pane])
        #expect((extent.lines ?? 0) > extent.visible)
        state = support.press([.character("j"), .pageDown], from: state)
        #expect(state.scroll[state.focusedList] == min(extent.visible, extent.maxOffset))
        var seen = first.text
        for _ in 0..<20 {
            seen += support.render(state, size: small).text
            state = support.press([.pageDown], from: state)
        }
        let dataset = support.dashboard.dataset
        let program = try #require(dataset.program("us_ecuador_assistance"))
        let inputs = try #require(ProgramTotal.best(program, dataset: dataset).figure.derivation?.inputs)
        #expect(inputs.count > 4)
        #expect(inputs.allSatisfy { seen.contains(String($0.label.split(separator: " ")[0]) + " ") }, "every input of the sum is reachable")
        state = support.press([.character("o")], from: state)
        #expect(state.isExpanded)
        #expect(support.render(state, size: small).line(1).contains("(full view)"))
    }
}

/// The loop hands `reduce` the screen's size with the first key typed at it, which is what
/// scrolling a text pane is laid out at.
@Suite struct ViewportTests {
    @Test func aKeyOnANewScreenSizeCarriesTheSize() {
        let dashboard = ScreenTestSupport.dashboard
        let state = dashboard.initialState()
        let wide = Size(width: 120, height: 40)
        #expect(dashboard.event(for: .down, in: state, screen: wide) == .sized(wide, .moveDown))
        #expect(dashboard.event(for: .down, in: state, screen: state.viewport) == .moveDown)
        let next = dashboard.reduce(state, .sized(wide, .moveDown))
        #expect(next.viewport == wide)
        #expect(next.selectedIndex(next.focusedList) == 1)
    }
}
