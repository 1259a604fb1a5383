import Foundation
import Testing
import VigiaModel
@testable import VigiaViews

/// Key hints and help from the key map: the status line shows this screen's keys first, never
/// a key that does nothing here, and `?` lists the screen's keys and marks before the rest.
@Suite struct KeyHintTests {
    let support = ScreenTestSupport.self

    private func bar(_ state: AppState, width: Int = 120) -> String {
        support.render(state, size: Size(width: width, height: 40)).line(39)
    }

    @Test func programsHintsItsOwnKeysFirst() {
        let line = bar(support.state(.screen(.programs)))
        #expect(line.hasPrefix(" L lessons  e scenario  ↵ fiscal years"), "got: \(line)")
        let lessons = line.range(of: "L lessons"), help = line.range(of: "? help")
        #expect(lessons != nil && help != nil && lessons!.lowerBound < help!.lowerBound)
    }

    @Test func enterIsNotHintedWhereItOpensNothing() {
        let source = bar(support.state(.source("UNODC_OWID", figure: nil)))
        #expect(!source.contains("↵ open"))
        #expect(source.contains("↵ full view"), "on a text pane Enter shows it full-screen: \(source)")
        var help = support.state(.screen(.overview))
        help.stack.append(.help)
        #expect(!bar(help).contains("↵"))
    }

    @Test func everyHintedKeyDoesWhatTheKeyMapSays() {
        let keyMap = KeyMap.standard
        for screen in ScreenID.allCases {
            let context = ScreenContext(dashboard: support.dashboard, state: support.state(.screen(screen)), theme: .dark, glyphs: .unicode)
            for hint in Frame.localHints(context) + Frame.globalHints(context) {
                let keys = keyMap.keys(for: hint)
                #expect(keys != nil, "\(hint.words) on \(screen) has no key")
                let first = keyMap.bindings.first { $0.action == hint.actions[0] }?.keys.first
                #expect(first.map { keyMap.action(for: $0, mode: .normal) } == hint.actions[0])
            }
        }
    }

    @Test func theBarKeepsWholeHintsAtEightyColumns() {
        let line = support.render(support.state(.screen(.homicides)), size: Size(width: 80, height: 24)).line(23)
        #expect(line.hasPrefix(" ←/→ year  r rate/count  Space pick to compare"), "got: \(line)")
        #expect(!line.hasSuffix("…"))
    }

    @Test func asciiHintsSpellTheKeys() {
        let decrees = support.render(support.state(.screen(.decrees)), size: Size(width: 80, height: 24), glyphs: .ascii)
        #expect(decrees.line(23).hasPrefix(" Left/Right pan  +/- zoom  a all measures  Enter country's decrees"), "got: \(decrees.line(23))")
        let help = support.render(support.press([.character("?")], from: support.state(.screen(.decrees))), size: Size(width: 100, height: 40), glyphs: .ascii)
        #expect(help.text.contains("Left/Right"))
        #expect(help.text.contains("% "), "the declared-only mark in ASCII is listed")
        #expect(support.unicodeOnlyGlyphs(help).isEmpty, "\(support.unicodeOnlyGlyphs(help))")
        #expect(support.unicodeOnlyGlyphs(decrees).isEmpty, "\(support.unicodeOnlyGlyphs(decrees))")
    }

    @Test func helpListsThisScreensKeysAndMarksFirst() {
        var state = support.state(.lessons)
        state = support.press([.character("?")], from: state)
        #expect(state.route == .help)
        let text = support.render(state, size: Size(width: 100, height: 40)).text
        let screen = text.range(of: "This screen"), move = text.range(of: "Move ")
        #expect(screen != nil && move != nil && screen!.lowerBound < move!.lowerBound)
        #expect(text.contains("✔") && text.contains("supported"))
        #expect(text.contains("◐") && text.contains("weakly supported"))
        #expect(text.contains("no evidence in the data"))
    }

    @Test func helpFromTheSeriesScreensExplainsTheirSourceMarks() {
        for screen in [ScreenID.overview, .homicides] {
            let state = support.press([.character("?")], from: support.state(.screen(screen)))
            let text = support.render(state, size: Size(width: 120, height: 40)).text
            #expect(text.contains("┊") && text.contains("the source changes here (in a chart: a break in the line)"), "\(screen)")
            #expect(text.contains("≠ src") && text.contains("change not computed: two sources; s shows both values"), "\(screen)")
        }
    }

    @Test func helpFromTheScenarioExplainsTheComparisonsColumns() throws {
        var state = support.state(.screen(.programs))
        state.stack = [.screen(.programs), .scenario]
        let help = support.render(support.press([.character("?")], from: state), size: Size(width: 120, height: 60)).text
        for (heading, meaning) in [("%LAC", "share of the people of Latin America and the Caribbean"), ("$/res/yr", "dollars per resident"),
                                   ("Mil/pol", "military and police"), ("Rt Δ", "change in that rate")] {
            #expect(help.contains(heading) && help.contains(meaning), "\(heading)")
        }
    }

    @Test func aPickedCountryIsMarkedApartFromTheSelection() {
        var state = support.state(.screen(.homicides))
        // Pick the first row (selected), then the second, and go back to the first.
        state = support.press([.character(" "), .down, .character(" "), .up], from: state)
        #expect(state.compared.count == 2)
        let lines = support.render(state, size: Size(width: 100, height: 30)).text.split(separator: "\n")
        let selected = lines.first { $0.contains("▶") && $0.contains("●") }
        #expect(selected != nil, "the selected row is picked too, and shows both marks: \(lines.prefix(6))")
        #expect(lines.filter { $0.contains("●") }.count == 2)
        let help = support.render(support.press([.character("?")], from: state), size: Size(width: 120, height: 40)).text
        #expect(help.contains("●") && help.contains("picked for the chart (Space)"))
    }

    /// A help line longer than the terminal is wide goes on in the next row: nothing is cut.
    @Test func helpWrapsLongLinesInsteadOfCuttingThem() {
        var state = support.press([.character("?")], from: support.state(.screen(.homicides)))
        var pages: [String] = []
        for _ in 0..<12 {
            let page = support.render(state, size: Size(width: 60, height: 24)).text
            if pages.last == page { break }
            pages.append(page)
            state = support.press([.pageDown], from: state)
        }
        let rows = pages.flatMap { $0.split(separator: "\n").dropFirst(3).dropLast(2) }
        // A cut cell ends in "…" just before the border.
        let cut = rows.filter { String($0.dropLast()).trimmingCharacters(in: .whitespaces).hasSuffix("…") }
        #expect(cut.isEmpty, "\(cut)")
        // The source-break mark's meaning, longer than the row, is there to its last word.
        #expect(pages.joined(separator: "\n").contains("line)"))
    }

    @Test func helpOpensAtItsTopWhereverItWasLeft() {
        let scrolled = support.press([.character("?"), .character("G"), .escape, .character("3"), .character("?")], from: support.state(.screen(.overview)))
        #expect(scrolled.route == .help)
        let text = support.render(scrolled, size: Size(width: 80, height: 24)).text
        #expect(text.contains("This screen") && text.contains("Decrees"), "\(text)")
    }

    @Test func helpFilterShowsOnlyWhatItCounts() {
        var state = support.press([.character("?")], from: support.state(.screen(.decrees)))
        state = support.press([.character("/")] + support.typing("zoom") + [.enter], from: state)
        let rows = support.dashboard.rows(state.focusedList, in: state)
        #expect(!rows.isEmpty)
        let canvas = support.render(state, size: Size(width: 100, height: 40))
        let body = (3..<38).map { canvas.line($0) }.filter { !$0.contains("key ") }
        let listed = body.filter { $0.trimmingCharacters(in: CharacterSet(charactersIn: "┃ ")).count > 0 }
        #expect(listed.count == rows.count, "\(listed)")
        #expect(!body.joined().contains("quit"))
    }

    @Test func helpExplainsTheProgramsMarksAndItsFilterFindsThem() {
        var state = support.press([.character("?")], from: support.state(.screen(.programs)))
        let lines = HelpScreen.lines(support.dashboard.measuringContext(state))
        for mark in ["≥", "≈", "appr.", "alloc.", "oblig.", "sum"] {
            #expect(lines.contains { $0.key == mark && !$0.text.isEmpty }, "\(mark) is explained")
        }
        state = support.press([.character("/")] + support.typing("≥") + [.enter], from: state)
        let found = support.dashboard.rows(state.focusedList, in: state)
        #expect(!found.isEmpty)
        #expect(support.render(state, size: Size(width: 100, height: 40)).text.contains("at least"))
    }

    @Test func helpPutsEveryCommandsWordsInOneColumn() {
        let lines = HelpContent.lines(support.dashboard.keyMap).filter { $0.key.hasPrefix(":") }
        let starts = Set(lines.compactMap { line -> Int? in
            let summary = Command.names.first { ":" + $0.name == line.key }?.summary ?? ""
            return line.text.range(of: summary).map { line.text.distance(from: line.text.startIndex, to: $0.lowerBound) }
        })
        #expect(lines.count > 5)
        #expect(starts.count == 1, "\(lines.map(\.text))")
        #expect(lines.contains { $0.key == ":source" && $0.text.hasPrefix("name ") })
    }

    @Test func aFollowerIsHintedOnlyTheKeysThatActWhileFollowing() {
        let follower = Follower(dashboard: support.dashboard, socketPath: "/nonexistent")
        var state = follower.initialState()
        let size = Size(width: 80, height: 24)
        let following = follower.render(state, theme: .dark, glyphs: .unicode, size: size).line(23)
        #expect(following == " f browse on your own  ? help  q leave", "got: \(following)")
        state = follower.reduce(state, key: .character("f"))
        state.app.message = nil
        let browsing = follower.render(state, theme: .dark, glyphs: .unicode, size: size).line(23)
        #expect(browsing.contains("? help"), "got: \(browsing)")
    }

    @Test func presenterHelpListsTheBriefingKeysAndGIsNotFirstRow() {
        let presenter = BriefingTests.presenter
        let lines = HelpContent.lines(presenter.dashboard.keyMap)
        #expect(lines.first?.key == "Briefing")
        for summary in ["next step", "previous step", "back to the current step after browsing", "speaker notes on/off"] {
            #expect(lines.contains { $0.text == summary })
        }
        #expect(lines.contains { $0.key == "g N Enter" })
        #expect(lines.contains { $0.key == "Home" && $0.text.hasPrefix("first row") })
        #expect(!lines.contains { $0.key.contains("g") && $0.text.hasPrefix("first row") })
        var state = presenter.initialState()
        state = presenter.reduce(state, key: .character("g"))
        #expect(state.jump == "")
        let follower = Follower(dashboard: support.dashboard, socketPath: "/nonexistent")
        #expect(HelpContent.lines(follower.dashboard.keyMap).contains { $0.key == "f" && $0.text.contains("re-join") })
    }
}
