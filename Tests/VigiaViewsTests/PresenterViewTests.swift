import Testing
import VigiaModel
@testable import VigiaViews

/// The presenter's own view: the running time of the briefing and of the step (fed as ticks,
/// never read from a clock), pausing and resetting, ahead or behind the plan, the next step,
/// the rehearsal table, and that followers see none of it.
@Suite struct PresenterViewTests {
    static let dashboard = ScreenTestSupport.dashboard

    static let deck = BriefingDeck(title: "Timed deck", steps: [
        BriefingStep(title: "Overview", screen: .overview, notes: ["First."], minutes: 2),
        BriefingStep(title: "Ecuador", screen: .homicides, country: "ECU", notes: ["Second."]),
        BriefingStep(title: "Ecuador 2023", screen: .homicides, country: "ECU", year: 2023, notes: ["Third."], minutes: 1),
    ])

    static let presenter = Presenter(dashboard: dashboard, deck: deck)

    /// Feeds keys and ticks (seconds on the driver's clock) through `update`, as the loop does.
    private func run(_ events: [Presenter.Event], from start: PresenterState? = nil) -> PresenterState {
        events.reduce(start ?? Self.presenter.initialState(now: 100)) { Self.presenter.update($0, $1).0 }
    }

    private static func key(_ character: Character) -> Presenter.Event { .key(.character(character)) }

    @Test func longNotesSayTheyGoOnAndScrollWithJAndK() {
        let paragraphs = (1...9).map { "Note paragraph \($0) of the step." }
        let deck = BriefingDeck(title: "Long notes", steps: [
            BriefingStep(title: "Overview", screen: .overview, notes: paragraphs, minutes: 2),
            BriefingStep(title: "Ecuador", screen: .homicides, country: "ECU", notes: ["Short."]),
        ])
        let presenter = Presenter(dashboard: Self.dashboard, deck: deck)
        let size = Size(width: 80, height: 24)
        func frame(_ state: PresenterState) -> String { presenter.render(state, theme: .dark, glyphs: .unicode, size: size).text }
        func press(_ keys: String, _ state: PresenterState) -> PresenterState {
            keys.reduce(state) { presenter.update($0, .sized(size, .key(.character($1)))).0 }
        }
        var state = presenter.initialState(now: 100)
        let top = frame(state)
        #expect(top.contains("Note paragraph 1 "))
        #expect(!top.contains("Note paragraph 9 "), "the pane is shorter than the notes")
        #expect(top.contains(" of 11 · ↓ J "), "the border says the notes go on: \(top)")
        // J to the end: the last paragraph shows, and J no further moves it.
        state = press(String(repeating: "J", count: 20), state)
        let end = frame(state)
        #expect(end.contains("Note paragraph 9 "))
        #expect(end.contains("11 of 11 · ↑ K "), "\(end)")
        let limit = state.notesScroll
        #expect(press("K", state).notesScroll == limit - 1)
        // The next step's notes start at their top.
        #expect(press("n", state).notesScroll == 0)
        // Help lists the keys.
        let help = presenter.render(press("?", state), theme: .dark, glyphs: .unicode, size: Size(width: 120, height: 40)).text
        #expect(help.contains("scroll the speaker notes down / up"))
    }

    @Test func theClockCountsTheBriefingAndTheStep() {
        let state = run([.tick(101), .tick(130), Self.key("n"), .tick(145)])
        #expect(state.clock.elapsed == 45)
        #expect(state.clock.stepElapsed == 15)
        #expect(state.clock.spent(on: 0, current: state.step) == 30)
        #expect(state.clock.spent(on: 1, current: state.step) == 15)
        // Coming back to a step adds to its total.
        let back = run([Self.key("p"), .tick(150)], from: state)
        #expect(back.clock.spent(on: 0, current: back.step) == 35)
        #expect(back.clock.stepElapsed == 5)
    }

    @Test func aKeyIsTimedWhenTypedNotAtTheLastTick() {
        let timed = Presenter(dashboard: Self.dashboard, deck: Self.deck, keyTime: { 107.5 })
        let start = timed.initialState(now: 100)
        let event = timed.event(for: .character("n"), in: start, screen: Size(width: 80, height: 24))
        #expect(event == .timedKey(.character("n"), 107.5))
        let stepped = [event!, .tick(110)].reduce(start) { timed.update($0, $1).0 }
        #expect(stepped.step == 1)
        #expect(stepped.clock.spent(on: 0, current: 1) == 7.5 && stepped.clock.stepElapsed == 2.5)
        #expect(Self.presenter.event(for: .character("n"), in: start, screen: Size(width: 80, height: 24)) == .key(.character("n")))
    }

    /// Keys act on the dashboard as the briefing frame lays it out: below the bar and above the
    /// notes, so a card scrolled to its end shows its last line, at any size; followers are sent
    /// the card full-screen and scrolled.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 100, height: 30)])
    func aCardScrollsToItsEndInTheRoomTheNotesLeave(size: Size) throws {
        let deck = BriefingDeck(title: "Decree deck", steps: [
            BriefingStep(title: "Decreto 210", screen: .decrees, country: "ECU", decree: "D004",
                         notes: Array(repeating: "A note long enough to take a few lines of the presenter's pane, as real notes do.", count: 4)),
        ])
        var presenter = InteractiveLoop(Presenter(dashboard: Self.dashboard, deck: deck), state: Presenter(dashboard: Self.dashboard, deck: deck).initialState(now: 0))
        var follower = InteractiveLoop(Follower(dashboard: Self.dashboard, socketPath: "/tmp/test.sock"),
                                       state: Follower(dashboard: Self.dashboard, socketPath: "/tmp/test.sock").initialState())
        let forward = { (effect: Effect) -> Presenter.Event? in
            if case .broadcast(let broadcast) = effect { _ = follower.send(.received(broadcast), perform: { _ in nil }) }
            return nil
        }
        for key in [Key.character("o"), .character("G")] { _ = presenter.press(key, screen: size, perform: forward) }
        let frame = presenter.render(theme: .mono, glyphs: .unicode, size: size).text
        let shown = try #require(frame.firstMatch(of: /(\d+)–(\d+) of (\d+)/), "\(frame)")
        #expect(shown.output.2 == shown.output.3, "\(frame)")
        // The follower shows the card full-screen and scrolled, as the presenter does.
        #expect(follower.state.app.isExpanded)
        #expect((follower.state.app.scroll[follower.state.app.focusedList] ?? 0) > 0)
    }

    /// A follower browsing on its own scrolls below its one-line bar: to the card's very end.
    @Test func aFollowerOnItsOwnScrollsACardToItsEnd() throws {
        let size = Size(width: 80, height: 24)
        let program = Follower(dashboard: Self.dashboard, socketPath: "/tmp/test.sock")
        var follower = InteractiveLoop(program, state: program.initialState())
        let deck = BriefingDeck(title: "Decree deck", steps: [BriefingStep(title: "Decreto 210", screen: .decrees, country: "ECU", decree: "D004", notes: [])])
        let presenter = Presenter(dashboard: Self.dashboard, deck: deck)
        _ = follower.send(.received(presenter.broadcast(presenter.initialState(now: 0))), perform: { _ in nil })
        for key in [Key.character("f"), .character("o"), .character("G")] { _ = follower.press(key, screen: size, perform: { _ in nil }) }
        let seen = follower.render(theme: .mono, glyphs: .unicode, size: size).text
        let range = try #require(seen.firstMatch(of: /(\d+)–(\d+) of (\d+)/), "\(seen)")
        #expect(range.output.2 == range.output.3, "\(seen)")
    }

    @Test func tPausesAndResumesAndTResets() {
        let paused = run([.tick(110), Self.key("t"), .tick(170)])
        #expect(paused.clock.isPaused)
        #expect(paused.clock.elapsed == 10, "time while paused counts for nothing")
        let resumed = run([Self.key("t"), .tick(175)], from: paused)
        #expect(!resumed.clock.isPaused)
        #expect(resumed.clock.elapsed == 15)
        let reset = run([Self.key("n"), .tick(180), Self.key("T")], from: resumed)
        #expect(reset.clock.elapsed == 0 && reset.clock.stepElapsed == 0)
        #expect(reset.clock.spent(on: 0, current: reset.step) == 0)
        #expect(run([.tick(190)], from: reset).clock.elapsed == 10, "a reset clock keeps running")
        // A reset while paused stays paused.
        let pausedReset = run([.tick(110), Self.key("t"), Self.key("T"), .tick(200)])
        #expect(pausedReset.clock.isPaused && pausedReset.clock.elapsed == 0)
    }

    @Test func aheadOrBehindCountsOnlyPlannedSteps() {
        // 2:30 on a 2:00 step: 30 s behind while still on it.
        let over = run([.tick(250)])
        #expect(Self.presenter.drift(over) == 30)
        // Under the plan on the current step: on time, the rest of the step is still due.
        #expect(Self.presenter.drift(run([.tick(160)])) == 0)
        // Left after 1:00: a minute ahead; the unplanned step 2 does not count.
        let ahead = run([.tick(160), Self.key("n"), .tick(400)])
        #expect(Self.presenter.drift(ahead) == -60)
        // Jumping past the first step gains its 2:00; 3:20 on the 1:00 last step loses 2:20.
        #expect(Self.presenter.drift(run([Self.key("g"), Self.key("3"), .key(.enter), .tick(300)])) == 20)
        let unplanned = Presenter(dashboard: Self.dashboard, deck: BriefingTests.deck)
        #expect(unplanned.drift(unplanned.initialState()) == nil)
    }

    @Test func thePaneSaysWhatComesNextAndTheTime() {
        let state = run([.tick(250)])
        let chrome = Self.presenter.chrome(state)
        #expect(chrome.next == "Next (2): Ecuador")
        #expect(chrome.timing == "2:30 in all · 2:30 on this step of 2:00 · 0:30 behind")
        let last = run([Self.key("g"), Self.key("3"), .key(.enter), .tick(130), Self.key("t")])
        #expect(Self.presenter.chrome(last).next == "Next: nothing, this is the last step")
        #expect(Self.presenter.chrome(last, unicode: false).timing == "0:30 in all - 0:30 on this step of 1:00 - 2:00 ahead - paused, t resumes")
        let canvas = BriefingFrame.render(ScreenContext(dashboard: Self.dashboard, state: state.app, theme: .dark, glyphs: .unicode),
                                          chrome: chrome, size: Size(width: 100, height: 30))
        #expect(canvas.text.contains("2:30 in all"))
        #expect(canvas.text.contains("Next (2): Ecuador"))
        #expect(canvas.text.contains("First."), "the notes stay under the presenter's lines")
        // Hidden with the notes.
        #expect(Self.presenter.chrome(run([Self.key("N")], from: state)).timing == nil)
        #expect(Presenter.clockText(3725) == "1:02:05")
    }

    @Test func followersNeverSeeTheClock() throws {
        let start = Self.presenter.initialState(now: 100)
        let (ticked, effects) = Self.presenter.update(start, .tick(160))
        #expect(effects.isEmpty, "a tick is never broadcast")
        #expect(Self.presenter.broadcast(ticked) == Self.presenter.broadcast(start))
        let follower = Follower(dashboard: Self.dashboard, socketPath: "/tmp/test.sock")
        let received = try follower.receive(follower.initialState(), Self.presenter.broadcast(ticked))
        let chrome = follower.chrome(received)
        #expect(chrome.timing == nil && chrome.next == nil && chrome.notes == nil)
        let canvas = follower.render(received, theme: .dark, glyphs: .unicode, size: Size(width: 100, height: 30))
        #expect(!canvas.text.contains("in all") && !canvas.text.contains("Next"))
        // Without a socket the presenter's bar says nobody can follow, not "0 following".
        var alone = Self.presenter.initialState()
        alone.isShared = false
        #expect(Self.presenter.chrome(alone).status == "nobody can follow")
        #expect(Self.presenter.chrome(start).status == "0 following")
    }

    @Test func theRehearsalTableListsEachStepBesideItsPlan() {
        let state = run([.tick(250), Self.key("n"), .tick(260), Self.key("n"), .tick(290), Self.key("t"), .tick(900)])
        let table = RehearsalReport.table(Self.presenter, state)
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Rehearsal of \u{201C}Timed deck\u{201D}")
        #expect(lines[2] == "step  planned  spent   over  title")
        #expect(lines[3] == "   1     2:00   2:30  +0:30  Overview")
        #expect(lines[4] == "   2            0:10         Ecuador")
        #expect(lines[5] == "   3     1:00   0:30  -0:30  Ecuador 2023")
        #expect(lines[6] == " all     3:00   3:10   0:00")
    }

    /// A step never shown is not a step passed in no time: "—", said in a line under the table.
    @Test func aStepNeverShownIsToldFromOnePassedInstantly() {
        let state = run([.tick(130), Self.key("n")])
        let table = RehearsalReport.table(Self.presenter, state)
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[3] == "   1     2:00   0:30  -1:30  Overview")
        #expect(lines[4] == "   2            0:00         Ecuador", "shown, if only for a moment")
        #expect(lines[5] == "   3     1:00      —  -1:00  Ecuador 2023", "\(table)")
        #expect(table.contains("\n— not shown in this run; its plan counts as time gained.\n"), "\(table)")
        let everyStep = RehearsalReport.table(Self.presenter, run([Self.key("n"), Self.key("n")]))
        #expect(!everyStep.contains("—"), "no legend when every step was shown")
    }

    /// Ahead or behind is the difference of the whole seconds shown beside it, as the clock
    /// shows them: 8.6 s on a 3-second step reads "0:08 … of 0:03 · 0:05 behind".
    @Test func aheadOrBehindRoundsAsTheClockDoes() {
        let deck = BriefingDeck(title: "Short", steps: [
            BriefingStep(title: "Quick", screen: .overview, notes: [], minutes: 0.05),
            BriefingStep(title: "Next", screen: .overview, notes: [], minutes: 1),
        ])
        let presenter = Presenter(dashboard: Self.dashboard, deck: deck)
        let state = presenter.update(presenter.initialState(now: 0), .tick(8.6)).0
        #expect(presenter.chrome(state).timing == "0:08 in all · 0:08 on this step of 0:03 · 0:05 behind")
        let table = RehearsalReport.table(presenter, state)
        #expect(table.contains("   1     0:03   0:08  +0:05  Quick"), "\(table)")
        // The step left at 0:08 stays 0:05 over its plan; the next is still within its own.
        let later = [Presenter.Event.key(.character("n")), .tick(29.3)].reduce(state) { presenter.update($0, $1).0 }
        #expect(presenter.chrome(later).timing == "0:29 in all · 0:20 on this step of 1:00 · 0:05 behind")
    }
}
