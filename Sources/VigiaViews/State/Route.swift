/// One entry of the navigation stack: a screen, or a drill-down from one.
///
/// A route is only a name with its ids; what it shows and does is its `RouteView`
/// (`RouteRegistry`).
///
/// The stack of routes is the breadcrumb (k9s) and the back history (VisiData's sheet stack).
public enum Route: Hashable, Sendable {
    case screen(ScreenID)
    /// One country's homicide history with its decrees and events.
    case country(String)
    /// One country and year: the year's events, decrees in force and every value with its source.
    case countryYear(String, Int)
    /// The decrees of one country on a timeline.
    case countryDecrees(String)
    /// A decree card.
    case decree(String)
    /// An event card.
    case event(String)
    /// A program: funding by fiscal year, outcomes, criticisms.
    case program(String)
    /// One fiscal year of a program, split by category.
    case programYear(String, Int)
    /// A claim with its verdict and figures.
    case claim(String)
    /// A source card, optionally for one figure (whose conflicting values it lists).
    case source(String, figure: FigureReference?)
    /// Help generated from the key map.
    case help
    /// The op-ed's lessons against the programs: one cell per lesson and program.
    case lessons
    /// One cell of the lessons matrix in full: lesson id, column id.
    case lessonCell(String, String)
    /// The Plan Ecuador scenario editor beside the historical programs on the same footing.
    case scenario

    /// How recent the data is and what each file and series covers.
    case dataStatus

    /// How a figure no single source states is computed, with its inputs' sources.
    case computed(ComputedFigure)

    /// The screen this route belongs to (for the tab bar).
    public var screen: ScreenID? { RouteRegistry.view(for: self).tab }
}

/// A figure a source card is opened for, so it can list what other sources say.
public enum FigureReference: Hashable, Sendable {
    case homicide(area: String, year: Int, measure: String)
}
