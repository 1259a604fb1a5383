import VigiaModel

/// A route as follow-mode snapshot words, and back.
///
/// The spelling is one switch here rather than a method on each screen, so a route is written
/// and read the same way by construction, and the check that its ids exist is said once per
/// kind of id (a country's three routes share one).
extension Route {
    /// The route as snapshot words: its kind, then its ids (`["countryYear", "ECU", "2023"]`).
    public var words: [String] {
        switch self {
        case .screen(let screen): return [screen.rawValue]
        case .country(let code): return ["country", code]
        case .countryYear(let code, let year): return ["countryYear", code, String(year)]
        case .countryDecrees(let code): return ["countryDecrees", code]
        case .decree(let id): return ["decree", id]
        case .event(let id): return ["event", id]
        case .program(let id): return ["program", id]
        case .programYear(let id, let year): return ["programYear", id, String(year)]
        case .claim(let id): return ["claim", id]
        case .source(let id, nil): return ["source", id]
        case .source(let id, .homicide(let area, let year, let measure)?): return ["source", id, "homicide", area, String(year), measure]
        case .help: return ["help"]
        case .lessons: return ["lessons"]
        case .lessonCell(let lesson, let column): return ["lessonCell", lesson, column]
        case .scenario: return ["scenario"]
        case .dataStatus: return ["dataStatus"]
        case .computed(let figure): return ["computed"] + figure.words
        }
    }

    /// The route `words` name, if they spell one and every id in it exists in `dataset`.
    /// Snapshots arrive from a socket, so nothing in them is trusted.
    public init?(words: [String], in dataset: Dataset) {
        guard let route = Route(spelling: words), route.exists(in: dataset) else { return nil }
        self = route
    }

    /// The route `words` spell, ids unchecked; years must be ones the data could hold.
    private init?(spelling words: [String]) {
        guard let kind = words.first else { return nil }
        let ids = Array(words.dropFirst())
        if let screen = ScreenID(rawValue: kind) {
            guard ids.isEmpty else { return nil }
            self = .screen(screen)
            return
        }
        switch (kind, ids.count) {
        case ("help", 0): self = .help
        case ("lessons", 0): self = .lessons
        // Followers have no scenario of the presenter's; the editor shows theirs, if any.
        case ("scenario", 0): self = .scenario
        case ("dataStatus", 0): self = .dataStatus
        case ("computed", _):
            guard let figure = ComputedFigure(words: ids) else { return nil }
            self = .computed(figure)
        case ("lessonCell", 2): self = .lessonCell(ids[0], ids[1])
        case ("source", 1): self = .source(ids[0], figure: nil)
        case ("source", 5) where ids[1] == "homicide":
            guard let year = Self.year(ids[3]) else { return nil }
            self = .source(ids[0], figure: .homicide(area: ids[2], year: year, measure: ids[4]))
        case ("country", 1): self = .country(ids[0])
        case ("countryDecrees", 1): self = .countryDecrees(ids[0])
        case ("decree", 1): self = .decree(ids[0])
        case ("event", 1): self = .event(ids[0])
        case ("program", 1): self = .program(ids[0])
        case ("claim", 1): self = .claim(ids[0])
        case ("countryYear", 2):
            guard let year = Self.year(ids[1]) else { return nil }
            self = .countryYear(ids[0], year)
        case ("programYear", 2):
            guard let year = Self.year(ids[1]) else { return nil }
            self = .programYear(ids[0], year)
        default: return nil
        }
    }

    /// A year in snapshot words, if it is one the data could hold.
    private static func year(_ text: String) -> Int? {
        Int(text).flatMap { (1900...2100).contains($0) ? $0 : nil }
    }

    /// Whether every id the route names is in `dataset`.
    private func exists(in dataset: Dataset) -> Bool {
        switch self {
        case .screen, .help, .lessons, .scenario, .dataStatus:
            return true
        case .country(let code), .countryYear(let code, _), .countryDecrees(let code):
            return dataset.country(code) != nil
        case .decree(let id):
            return dataset.decree(id) != nil
        case .event(let id):
            return dataset.events.contains { $0.id == id }
        case .program(let id), .programYear(let id, _):
            return dataset.program(id) != nil
        case .claim(let id):
            return dataset.claims.contains { $0.id == id }
        case .source(let id, nil):
            return dataset.source(id) != nil
        case .source(let id, .homicide(let area, _, let measure)?):
            return dataset.source(id) != nil && (dataset.country(area) != nil || dataset.region(area) != nil)
                && HomicideMeasure(rawValue: measure) != nil
        case .lessonCell(let lesson, let column):
            return dataset.lessons.contains { $0.id == lesson } && LessonMatrix.standardColumns.contains { $0.id == column }
        case .computed(let figure):
            return figure.exists(in: dataset)
        }
    }
}
