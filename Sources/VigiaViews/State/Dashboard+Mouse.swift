/// The mouse, which helps and is never required: a click focuses the pane under the pointer
/// (and, in the focused list, selects the row clicked), the wheel scrolls the pane under it.
///
/// Where panes and the selected row are comes from drawing the frame at the screen's size
/// (`Canvas.panes`, `Canvas.cursor`), so a click can never disagree with what is on screen.
extension Dashboard {
    /// What a mouse event at a cell means, or nil outside every pane.
    func pointer(_ event: MouseEvent, in state: AppState, screen: Size) -> Action? {
        var sized = state
        sized.viewport = screen
        let canvas = Frame.render(measuringContext(sized), size: screen)
        let point = event.position
        guard let (pane, extent) = canvas.panes.first(where: { $0.value.rect.contains(x: point.x, y: point.y) }) else { return nil }
        switch event.kind {
        case .wheelUp: return .pointer(pane: pane, row: nil, then: .moveUp)
        case .wheelDown: return .pointer(pane: pane, row: nil, then: .moveDown)
        case .click:
            // The selected row is where the terminal cursor rests; a click in the same list is
            // that many rows away from it.
            guard pane == state.pane, extent.lines == nil, let cursor = canvas.cursor, extent.rect.contains(x: cursor.x, y: cursor.y) else {
                return .pointer(pane: pane, row: nil, then: nil)
            }
            return .pointer(pane: pane, row: state.selectedIndex(state.focusedList) + point.y - cursor.y, then: nil)
        }
    }

    /// Focuses `pane`, selects `row` in it (clamped to its rows), then applies `then`.
    func point(_ state: AppState, pane: Int, row: Int?, then: Action?) -> AppState {
        var next = state
        next.message = nil
        if pane != state.pane {
            next.expanded = nil
            next.focusedPane[state.route] = pane
        }
        if let row {
            let count = rows(next.focusedList, in: next).count
            if count > 0 { next.selection[next.focusedList] = min(max(0, row), count - 1) }
        }
        return then.map { reduce(next, $0) } ?? next
    }
}
