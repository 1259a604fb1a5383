import VigiaModel

/// What a screen needs to draw itself: the dashboard (data and lists), the state, and the look.
public struct ScreenContext: Sendable {
    public let dashboard: Dashboard
    public let state: AppState
    public let theme: Theme
    public let glyphs: GlyphSet
    /// The size of the frame being drawn (set by `Frame.render`), for text panes whose
    /// content follows the layout (a table's columns named in a detail pane).
    public internal(set) var screenSize: Size?
    /// Hints that replace the route's on the status line, for a program that takes the keys
    /// away from the dashboard (a follower following its presenter reads, it does not browse).
    public internal(set) var fixedHints: [KeyHint]?

    public init(dashboard: Dashboard, state: AppState, theme: Theme, glyphs: GlyphSet) {
        self.dashboard = dashboard
        self.state = state
        self.theme = theme
        self.glyphs = glyphs
    }

    public var dataset: Dataset { dashboard.dataset }

    /// The frame's width, or the last known screen's when drawing has not started.
    var screenWidth: Int { screenSize?.width ?? state.viewport.width }

    /// The rows of one pane of the current route, filtered.
    public func rows(pane: Int = 0) -> [ListRow] {
        dashboard.rows(ListKey(state.route, pane: pane), in: state)
    }

    /// The selected index in a pane, clamped to its rows.
    public func selectedIndex(pane: Int = 0) -> Int? {
        let count = rows(pane: pane).count
        guard count > 0 else { return nil }
        return min(max(0, state.selectedIndex(ListKey(state.route, pane: pane))), count - 1)
    }

    public func isFocused(pane: Int) -> Bool { state.pane == pane }

    /// A panel title badge showing the pane's filter ("/ecu") or its size.
    public func badge(pane: Int = 0) -> String? {
        let filter = state.filter(ListKey(state.route, pane: pane))
        let count = rows(pane: pane).count
        return filter.isEmpty ? nil : "/\(filter) \(count)"
    }

    /// Draws a bordered panel and returns its interior.
    public func panel(_ title: String, pane: Int?, into canvas: inout Canvas, in rect: Rect, badge: String? = nil) -> Rect {
        let focused = pane.map { isFocused(pane: $0) } ?? false
        if let pane, canvas.panes[pane] == nil { canvas.panes[pane] = PaneExtent(rect: rect) }
        return Panel(title: title, badge: badge ?? pane.flatMap { self.badge(pane: $0) }, isFocused: focused)
            .draw(into: &canvas, in: rect, theme: theme, glyphs: glyphs)
    }
}
