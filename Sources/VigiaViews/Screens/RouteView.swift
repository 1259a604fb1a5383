import VigiaModel

/// Everything one kind of route means, in one place: its tab and breadcrumb, its lists and where their rows lead, what it draws, and
/// the keys that mean something of their own on it.
///
/// `Dashboard` and `Frame` ask `RouteRegistry.view(for:)` instead of switching over `Route`,
/// so a screen is read, and added, as one file. How a route is spelled in a follow-mode
/// snapshot is the route's own (`Route.words`), not its view's.
protocol RouteView: Sendable {
    /// The tab highlighted while the route is shown; nil for routes outside the tabs.
    var tab: ScreenID? { get }

    /// How many list panes the route has (Tab cycles through them, then its text panes).
    var paneCount: Int { get }

    /// The unfiltered rows of `pane`: the list model the screen draws and keys move through.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow]

    /// Where Enter on a row leads.
    func drillTarget(for target: RowTarget, dashboard: Dashboard) -> Route?

    /// The route's label in the breadcrumb, in words rather than ids.
    func crumb(in dataset: Dataset) -> String

    /// The keys that act on this route, with what they do here, for the status line and
    /// help's "This screen" (Enter and `s` are dropped where the selection gives them nothing
    /// to open; the keys that work everywhere are added after these).
    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint]

    /// The route's text panes, after its lists in Tab order (`paneCount` counts the lists).
    func textPanes(in context: ScreenContext) -> [TextPane]

    /// What the route's glyphs mean, for help's "This screen" ("✔", "supported").
    func legend(in context: ScreenContext) -> [(glyph: String, meaning: String)]

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext)

    /// Handles an action that means something of its own on this route; nil lets the
    /// dashboard handle it as on any other route.
    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState?

    /// The figure `s` opens when the selected row has none of its own (a chart's cursor year).
    func figureBesideRows(in state: AppState, dashboard: Dashboard) -> SourcedFigure?
}

extension RouteView {
    var paneCount: Int { 1 }

    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] { [] }

    func drillTarget(for target: RowTarget, dashboard: Dashboard) -> Route? {
        dashboard.drillTarget(for: target)
    }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] { [] }

    func textPanes(in context: ScreenContext) -> [TextPane] { [] }

    func legend(in context: ScreenContext) -> [(glyph: String, meaning: String)] { [] }

    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? { nil }

    func figureBesideRows(in state: AppState, dashboard: Dashboard) -> SourcedFigure? { nil }
}
