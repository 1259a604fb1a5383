import Testing
import VigiaModel
@testable import VigiaViews

/// The mouse through `Dashboard.event` and `reduce`: a click focuses the pane under it and
/// selects the row clicked; the wheel scrolls the pane under the pointer, focused or not.
@Suite struct MouseTests {
    let support = ScreenTestSupport.self
    let screen = Size(width: 80, height: 24)

    private func send(_ kind: MouseEvent.Kind, at point: Point, to state: AppState) -> AppState {
        let dashboard = support.dashboard
        guard let action = dashboard.event(for: .mouse(MouseEvent(kind: kind, position: point)), in: state, screen: screen) else { return state }
        return dashboard.reduce(state, action)
    }

    private func start(_ route: Route) -> AppState {
        var state = support.state(route)
        state.viewport = screen
        return state
    }

    @Test func aClickFocusesThePaneAndSelectsTheRowClicked() throws {
        var state = start(.screen(.homicides))
        let canvas = support.render(state, size: screen)
        let chart = try #require(canvas.panes[1])
        state = send(.click, at: Point(x: chart.rect.x + 2, y: chart.rect.y + 2), to: state)
        #expect(state.pane == 1)
        let list = try #require(canvas.panes[0])
        state = send(.click, at: Point(x: list.rect.x + 3, y: list.rect.y + 2), to: state)
        #expect(state.pane == 0)
        let cursor = try #require(support.render(state, size: screen).cursor)
        state = send(.click, at: Point(x: cursor.x, y: cursor.y + 3), to: state)
        #expect(state.selectedIndex(state.focusedList) == 3)
        #expect(support.render(state, size: screen).cursor?.y == cursor.y + 3)
    }

    @Test func theWheelScrollsThePaneUnderThePointer() throws {
        var state = start(.decree("D004"))
        #expect(state.pane == 0)
        let text = try #require(support.render(state, size: screen).panes[1])
        state = send(.wheelDown, at: Point(x: text.rect.x + 5, y: text.rect.y + 3), to: state)
        #expect(state.pane == 1)
        #expect(state.scroll[state.focusedList] == 1)
        let outside = send(.click, at: Point(x: 3, y: 1), to: state)
        #expect(outside == state, "the breadcrumb is no pane")
    }
}
