import VigiaModel

/// Everything the dashboard shows, as plain values: what `reduce` changes and screens draw.
///
/// Navigation state, never pixels, so it can be rendered at any size (and later published to
/// followers of a briefing).
public struct AppState: Hashable, Sendable {
    /// The navigation stack; the first entry is always a screen.
    public var stack: [Route]
    /// Focused pane per route.
    public var focusedPane: [Route: Int] = [:]
    /// Selected row per list (an index into the filtered rows).
    public var selection: [ListKey: Int] = [:]
    /// Filter text per list.
    public var filters: [ListKey: String] = [:]
    /// First visible line per text pane (a card's text), clamped by `reduce` to what the pane holds.
    public var scroll: [ListKey: Int] = [:]
    /// The text pane shown full-screen (Enter or `o` on it); Esc returns to the screen.
    public var expanded: ListKey?
    /// The size of the screen the last key was typed on, so scrolling knows how a text pane is
    /// laid out; a test or `vigia render` sets it directly.
    public var viewport = Size(width: 80, height: 24)
    public var mode: InputMode = .normal
    public var commandHistory: [String] = []
    /// Rate or count on the Homicides screens.
    public var measure: HomicideMeasure = .ratePer100k
    /// Countries picked for the comparison chart (empty: the selected country alone).
    public var compared: [String] = []
    /// The year cursor of the Homicides screens.
    public var year: Int
    public var decreeZoom: DecreeZoom = .years
    /// Day number (days since 1970-01-01) at the centre of the decree timeline.
    public var decreeCenter: Int
    /// Show context and protest measures too, not only gang-violence ones.
    public var showsAllDecrees = false
    /// A one-line message for the status bar (a command's result or error).
    public var message: String?
    public var shouldQuit = false
    /// The Plan Ecuador scenario being edited on the Programs screen; nil when none was loaded.
    public var scenario: ScenarioSession?

    public init(year: Int, decreeCenter: Int, route: Route = .screen(.overview)) {
        self.stack = [route]
        self.year = year
        self.decreeCenter = decreeCenter
    }

    /// The route on top of the stack.
    public var route: Route { stack.last ?? .screen(.overview) }

    public var pane: Int { focusedPane[route] ?? 0 }

    /// The list keys and arrows act on.
    public var focusedList: ListKey { ListKey(route, pane: pane) }

    public func selectedIndex(_ key: ListKey) -> Int { selection[key] ?? 0 }

    public func filter(_ key: ListKey) -> String { filters[key] ?? "" }

    /// True while the focused pane is shown full-screen.
    public var isExpanded: Bool { expanded == focusedList }
}
