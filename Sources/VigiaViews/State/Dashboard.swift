import VigiaModel

/// The dashboard's behaviour over one data set. Its parts are split by what they answer:
/// the data's questions (`+DataQueries`), the list model (`+ListModel`), the update
/// (`+Reduce`, with `+LineEditing`, `+Commands` and `+ScenarioEditing`) and briefing steps
/// (`+Briefing`). What a single route means lives with its screen (`RouteView`).
public struct Dashboard: Sendable {
    public let dataset: Dataset
    public let keyMap: KeyMap
    public let commands: CommandParser
    /// Today's date, against which the data's age is told. Injected so renders and tests are
    /// deterministic; the default reads the system clock.
    public let today: PartialDate

    public init(dataset: Dataset, keyMap: KeyMap = .standard, today: PartialDate = .systemToday) {
        self.dataset = dataset
        self.keyMap = keyMap
        self.commands = CommandParser(dataset: dataset)
        self.today = today
    }

    /// The state a new session starts in: Overview, the latest well-covered year, the decree
    /// timeline on the latest data (its window ends there, whatever the width).
    public func initialState(route: Route = .screen(.overview)) -> AppState {
        AppState(year: defaultYear, decreeCenter: latestDay, route: route)
    }
}
