/// What one imported file brings, sorted by the data file each figure is bound for, and the
/// rows it leaves out with the reason.
public struct ImportBatch: Sendable {
    /// A figure and the line of the imported file it came from.
    public struct Figure<Record: Sendable>: Sendable {
        public var record: Record
        public var line: Int
    }

    public var homicides: [Figure<HomicideRecord>] = []
    public var regionalHomicides: [Figure<HomicideRecord>] = []
    public var monthlyHomicides: [Figure<MonthlyHomicideRecord>] = []
    public var usAid: [Figure<AidRecord>] = []
    public var skipped: [SkippedRow] = []

    public init() {}

    /// Every figure the batch would bring, over all files.
    public var figureCount: Int { homicides.count + regionalHomicides.count + monthlyHomicides.count + usAid.count }
}

/// A row of an imported file that brings nothing, and why; made only by the readers.
public struct SkippedRow: Sendable, Hashable {
    public var line: Int
    public var reason: String
    /// What the row was about ("Afghanistan", "FY2020 U.S. aid obligated, all agencies"), to
    /// name examples in the report.
    public var subject: String
    /// The data set's country or region the subject is about, when it is one: the report names
    /// it in words before the subject.
    public var area: String? = nil
}

/// Which rows an import takes: the data set's countries and matching regions, optionally
/// narrowed to some of them (`--countries`) and to a span of years (`--years`).
public struct ImportScope: Sendable {
    /// The data set's countries (ISO3).
    public var countries: Set<String>
    /// The data set's countries' codes by their English names, to catch a row that names a
    /// country under another code.
    public var countryCodesByName: [String: String]
    /// Region codes by the name they go by, without a "(UN)" suffix ("Latin America and the Caribbean").
    public var regionsByName: [String: String]
    /// Only these countries or regions, when given.
    public var chosen: Set<String>?
    public var years: ClosedRange<Int>?
    /// The source every imported figure cites.
    public var source: String

    public init(dataset: Dataset, chosen: Set<String>? = nil, years: ClosedRange<Int>? = nil, source: String) {
        countries = Set(dataset.countries.map(\.iso3))
        countryCodesByName = Dictionary(dataset.countries.map { ($0.name, $0.iso3) }, uniquingKeysWith: { first, _ in first })
        regionsByName = Dictionary(dataset.regions.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        self.chosen = chosen
        self.years = years
        self.source = source
    }

    /// Why a row about `code` in `year` is left out, or nil when it is taken.
    func exclusion(code: String, year: Int) -> String? {
        if let chosen, !chosen.contains(code) { return "not among the chosen countries (--countries)" }
        if let years, !years.contains(year) { return "outside the chosen years (--years)" }
        return nil
    }

    /// The region an entity named like "Latin America and the Caribbean (UN)" stands for.
    func region(named entity: String) -> String? {
        let name = entity.hasSuffix(" (UN)") ? String(entity.dropLast(5)) : entity
        return regionsByName[name]
    }

    /// Years any data file accepts: the validator's, so an import never brings what a load refuses.
    static var validYears: ClosedRange<Int> { Validator.years }
}
