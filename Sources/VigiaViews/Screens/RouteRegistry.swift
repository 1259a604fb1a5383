import VigiaModel

/// From a route to the view that owns it. Adding a screen is one file with a `RouteView`
/// and one case here.
enum RouteRegistry {
    /// The view of `route`. The switch is exhaustive, so a route without a view does not compile.
    static func view(for route: Route) -> any RouteView {
        switch route {
        case .screen(let screen): return tabView(screen)
        case .country(let code): return CountryScreen(code: code)
        case .countryYear(let code, let year): return CountryYearScreen(code: code, year: year)
        case .countryDecrees(let country): return CountryDecreesScreen(country: country)
        case .decree(let id): return DecreeCard(id: id)
        case .event(let id): return EventCard(id: id)
        case .program(let id): return ProgramScreen(id: id)
        case .programYear(let id, let year): return ProgramYearScreen(id: id, year: year)
        case .claim(let id): return ClaimCard(id: id)
        case .source(let id, let figure): return SourceCard(id: id, figure: figure)
        case .help: return HelpScreen()
        case .lessons: return LessonsScreen()
        case .lessonCell(let lesson, let column): return LessonCellCard(lessonID: lesson, columnID: column)
        case .scenario: return ScenarioScreen()
        case .dataStatus: return DataStatusScreen()
        case .computed(let figure): return ComputedFigureCard(figure: figure)
        }
    }

    /// The view of one of the tabs.
    private static func tabView(_ screen: ScreenID) -> any RouteView {
        switch screen {
        case .overview: return OverviewScreen()
        case .homicides: return HomicidesScreen()
        case .decrees: return DecreesScreen()
        case .programs: return ProgramsScreen()
        case .claims: return ClaimsScreen()
        case .map: return MapScreen()
        }
    }
}
