import VigiaModel

/// The dashboard's behaviour over one data set: the lists each route shows, where Enter
/// leads, and (in `Dashboard+Reduce.swift`) how actions change the state.
///
/// Screens draw the same rows these functions return, so what is selected and what is
/// drawn can never disagree.
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
    /// timeline centred three years before the latest dated measure.
    public func initialState(route: Route = .screen(.overview)) -> AppState {
        AppState(year: defaultYear, decreeCenter: latestDay - 3 * 365, route: route)
    }

    /// The latest year in which at least half of the countries have a sourced rate.
    public var defaultYear: Int {
        guard let years = dataset.homicideYears else { return 2000 }
        for year in years.reversed() {
            let covered = dataset.countries.filter { dataset.series($0.iso3, .ratePer100k).value(in: year) != nil }.count
            if covered * 2 >= dataset.countries.count { return year }
        }
        return years.upperBound
    }

    /// The latest date in the data (`Dataset.latestDate`) as a day number: where open-ended
    /// measures are drawn to and the day the "In force" tile counts. The data's "now", never
    /// the clock's: a measure is only known to be in force as far as the data goes.
    public var latestDay: Int {
        dataset.latestDate?.dayNumber ?? 0
    }

    /// How many days before `today` the data ends (negative if the data runs past it).
    public var dataAgeDays: Int { today.dayNumber - latestDay }

    /// Data older than this many days gets a notice saying how old it is.
    public static let staleAfterDays = 90

    /// Whether the data ends long enough before today that readers should be told.
    public var isDataStale: Bool { dataset.latestDate != nil && dataAgeDays > Self.staleAfterDays }

    /// How many panes `route` has (Tab cycles through them).
    public func paneCount(_ route: Route) -> Int {
        switch route {
        case .screen(.overview), .screen(.homicides), .screen(.claims): return 2
        default: return 1
        }
    }

    /// Decrees shown on the timeline screens, honouring the context/protest toggle.
    public func visibleDecrees(of country: String, state: AppState) -> [Decree] {
        dataset.decrees(of: country).filter { state.showsAllDecrees || $0.relevance == .gangViolence }
    }

    /// The decree timeline's visible window for a track `columns` wide.
    public func decreeWindow(_ state: AppState, columns: Int) -> Timeline.Window {
        Timeline.Window(zoom: state.decreeZoom.timelineZoom, centeredOn: Double(state.decreeCenter), columns: columns)
    }

    /// Countries that have any visible decree.
    public func decreeCountries(state: AppState) -> [Country] {
        // `contains` stops at the first visible decree and copies none: the Decrees screen
        // asks for this list several times per frame.
        dataset.countries.filter { country in
            dataset.decrees(of: country.iso3).contains { state.showsAllDecrees || $0.relevance == .gangViolence }
        }
    }

    // MARK: Lists

    /// The rows of `key` after its filter.
    public func rows(_ key: ListKey, in state: AppState) -> [ListRow] {
        let all = unfilteredRows(key, in: state)
        let filter = CommandParser.folded(state.filter(key))
        guard !filter.isEmpty else { return all }
        return all.filter { CommandParser.folded($0.searchText).contains(filter) }
    }

    /// The selected row of `key`, if the list has any.
    public func selectedRow(_ key: ListKey, in state: AppState) -> ListRow? {
        let rows = self.rows(key, in: state)
        guard !rows.isEmpty else { return nil }
        return rows[min(max(0, state.selectedIndex(key)), rows.count - 1)]
    }

    func unfilteredRows(_ key: ListKey, in state: AppState) -> [ListRow] {
        if let rows = analysisRows(key, in: state) { return rows }
        switch (key.route, key.pane) {
        case (.screen(.overview), 0):
            return dataset.countries.sorted { $0.iso3 < $1.iso3 }.map { ListRow(id: $0.iso3, searchText: "\($0.iso3) \($0.name)") }
        case (.screen(.overview), 1):
            return latestEvents.map { ListRow(id: $0.id, searchText: "\($0.country) \(dataset.areaName($0.country)) \($0.title)") }
        case (.screen(.homicides), 0):
            return homicideRanking(state).map { ListRow(id: $0, searchText: "\($0) \(dataset.areaName($0))") }
        case (.country(let country), 0):
            let years = Set(dataset.series(country, .ratePer100k).years + dataset.series(country, .count).years)
            return years.sorted(by: >).map { ListRow(id: String($0), searchText: String($0)) }
        case (.countryYear(let country, let year), 0):
            return countryYearItems(country, year).map { ListRow(id: $0.id, searchText: $0.text) }
        case (.screen(.decrees), 0):
            return decreeCountries(state: state).map { ListRow(id: $0.iso3, searchText: "\($0.iso3) \($0.name)") }
        case (.countryDecrees(let country), 0):
            return visibleDecrees(of: country, state: state).map {
                ListRow(id: $0.id, searchText: "\($0.id) \($0.reference ?? "") \($0.kind.label) \($0.scope)")
            }
        case (.decree(let id), 0):
            guard let decree = dataset.decree(id) else { return [] }
            let related = ([decree.extends, decree.rulesOn].compactMap { $0 } + dataset.extensions(of: id).map(\.id) + dataset.rulings(on: id).map(\.id))
            return related.map { ListRow(id: "decree:" + $0, searchText: $0) }
                + decree.sources.map { ListRow(id: "source:" + $0, searchText: $0 + " " + (dataset.source($0)?.title ?? "")) }
        case (.event(let id), 0):
            return (dataset.events.first { $0.id == id }?.sources ?? []).map { ListRow(id: "source:" + $0, searchText: $0 + " " + (dataset.source($0)?.title ?? "")) }
        case (.screen(.programs), 0):
            return dataset.programs.map { ListRow(id: $0.id, searchText: "\($0.shortName) \($0.name)") }
        case (.program(let id), 0):
            return Set(dataset.funding(of: id).map(\.fiscalYear)).sorted().map { ListRow(id: String($0), searchText: "FY\($0)") }
        case (.programYear(let id, let year), 0):
            return dataset.funding(of: id).enumerated().filter { $0.element.fiscalYear == year }.map {
                ListRow(id: "funding:\($0.offset)", searchText: "\($0.element.category) \($0.element.basis.rawValue) \($0.element.source)")
            }
        case (.screen(.claims), 0):
            return dataset.claims.map { ListRow(id: $0.id, searchText: "\($0.id) \($0.topic) \($0.verdict.label) \($0.quote)") }
        case (.screen(.claims), 1):
            return dataset.sources.map { ListRow(id: $0.id, searchText: "\($0.id) \($0.title) \($0.publisher)") }
        case (.claim(let id), 0):
            guard let claim = dataset.claims.first(where: { $0.id == id }) else { return [] }
            return claim.figures.enumerated().map { ListRow(id: "figure:\($0.offset)", searchText: $0.element.label) }
                + claim.sources.map { ListRow(id: "source:" + $0, searchText: $0 + " " + (dataset.source($0)?.title ?? "")) }
        case (.help, 0):
            return HelpContent.lines(keyMap).enumerated().map { ListRow(id: String($0.offset), searchText: $0.element.key + " " + $0.element.text) }
        default:
            return []
        }
    }

    /// The ten most recent events, newest first.
    public var latestEvents: [SecurityEvent] {
        Array(dataset.events.reversed().prefix(10))
    }

    /// Country codes ordered by the cursor year's value (highest first), then unsourced ones.
    public func homicideRanking(_ state: AppState) -> [String] {
        let ranking = Ranking(dataset, measure: state.measure, year: state.year)
        return ranking.entries.map(\.country) + ranking.unranked
    }

    /// The items of a country-year card: every value with its source (each release of a revised
    /// value, and part-year figures), the monthly counts, decrees in force, events.
    public func countryYearItems(_ country: String, _ year: Int) -> [(id: String, text: String)] {
        var items: [(String, String)] = []
        for measure in [HomicideMeasure.ratePer100k, .count] {
            for record in dataset.series(country, measure).recordsByYear[year] ?? [] {
                items.append((CountryYearRow.value(record).id, "\(measure.label) \(record.value) \(record.source)"))
            }
        }
        for record in dataset.partYearFigures(country) where record.year == year {
            items.append((CountryYearRow.value(record).id, "\(record.measure.label) \(record.value) \(record.source)"))
        }
        for record in dataset.monthly(country) where record.month.year == year {
            items.append((CountryYearRow.month(record.month).id, "\(record.month) \(record.count)"))
        }
        for decree in decreesInForce(country, year) { items.append(("decree:" + decree.id, "\(decree.id) \(decree.reference ?? decree.kind.label)")) }
        for event in dataset.events(in: year, country: country) { items.append(("event:" + event.id, event.title)) }
        return items
    }

    /// Measures whose known or declared period overlaps `year`.
    public func decreesInForce(_ country: String, _ year: Int) -> [Decree] {
        let first = PartialDate(year: year, month: 1, day: 1).dayNumber
        let last = PartialDate(year: year, month: 12, day: 31).dayNumber
        return dataset.decrees(of: country).filter { decree in
            guard let start = decree.start else { return false }
            let end = DecreePeriod(decree).endDay ?? start.lastDayNumber
            return start.dayNumber <= last && end >= first
        }
    }

    // MARK: Drilling

    /// Where Enter on `row` of `key` leads.
    public func drillTarget(_ key: ListKey, row: ListRow, in state: AppState) -> Route? {
        if let target = analysisDrillTarget(key, row: row) { return target }
        if let colon = row.id.firstIndex(of: ":") {
            let kind = row.id[..<colon], id = String(row.id[row.id.index(after: colon)...])
            switch kind {
            case "decree": return .decree(id)
            case "event": return .event(id)
            case "source": return .source(id, figure: nil)
            case "value", "month", "funding", "figure": return figure(for: key, row: row).map { .source($0.source, figure: $0.reference) }
            default: return nil
            }
        }
        switch (key.route, key.pane) {
        case (.screen(.overview), 0), (.screen(.homicides), 0): return .country(row.id)
        case (.screen(.overview), 1): return .event(row.id)
        case (.country(let country), 0): return Int(row.id).map { .countryYear(country, $0) }
        case (.screen(.decrees), 0): return .countryDecrees(row.id)
        case (.countryDecrees, 0): return .decree(row.id)
        case (.screen(.programs), 0): return .program(row.id)
        case (.program(let id), 0): return Int(row.id).map { .programYear(id, $0) }
        case (.screen(.claims), 0): return .claim(row.id)
        case (.screen(.claims), 1): return .source(row.id, figure: nil)
        default: return nil
        }
    }

    /// The figure under the selection, for `s`: its source and, for homicide values, the cell.
    public func focusedFigure(in state: AppState) -> (source: String, reference: FigureReference?)? {
        let key = state.focusedList
        if let row = selectedRow(key, in: state), let figure = figure(for: key, row: row) { return figure }
        switch state.route {
        case .screen(.homicides), .screen(.overview), .country:
            let country: String?
            if case .country(let code) = state.route { country = code } else { country = selectedRow(ListKey(state.route, pane: 0), in: state)?.id }
            guard let country, let record = dataset.series(country, state.measure).record(in: state.year) else { return nil }
            return (record.source, .homicide(area: country, year: state.year, measure: state.measure.rawValue))
        case .decree(let id):
            return dataset.decree(id)?.sources.first.map { ($0, nil) }
        default:
            return nil
        }
    }

    private func figure(for key: ListKey, row: ListRow) -> (source: String, reference: FigureReference?)? {
        let parts = row.id.split(separator: ":").map(String.init)
        switch (key.route, parts.first) {
        case (.countryYear(let country, let year), "value"):
            guard let record = CountryYearRow(id: row.id)?.record(in: dataset, country: country, year: year) else { return nil }
            return (record.source, .homicide(area: country, year: year, measure: record.measure.rawValue))
        case (.countryYear(let country, _), "month"):
            guard case let .month(month)? = CountryYearRow(id: row.id), let latest = dataset.releases(country, month).first else { return nil }
            return (latest.source, nil)
        case (.programYear(let id, _), "funding") where parts.count == 2:
            guard let index = Int(parts[1]), dataset.funding(of: id).indices.contains(index) else { return nil }
            return (dataset.funding(of: id)[index].source, nil)
        case (.claim(let id), "figure") where parts.count == 2:
            guard let claim = dataset.claims.first(where: { $0.id == id }), let index = Int(parts[1]), claim.figures.indices.contains(index) else { return nil }
            let figure = claim.figures[index]
            return (figure.source, nil)
        case (_, "source") where parts.count >= 2:
            return (parts.dropFirst().joined(separator: ":"), nil)
        default:
            return nil
        }
    }
}
