import Testing
import VigiaModel
@testable import VigiaViews

/// A replay at the reduce level: recorded states arrive as the driver's clock passes their
/// time (scaled by the speed), Space pauses, n/p step, f browses and re-joins as in follow
/// mode, and a step this data set cannot draw says what is missing.
@Suite struct ReplayTests {
    static let dashboard = ScreenTestSupport.dashboard
    static let presenter = BriefingTests.presenter

    /// The test deck's steps at 0, 10, 20… seconds, with one browse inside step 2 at 15 s.
    static let states: [RecordedState] = {
        var recorded: [RecordedState] = []
        var state = presenter.initialState()
        for step in 0..<4 {
            if step > 0 { state = presenter.reduce(state, key: .character("n")) }
            recorded.append(RecordedState(at: Double(step) * 10, broadcast: presenter.broadcast(state), notes: ["Said at step \(step + 1)."]))
            if step == 1 {
                let browsed = presenter.reduce(state, key: .character("4"))
                recorded.append(RecordedState(at: 15, broadcast: presenter.broadcast(browsed)))
            }
        }
        return recorded
    }()

    static let player = ReplayPlayer(follower: Follower(dashboard: dashboard, socketPath: "r.jsonl"), states: states,
                                     duration: 40, ending: "The end of the recording, at 0:40.")

    private func run(_ events: [ReplayPlayer.Event], from start: ReplayState? = nil) -> ReplayState {
        events.reduce(start ?? Self.player.initialState(now: 1000)) { Self.player.update($0, $1).0 }
    }

    private static func key(_ character: Character) -> ReplayPlayer.Event { .key(.character(character)) }

    @Test func statesArriveAsTheirTimePasses() {
        let start = run([])
        #expect(start.shown == 0 && start.follower.latest?.step == 0)
        let at12 = run([.tick(1005), .tick(1012)])
        #expect(at12.position == 12 && at12.shown == 1)
        #expect(at12.follower.app.stack == Self.presenter.stepStates[1].stack)
        let at16 = run([.tick(1016)], from: at12)
        #expect(at16.shown == 2 && at16.follower.app.route == .screen(.programs), "a browse inside a step replays too")
        let end = run([.tick(1100)], from: at16)
        #expect(end.position == 40 && !end.playing && end.follower.latest?.step == 3)
        #expect(Self.player.chrome(end).status == "ended 0:40/0:40 · Space replays")
        #expect(Self.player.chrome(end).next == "The end of the recording, at 0:40.")
        let again = run([Self.key(" "), .tick(1101), .tick(1102)], from: end)
        #expect(again.playing && again.position == 1 && again.shown == 0, "Space at the end plays from the start")
    }

    @Test func speedAndPause() {
        let fast = run([Self.key("+"), Self.key("+"), .tick(1005)])
        #expect(fast.speed == 4 && fast.position == 20 && fast.shown == 3)
        #expect(Self.player.chrome(fast).status == "playing 0:20/0:40 4× · f browses")
        #expect(run([Self.key("-"), Self.key("-"), Self.key("-"), .tick(1008)]).position == 2, "¼× at the slowest")
        #expect(run(Array(repeating: Self.key("+"), count: 9)).speed == 16)
        let paused = run([.tick(1003), Self.key(" "), .tick(1030)])
        #expect(!paused.playing && paused.position == 3)
        #expect(run([.tick(1031)], from: paused) == paused, "a paused replay stays still")
        let resumed = run([Self.key(" "), .tick(1040), .tick(1042)], from: paused)
        #expect(resumed.position == 5, "time while paused is not played")
    }

    @Test func nAndPStepAndPause() {
        let second = run([Self.key("n")])
        #expect(second.shown == 1 && second.position == 10 && !second.playing)
        // The browse at 15 s belongs to step 2: n goes on to step 3.
        let third = run([Self.key("n")], from: second)
        #expect(third.shown == 3 && third.follower.latest?.step == 2)
        let back = run([Self.key("p")], from: run([.tick(1016)]))
        #expect(back.shown == 0, "from inside step 2, p goes to step 1")
        #expect(run([Self.key("p")]).follower.app.message == "this is the first step")
        let last = run([Self.key("n"), Self.key("n"), Self.key("n"), Self.key("n")])
        #expect(last.shown == 4 && last.follower.app.message == "that was the last step of the recording")
    }

    @Test func browsingAwayAndComingBackAsInFollowMode() {
        let away = run([Self.key("f"), .key(.character("4")), .tick(1012)])
        #expect(away.follower.detached)
        #expect(away.follower.app.route == .screen(.programs), "the viewer's own browsing stays")
        #expect(away.follower.latest?.step == 1, "the replay plays on meanwhile")
        #expect(Self.player.chrome(away).status.hasPrefix("on your own"))
        let back = run([Self.key("f")], from: away)
        #expect(!back.follower.detached && back.follower.app.stack == Self.presenter.stepStates[1].stack)
        // Keys that are the dashboard's own do nothing while following.
        #expect(run([.key(.character("4"))]).follower.app.stack == Self.presenter.stepStates[0].stack)
        #expect(Self.player.update(run([]), Self.key("q")).1 == [.quit])
    }

    @Test func recordedNotesShowAndAStepWithoutItsDataSaysWhatIsMissing() {
        let start = run([])
        #expect(Self.player.chrome(start).notes == ["Said at step 1."])
        #expect(Self.player.chrome(run([Self.key("N")])).notes == nil)
        var broken = Self.states
        broken[1].broadcast.view.stack = [["homicides"], ["country", "XYZ"]]
        let player = ReplayPlayer(follower: Self.player.follower, states: broken, duration: 40,
                                  notices: ["Recorded with another data set."], ending: "end")
        let state = [ReplayPlayer.Event.tick(1011)].reduce(player.initialState(now: 1000)) { player.update($0, $1).0 }
        #expect(state.missing?.hasPrefix("Step 2, \u{201C}Ecuador\u{201D}, shows country XYZ, which this data set does not have.") == true, "\(state.missing ?? "")")
        #expect(player.chrome(state).counter == "2/8", "the bar still moves to the step")
        #expect(player.chrome(state).timing == "Recorded with another data set.")
        let canvas = player.render(state, theme: .dark, glyphs: .unicode, size: Size(width: 100, height: 30))
        #expect(canvas.text.contains("Not in this data set") && canvas.text.contains("country XYZ"))
        #expect(!canvas.text.contains("Homicides ›"), "no wrong frame is drawn")
        let recovered = player.update(state, .tick(1021)).0
        #expect(recovered.missing == nil && recovered.follower.latest?.step == 2)
    }
}
