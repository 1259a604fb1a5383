import Testing
import VigiaModel
@testable import VigiaViews

/// The one interactive loop: which effects a key produces, and how performed effects feed back.
@Suite struct InteractiveLoopTests {
    let support = ScreenTestSupport.self
    let screen = Size(width: 100, height: 30)

    func loop(_ route: Route = .screen(.homicides)) -> InteractiveLoop<Dashboard> {
        var state = support.state(route)
        state.viewport = screen  // as after the first key on this screen
        return InteractiveLoop(support.dashboard, state: state)
    }

    /// Presses `key` with a performer that must never be asked.
    func press(_ key: Key, on loop: inout InteractiveLoop<Dashboard>) -> [Effect] {
        loop.press(key, screen: screen) { effect in
            Issue.record("unexpected effect \(effect)")
            return nil
        }
    }

    @Test func aChangeRedrawsAndNothingElse() {
        var loop = loop()
        #expect(press(.down, on: &loop) == [.redraw])
        #expect(loop.state.selectedIndex(loop.state.focusedList) == 1)
    }

    @Test func aKeyThatChangesNothingCostsNothing() {
        var loop = loop()
        _ = press(.up, on: &loop)  // the first records the selection at the top
        #expect(press(.up, on: &loop).isEmpty)
        #expect(press(.function(12), on: &loop).isEmpty)
    }

    @Test func ctrlLClearsAndAResizeRedrawsEvenWithoutAChange() {
        var loop = loop()
        #expect(press(.control("l"), on: &loop) == [.clearAndRedraw])
        #expect(press(.resize, on: &loop) == [.redraw])
    }

    @Test func quitEndsTheLoop() {
        var loop = loop()
        #expect(press(.character("q"), on: &loop).contains(.quit))
    }

    @Test func aClickOnATabShowsThatScreen() {
        var loop = loop(.screen(.overview))
        let tab = Frame.tabColumns(width: screen.width).first { $0.screen == .claims }
        let click = Key.mouse(MouseEvent(kind: .click, position: Point(x: tab?.range.lowerBound ?? 0, y: 0)))
        #expect(press(click, on: &loop) == [.redraw])
        #expect(loop.state.route == .screen(.claims))
    }

    @Test func aSaveIsPerformedOnceAndItsOutcomeFedBack() throws {
        let location = ScenarioLocation.bundledDefault(in: ScreenTestSupport.dataURL)
        let loaded = try ScenarioLoader.load(from: location, displayPath: "default", dataset: support.dashboard.dataset)
        var state = support.state(.screen(.programs))
        state.scenario = ScenarioSession(scenario: loaded.scenario, loadedFrom: "default", target: "/nonexistent/s.json", fingerprint: nil)
        var loop = InteractiveLoop(support.dashboard, state: state)
        var performed: [Effect] = []
        let effects = loop.press(.character("w"), screen: screen) { effect in
            performed.append(effect)
            return .scenarioSaved(.failed("the disk is full"))
        }
        #expect(performed.count == 1)
        if case .saveScenario(let session)? = performed.first { #expect(session.pendingSave == .save) }
        #expect(effects == [.redraw, .redraw])
        #expect(loop.state.scenario?.pendingSave == nil)
        #expect(loop.state.message?.contains("the disk is full") == true)
    }

    @Test func aPresenterBroadcastsOnlyWhenWhatFollowersSeeChanges() {
        let presenter = Presenter(dashboard: support.dashboard, deck: BriefingTests.deck)
        var loop = InteractiveLoop(presenter, state: presenter.initialState())
        var published: [BriefingBroadcast] = []
        let perform: (Effect) -> Presenter.Event? = { effect in
            if case .broadcast(let broadcast) = effect { published.append(broadcast) }
            return nil
        }
        _ = loop.press(.character("n"), screen: screen, perform: perform)
        #expect(published == [presenter.broadcast(loop.state)])
        #expect(loop.send(.followers(2), perform: perform) == [.redraw])
        #expect(loop.send(.followers(2), perform: perform).isEmpty)
        #expect(published.count == 1)
    }
}
