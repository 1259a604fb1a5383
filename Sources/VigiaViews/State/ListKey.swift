/// Identifies one selectable list: a route and a pane of it.
///
/// Selection and filter text are remembered per list, so going back restores where you were.
public struct ListKey: Hashable, Sendable {
    public var route: Route
    public var pane: Int

    public init(_ route: Route, pane: Int = 0) {
        self.route = route
        self.pane = pane
    }
}
