import VigiaModel

/// Text panes in the update: Tab reaches them like lists, the movement keys scroll them,
/// Enter or `o` shows one full-screen and Esc comes back.
extension Dashboard {
    /// A context to lay screens out with when the update needs the layout (how long a text
    /// pane is at the viewport's size); the look does not change how text wraps.
    func measuringContext(_ state: AppState) -> ScreenContext {
        ScreenContext(dashboard: self, state: state, theme: .dark, glyphs: .unicode)
    }

    /// How many text panes `state`'s route has after its lists.
    func textPaneCount(_ state: AppState) -> Int {
        RouteRegistry.view(for: state.route).textPanes(in: measuringContext(state)).count
    }

    /// True when the focused pane is a text pane rather than a list.
    public func isTextPaneFocused(_ state: AppState) -> Bool {
        state.pane >= paneCount(state.route)
    }

    /// The action's meaning while a text pane is focused (or full-screen); nil for the rest.
    func reduceTextPane(_ state: AppState, _ action: Action) -> AppState? {
        var next = state
        if action == .expand, !isTextPaneFocused(state) {
            guard textPaneCount(state) > 0 else {
                next.message = "o opens a card's text full-screen; this screen has none"
                return next
            }
            next.focusedPane[state.route] = paneCount(state.route)
            next.expanded = next.focusedList
            return next
        }
        guard isTextPaneFocused(state) else { return nil }
        switch action {
        case .moveUp: scroll(&next) { offset, _ in offset - 1 }
        case .moveDown: scroll(&next) { offset, _ in offset + 1 }
        case .pageUp: scroll(&next) { offset, extent in offset - max(1, extent.visible - 1) }
        case .pageDown: scroll(&next) { offset, extent in offset + max(1, extent.visible - 1) }
        case .jumpToTop: scroll(&next) { _, _ in 0 }
        case .jumpToBottom: scroll(&next) { _, extent in extent.maxOffset }
        case .drill, .expand: next.expanded = next.focusedList
        case .back where state.isExpanded: next.expanded = nil
        case .beginFilter: next.message = "/ filters a list; Tab moves to one"
        case .moveLeft, .moveRight, .togglePick: break
        default: return nil
        }
        return next
    }

    /// Moves the focused text pane's first line to `target(offset, extent)`, clamped to the
    /// pane as it is laid out at the viewport's size.
    private func scroll(_ state: inout AppState, to target: (Int, PaneExtent) -> Int) {
        let canvas = Frame.render(measuringContext(state), size: state.viewport)
        guard let extent = canvas.panes[state.pane] else { return }
        let key = state.focusedList
        let offset = min(max(0, state.scroll[key] ?? 0), extent.maxOffset)
        state.scroll[key] = min(max(0, target(offset, extent)), extent.maxOffset)
    }
}
