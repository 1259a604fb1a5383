import Foundation
import Testing
import VigiaModel
@testable import VigiaViews

/// Briefings without a terminal: steps become states, the presenter's keys, the follower's
/// read-only mode, the navigation snapshot's validation, the chrome, and the handout.
@Suite struct BriefingTests {
    static let dashboard = ScreenTestSupport.dashboard

    static let deck = BriefingDeck(title: "Test deck", steps: [
        BriefingStep(title: "Overview", screen: .overview, year: 2023, notes: ["First [UNODC_OWID]."], sources: ["UNODC_OWID"]),
        BriefingStep(title: "Ecuador", screen: .homicides, country: "ECU", notes: ["Second."]),
        BriefingStep(title: "Ecuador 2023", screen: .homicides, country: "ECU", year: 2023, notes: ["Third."]),
        BriefingStep(title: "Compare", screen: .homicides, compare: ["ECU", "COL"], year: 2022, measure: .count, notes: ["Fourth."]),
        BriefingStep(title: "Decree 111", screen: .decrees, country: "ECU", decree: "D020", zoom: .months, notes: ["Fifth."]),
        BriefingStep(title: "Mérida", screen: .programs, program: "merida", notes: ["Sixth."]),
        BriefingStep(title: "500 deaths?", screen: .claims, claim: "C13", source: "DEC-S008", notes: ["Seventh."]),
        BriefingStep(title: "An event", screen: .overview, event: "E028", notes: ["Eighth."]),
    ])

    static let presenter = Presenter(dashboard: dashboard, deck: deck)

    private func press(_ keys: [Key], _ state: PresenterState? = nil) -> PresenterState {
        keys.reduce(state ?? Self.presenter.initialState()) { Self.presenter.reduce($0, key: $1) }
    }

    // MARK: Steps

    @Test func aYearStepInCountsSelectsTheFirstCount() throws {
        let step = BriefingStep(title: "Counts", screen: .homicides, country: "ECU", year: 2023, measure: .count, notes: [])
        let state = Self.dashboard.state(for: step)
        #expect(state.route == .countryYear("ECU", 2023))
        let key = ListKey(state.route)
        let rows = Self.dashboard.rows(key, in: state)
        let selected = try #require(state.selection[key])
        guard case .homicideValue(let value) = rows[selected].target else {
            Issue.record("a value row is selected")
            return
        }
        #expect(value.measure == .count)
        #expect(!rows[..<selected].contains { if case .homicideValue(let earlier) = $0.target { return earlier.measure == .count } else { return false } })
        // Without a measure the first row stays selected.
        let plain = Self.dashboard.state(for: BriefingStep(title: "Rates", screen: .homicides, country: "ECU", year: 2023, notes: []))
        #expect((plain.selection[ListKey(plain.route)] ?? 0) == 0)
    }

    @Test func stepsBecomeTheStatesTheirCommandsWouldGive() {
        let states = Self.presenter.stepStates
        #expect(states[0].stack == [.screen(.overview)])
        #expect(states[0].year == 2023)
        #expect(states[1].stack == [.screen(.homicides), .country("ECU")])
        #expect(states[2].stack == [.screen(.homicides), .country("ECU"), .countryYear("ECU", 2023)])
        #expect(states[3].stack == [.screen(.homicides)])
        #expect(states[3].compared == ["ECU", "COL"])
        #expect(states[3].measure == .count)
        #expect(states[3].year == 2022)
        #expect(states[4].stack == [.screen(.decrees), .countryDecrees("ECU"), .decree("D020")])
        #expect(states[4].decreeZoom == .months)
        #expect(states[5].stack == [.screen(.programs), .program("merida")])
        #expect(states[6].stack == [.screen(.claims), .claim("C13"), .source("DEC-S008", figure: nil)])
        #expect(states[7].stack == [.screen(.overview), .event("E028")])
        // Pure: the same step always gives the same state.
        #expect(Self.dashboard.state(for: Self.deck.steps[4]) == states[4])
    }

    // MARK: Presenter

    @Test func nextPreviousSpaceAndJump() {
        #expect(press([.character("n")]).step == 1)
        #expect(press([.character("n"), .character(" ")]).step == 2)
        #expect(press([.character("n"), .character("n"), .character("p")]).step == 1)
        let jumped = press([.character("g"), .character("7"), .enter])
        #expect(jumped.step == 6)
        #expect(jumped.app.route == .source("DEC-S008", figure: nil))
        #expect(jumped.jump == nil)
        let typing = press([.character("g"), .character("1")])
        #expect(Self.presenter.chrome(typing).prompt == "go to step (1-8): 1_")
        let bad = press([.character("g"), .character("9"), .character("9"), .enter])
        #expect(bad.step == 0)
        #expect(bad.app.message == "no step 99; the deck has 8")
        #expect(press([.character("g"), .escape]).step == 0)
        #expect(press([.character("p")]).app.message == "this is the first step")
        let end = press(Array(repeating: .character("n"), count: 9))
        #expect(end.step == 7)
        #expect(end.app.message == "that was the last step")
    }

    @Test func browsingAndComingBack() {
        let browsed = press([.character("n"), .escape, .character("4")])
        #expect(browsed.step == 1)
        #expect(browsed.app.route == .screen(.programs))
        #expect(Self.presenter.isBrowsing(browsed))
        #expect(Self.presenter.chrome(browsed).status.hasPrefix("browsing, b returns"))
        let back = Self.presenter.reduce(browsed, key: .character("b"))
        #expect(back.app == Self.presenter.stepStates[1])
        #expect(!Self.presenter.isBrowsing(back))
    }

    @Test func notesToggleAndTypingAKeyIntoACommandIsNotAStep() {
        let hidden = press([.character("N")])
        #expect(!hidden.notesVisible)
        #expect(Self.presenter.chrome(hidden).notes == nil)
        #expect(Self.presenter.chrome(press([])).notes == ["First [UNODC_OWID]."])
        // Inside `:` every key is text: "n" and "p" type letters.
        let typed = press([.character(":"), .character("n"), .character("p")])
        #expect(typed.step == 0)
        #expect(typed.app.mode == .command(LineEditor(text: "np")))
    }

    @Test func theBroadcastCarriesTheStepAndTheView() {
        let state = press([.character("n"), .character("n")])
        let broadcast = Self.presenter.broadcast(state)
        #expect(broadcast.step == 2)
        #expect(broadcast.steps == 8)
        #expect(broadcast.title == "Ecuador 2023")
        #expect(broadcast.view == NavigationSnapshot(Self.presenter.stepStates[2]))
    }

    // MARK: Snapshots

    @Test func aSnapshotRebuildsTheNavigationExactly() throws {
        var state = press([.character("n"), .character("g"), .character("7"), .enter]).app
        state = ScreenTestSupport.press([.escape, .escape, .tab, .down, .down], from: state)
        state.filters[ListKey(.screen(.claims), pane: 1)] = "ecu"
        let snapshot = NavigationSnapshot(state)
        let data = try JSONEncoder().encode(snapshot)
        let decoded = try JSONDecoder().decode(NavigationSnapshot.self, from: data)
        let rebuilt = try decoded.state(in: Self.dashboard.dataset, base: Self.dashboard.initialState())
        #expect(rebuilt.stack == state.stack)
        #expect(rebuilt.pane == state.pane)
        #expect(rebuilt.selectedIndex(state.focusedList) == state.selectedIndex(state.focusedList))
        #expect(rebuilt.filter(ListKey(.screen(.claims), pane: 1)) == "ecu")
        #expect(NavigationSnapshot(rebuilt) == snapshot)
        // Same frame at any size.
        for size in ScreenTestSupport.sizes {
            #expect(ScreenTestSupport.render(rebuilt, size: size).text == ScreenTestSupport.render(state, size: size).text)
        }
    }

    @Test func aScrolledCardOpenedFullScreenReachesFollowersAsThePresenterSeesIt() throws {
        var state = ScreenTestSupport.state(.screen(.decrees))
        state.stack.append(.decree("D004"))
        state = ScreenTestSupport.press([.character("o"), .character("j"), .character("j"), .character("j")], from: state)
        #expect(state.isExpanded)
        #expect((state.scroll[state.focusedList] ?? 0) > 0)
        let snapshot = NavigationSnapshot(state)
        #expect(snapshot.expanded != nil)
        #expect(snapshot.lists.contains { ($0.scroll ?? 0) > 0 })
        let decoded = try JSONDecoder().decode(NavigationSnapshot.self, from: JSONEncoder().encode(snapshot))
        let rebuilt = try decoded.state(in: Self.dashboard.dataset, base: Self.dashboard.initialState())
        #expect(rebuilt.expanded == state.expanded)
        #expect(rebuilt.scroll[state.focusedList] == state.scroll[state.focusedList])
        let size = Size(width: 80, height: 24)
        #expect(ScreenTestSupport.render(rebuilt, size: size).text == ScreenTestSupport.render(state, size: size).text)
        // A message from a version without scroll or full-screen panes still reads.
        var older = snapshot
        older.expanded = nil
        older.lists = older.lists.map { var list = $0; list.scroll = nil; return list }
        let json = try #require(String(data: JSONEncoder().encode(older), encoding: .utf8))
        #expect(!json.contains("scroll") && !json.contains("expanded"))
        #expect(try NavigationSnapshot(JSONDecoder().decode(NavigationSnapshot.self, from: Data(json.utf8))
            .state(in: Self.dashboard.dataset, base: Self.dashboard.initialState())).expanded == nil)
    }

    @Test func aSnapshotWithAFigureReferenceRoundTrips() throws {
        var state = Self.dashboard.initialState()
        state.stack = [.screen(.homicides), .country("ECU"), .source("UNODC_OWID", figure: .homicide(area: "ECU", year: 2023, measure: "rate_per_100k"))]
        let rebuilt = try NavigationSnapshot(state).state(in: Self.dashboard.dataset, base: Self.dashboard.initialState())
        #expect(rebuilt.stack == state.stack)
    }

    @Test func invalidSnapshotsAreRejectedWhole() {
        let dataset = Self.dashboard.dataset
        let base = Self.dashboard.initialState()
        var snapshot = NavigationSnapshot(Self.presenter.stepStates[2])
        let cases: [(String, (inout NavigationSnapshot) -> Void)] = [
            ("unknown country", { $0.stack[1] = ["country", "XXX"] }),
            ("not a screen first", { $0.stack = [["country", "ECU"]]; $0.panes = [0]; $0.lists = [] }),
            ("empty stack", { $0.stack = []; $0.panes = []; $0.lists = [] }),
            ("year out of range", { $0.year = 99999 }),
            ("route year out of range", { $0.stack[2] = ["countryYear", "ECU", "1066"] }),
            ("pane count mismatch", { $0.panes = [0] }),
            ("pane out of range", { $0.panes[0] = 9 }),
            ("unknown measure", { $0.measure = "vibes" }),
            ("unknown zoom", { $0.zoom = "weeks" }),
            ("compared unknown", { $0.compared = ["ZZZ"] }),
            ("compared too many", { $0.compared = ["ECU", "COL", "MEX", "SLV", "HND", "GTM", "BRA", "PER", "CHL"] }),
            ("filter with an escape", { $0.lists = [.init(at: 0, pane: 0, row: nil, filter: "\u{1B}[2J")] }),
            ("list past the stack", { $0.lists = [.init(at: 7, pane: 0, row: 1, filter: nil)] }),
            ("negative row", { $0.lists = [.init(at: 0, pane: 0, row: -1, filter: nil)] }),
            ("negative scroll", { $0.lists = [.init(at: 0, pane: 0, row: nil, filter: nil, scroll: -3)] }),
            ("full-screen pane past the stack", { $0.expanded = .init(at: 9, pane: 0) }),
            ("timeline off the calendar", { $0.center = Int.max }),
            ("extra words", { $0.stack[1] = ["country", "ECU", "more"] }),
        ]
        for (name, change) in cases {
            var bad = snapshot
            change(&bad)
            #expect(throws: NavigationSnapshot.Rejection.self, "\(name)") { try bad.state(in: dataset, base: base) }
        }
        snapshot.stack = Array(repeating: ["homicides"], count: 40)
        snapshot.panes = Array(repeating: 0, count: 40)
        #expect(throws: NavigationSnapshot.Rejection.self) { try snapshot.state(in: dataset, base: base) }
    }

    @Test func deepStacksAreCappedWhenSent() {
        var state = Self.dashboard.initialState()
        state.stack = [.screen(.claims)] + Array(repeating: .source("UNODC_OWID", figure: nil), count: 100)
        let snapshot = NavigationSnapshot(state)
        #expect(snapshot.stack.count == NavigationSnapshot.maximumDepth)
        #expect(snapshot.stack.first == ["claims"])
    }

    // MARK: Follower

    private static let follower = Follower(dashboard: dashboard, socketPath: "/tmp/test.sock")

    @Test func aFollowerShowsWhatArrivesAndIgnoresItsOwnKeys() throws {
        var state = Self.follower.initialState()
        #expect(Self.follower.chrome(state).status == "waiting for the presenter")
        #expect(Self.follower.chrome(state).stepTitle == "waiting for a presenter on /tmp/test.sock")
        let broadcast = Self.presenter.broadcast(press([.character("n"), .character("n")]))
        state = try Self.follower.receive(state, broadcast)
        #expect(state.app.stack == Self.presenter.stepStates[2].stack)
        #expect(Self.follower.chrome(state).counter == "3/8")
        #expect(Self.follower.chrome(state).status == "following · f browses")
        // Read-only while following: navigation keys change nothing but a hint.
        let pressed = [Key.character("2"), .escape, .enter, .character(":"), .down].reduce(state) { Self.follower.reduce($0, key: $1) }
        #expect(pressed.app.stack == state.app.stack)
        #expect(pressed.app.message?.contains("read-only") == true)
        #expect(Self.follower.reduce(state, key: .character("q")).shouldQuit)
    }

    @Test func aFollowerReadsHelpOverThePresentedScreenAndKeepsFollowing() throws {
        var state = try Self.follower.receive(Self.follower.initialState(), Self.presenter.broadcast(press([.character("n")])))
        let presented = state.app.stack
        state = Self.follower.reduce(state, key: .character("?"))
        #expect(state.app.route == .help)
        #expect(!state.detached)
        // The follower's own key is listed, and help scrolls as anywhere.
        let context = ScreenContext(dashboard: Self.follower.dashboard, state: state.app, theme: .dark, glyphs: .unicode)
        let text = Frame.render(context, size: Size(width: 100, height: 40)).text
        #expect(text.contains("browse on your own"))
        let scrolled = Self.follower.reduce(state, key: .pageDown)
        #expect(scrolled.app.route == .help)
        #expect(scrolled.app.selection[ListKey(.help)] != state.app.selection[ListKey(.help)])
        // A key that would leave help for another screen is refused.
        let refused = Self.follower.reduce(scrolled, key: .character("4"))
        #expect(refused.app.stack == scrolled.app.stack)
        #expect(refused.app.message?.contains("read-only") == true)
        // The presenter moves on: help stays open, where it was, over the new step.
        state = try Self.follower.receive(scrolled, Self.presenter.broadcast(press([.character("n"), .character("n")])))
        #expect(state.app.route == .help)
        #expect(state.app.selection[ListKey(.help)] == scrolled.app.selection[ListKey(.help)])
        #expect(Array(state.app.stack.dropLast()) == Self.presenter.stepStates[2].stack)
        #expect(Array(state.app.stack.dropLast()) != presented)
        // Esc closes help onto the presenter's current step.
        state = Self.follower.reduce(state, key: .escape)
        #expect(state.app.stack == Self.presenter.stepStates[2].stack)
    }

    @Test func thePresentersHelpIsNotSentAndNeverStaysOnAFollower() throws {
        let reading = press([.character("n"), .character("?")])
        #expect(reading.app.route == .help)
        let sent = Self.presenter.broadcast(reading)
        #expect(sent.view == NavigationSnapshot(Self.presenter.stepStates[1]), "attendees keep seeing the step")
        var state = try Self.follower.receive(Self.follower.initialState(), sent)
        #expect(state.app.route != .help)
        // A broadcast that carries help anyway shows the screen under it; the next one, help
        // closed, leaves nothing behind.
        var carried = sent
        carried.view = NavigationSnapshot(reading.app)
        state = try Self.follower.receive(state, carried)
        #expect(state.app.stack == Self.presenter.stepStates[1].stack)
        state = try Self.follower.receive(state, Self.presenter.broadcast(press([.escape], reading)))
        #expect(state.app.stack == Self.presenter.stepStates[1].stack)
    }

    @Test func theBarCutsTheDeckTitleBeforeTheStepTitle() throws {
        let deck = BriefingDeck(title: "A Plan Ecuador? What the data says about the op-ed", steps: [
            BriefingStep(title: "A third of the world's homicides", screen: .overview, notes: []),
        ])
        let presenter = Presenter(dashboard: Self.dashboard, deck: deck)
        let state = try Self.follower.receive(Self.follower.initialState(), presenter.broadcast(presenter.initialState()))
        let bar = Self.follower.render(state, theme: .dark, glyphs: .unicode, size: Size(width: 80, height: 24)).line(0)
        #expect(bar.contains("· A third of the world's homicides"), "the step title is whole: \(bar)")
        #expect(bar.contains("A Plan Ecuador?") && bar.contains("…"), "the deck title is cut, not dropped: \(bar)")
        #expect(bar.hasSuffix("following · f browses"))
    }

    @Test func fDetachesToBrowseAndFAgainRejoins() throws {
        var state = try Self.follower.receive(Self.follower.initialState(), Self.presenter.broadcast(press([])))
        state = Self.follower.reduce(state, key: .character("f"))
        #expect(state.detached)
        state = Self.follower.reduce(state, key: .character("4"))
        #expect(state.app.route == .screen(.programs))
        // The presenter moves on; a detached follower keeps its own screen.
        state = try Self.follower.receive(state, Self.presenter.broadcast(press([.character("n")])))
        #expect(state.app.route == .screen(.programs))
        #expect(Self.follower.chrome(state).status == "on your own · f re-joins")
        #expect(Self.follower.chrome(state).counter == "2/8")
        state = Self.follower.reduce(state, key: .character("f"))
        #expect(!state.detached)
        #expect(state.app.stack == Self.presenter.stepStates[1].stack)
    }

    @Test func aLostPresenterIsSaidAndAnInvalidStateChangesNothing() throws {
        var state = try Self.follower.receive(Self.follower.initialState(), Self.presenter.broadcast(press([])))
        state = Self.follower.disconnected(state)
        #expect(Self.follower.chrome(state).status == "presenter left · waiting")
        var bad = Self.presenter.broadcast(press([.character("n")]))
        bad.view.stack[1] = ["country", "ATL"]
        #expect(throws: NavigationSnapshot.Rejection.self) { try Self.follower.receive(state, bad) }
        var badTitle = Self.presenter.broadcast(press([]))
        badTitle.title = "\u{1B}]0;owned\u{7}"
        #expect(throws: NavigationSnapshot.Rejection.self) { try Self.follower.receive(state, badTitle) }
        var badStep = Self.presenter.broadcast(press([]))
        badStep.step = 8
        #expect(throws: NavigationSnapshot.Rejection.self) { try Self.follower.receive(state, badStep) }
    }

    // MARK: Drawing

    private func render(_ chrome: BriefingChrome, _ app: AppState, size: Size, glyphs: GlyphSet = .unicode) -> Canvas {
        BriefingFrame.render(ScreenContext(dashboard: Self.dashboard, state: app, theme: .dark, glyphs: glyphs), chrome: chrome, size: size)
    }

    @Test func theBarKeepsTheCounterAndDeckTitleAtEverySize() {
        let state = press([.character("n"), .character("n")])
        for size in [Size(width: 40, height: 13), Size(width: 80, height: 24), Size(width: 132, height: 43)] {
            let canvas = render(Self.presenter.chrome(state), state.app, size: size)
            #expect(canvas.line(0).hasPrefix(" 3/8  Test deck"), "\(size): \(canvas.line(0))")
            #expect(canvas.line(1).contains("Vigía"), "the dashboard frame starts below the bar")
            #expect(canvas.text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= size.width })
        }
        let wide = render(Self.presenter.chrome(state), state.app, size: Size(width: 132, height: 43))
        #expect(wide.line(0).contains("Ecuador 2023"))
        #expect(wide.line(0).hasSuffix("0 following"))
        #expect(wide.text.contains("Notes"))
        #expect(wide.text.contains("Third."))
    }

    @Test func theNotesPaneCanBeHiddenAndTheDashboardIsUnchangedInside() {
        let state = press([.character("N")])
        let canvas = render(Self.presenter.chrome(state), state.app, size: Size(width: 80, height: 24))
        #expect(!canvas.text.contains("Notes"))
        let plain = ScreenTestSupport.render(state.app, size: Size(width: 80, height: 23))
        for y in 0..<23 { #expect(canvas.line(y + 1) == plain.line(y)) }
    }

    @Test func asciiTerminalsGetAnAsciiBar() {
        let state = press([])
        let canvas = render(Self.presenter.chrome(state, unicode: false), state.app, size: Size(width: 80, height: 24), glyphs: .ascii)
        #expect(canvas.line(0).contains(" - Overview"), "\(canvas.line(0))")
        #expect(!canvas.line(0).contains("·"))
    }

    @Test func belowTheMinimumTheUsualMessageShows() {
        let state = press([])
        let canvas = render(Self.presenter.chrome(state), state.app, size: Size(width: 39, height: 12))
        #expect(canvas.text.contains("Terminal too small"))
    }

    // MARK: Handout

    @Test func theHandoutHasEveryStepItsScreenNotesAndSources() {
        let markdown = BriefingHandout.markdown(Self.deck, dashboard: Self.dashboard, size: Size(width: 80, height: 24), withNotes: true)
        #expect(markdown.hasPrefix("# Test deck\n"))
        for (index, step) in Self.deck.steps.enumerated() {
            #expect(markdown.contains("## \(index + 1). \(step.title)\n"))
        }
        #expect(markdown.contains("```text\n Vigía   1 Overview"))
        #expect(markdown.contains("Homicides › Ecuador › 2023"))
        #expect(markdown.contains("First [UNODC via Our World in Data, 2025]."), "notes cite sources in words")
        #expect(markdown.contains("- UNODC via Our World in Data, 2025: "))
        #expect(!markdown.contains("UNODC_OWID"), "source ids stay in the deck file")
        #expect(markdown.contains("<https://"))
        // A page has no keys: the screens are printed without the bottom line of key hints.
        #expect(!markdown.contains("? help") && !markdown.contains("q quit"))
        let html = BriefingHandout.html(Self.deck, dashboard: Self.dashboard, size: Size(width: 80, height: 24))
        #expect(!html.contains("? help"))
        let screens = markdown.components(separatedBy: "```text\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        #expect(screens.count == Self.deck.steps.count && screens.allSatisfy { $0.split(separator: "\n", omittingEmptySubsequences: false).count == 23 })
    }

    /// As in the HTML handout, the speaker notes are the presenter's unless asked for.
    @Test func theMarkdownHandoutHasTheNotesOnlyWhenAskedFor() {
        let handout = BriefingHandout.markdown(Self.deck, dashboard: Self.dashboard, size: Size(width: 80, height: 24))
        #expect(!handout.contains("First [UNODC via Our World in Data, 2025]."))
        #expect(!handout.contains("Notes:"))
        #expect(handout.contains("- UNODC via Our World in Data, 2025: "), "the sources stay")
        let noted = BriefingHandout.markdown(Self.deck, dashboard: Self.dashboard, size: Size(width: 80, height: 24), withNotes: true)
        #expect(noted.contains("Notes:\n\nFirst [UNODC via Our World in Data, 2025]."))
    }
}
