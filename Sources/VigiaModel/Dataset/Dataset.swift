/// The whole loaded, validated and cross-referenced data set that every front end reads.
///
/// Built once at load; lookups the screens make on every frame are dictionary hits.
public struct Dataset: Sendable {
    public let sources: [Source]
    public let countries: [Country]
    public let regions: [Region]
    public let population: [PopulationRecord]
    public let homicides: [HomicideRecord]
    public let regionalHomicides: [HomicideRecord]
    public let monthlyHomicides: [MonthlyHomicideRecord]
    /// Decrees ordered by country, then start date (undated last), then id.
    public let decrees: [Decree]
    /// Events ordered by date, then id.
    public let events: [SecurityEvent]
    public let programs: [Program]
    public let programFunding: [FundingRecord]
    public let usAid: [AidRecord]
    public let lessons: [Lesson]
    public let claims: [Claim]
    /// Country outlines for the map (`OutlineLoader`); empty when the folder has none.
    public internal(set) var outlines: [CountryOutline] = []

    /// Positions in `sources` and `population`, not copies: they are the largest files.
    private let sourcesByID: [String: Int]
    private let countriesByISO3: [String: Country]
    private let regionsByCode: [String: Region]
    private let populationByArea: [String: [Int: Int]]
    private let seriesByKey: [SeriesKey: HomicideSeries]
    private let monthlyByCountry: [String: [MonthlyHomicideRecord]]
    private let monthlyReleasesByCountry: [String: [YearMonth: [MonthlyHomicideRecord]]]
    private let partYearByArea: [String: [HomicideRecord]]
    /// The latest observation or start in the data (see `latestDate(monthly:events:decrees:sources:)`).
    public let latestDate: PartialDate?
    let decreesByID: [String: Decree]
    private let decreesByCountry: [String: [Decree]]
    /// Each chain of measures by its declaration's id (`chain(of:)`), found once here rather
    /// than by walking every decree of the country up to its declaration on every question:
    /// the Overview asks for every chain on every frame.
    let chainsByRoot: [String: [Decree]]
    private let eventsByCountry: [String: [SecurityEvent]]
    private let programsByID: [String: Program]
    private let fundingByProgram: [String: [FundingRecord]]

    init(_ folder: DecodedFolder) {
        self.init(
            sources: folder.sources.records, countries: folder.countries.records, regions: folder.regions.records,
            population: folder.population.records, homicides: folder.homicides.records,
            regionalHomicides: folder.regionalHomicides.records, monthlyHomicides: folder.monthlyHomicides.records,
            decrees: folder.decrees.records, events: folder.events.records, programs: folder.programs.records,
            programFunding: folder.programFunding.records, usAid: folder.usAid.records,
            lessons: folder.lessons.records, claims: folder.claims.records
        )
    }

    /// Countries in the order the data set lists them: by name.
    static func ordered(_ countries: [Country]) -> [Country] {
        countries.sorted { $0.name < $1.name }
    }

    /// Assembles a data set from records already in memory (tests and generated data use this).
    public init(
        sources: [Source], countries: [Country], regions: [Region], population: [PopulationRecord],
        homicides: [HomicideRecord], regionalHomicides: [HomicideRecord], monthlyHomicides: [MonthlyHomicideRecord],
        decrees: [Decree], events: [SecurityEvent], programs: [Program], programFunding: [FundingRecord],
        usAid: [AidRecord], lessons: [Lesson], claims: [Claim]
    ) {
        self.sources = sources
        self.countries = Self.ordered(countries)
        self.regions = regions
        self.population = population
        self.homicides = homicides
        self.regionalHomicides = regionalHomicides
        self.monthlyHomicides = monthlyHomicides.sorted { ($0.country, $0.month) < ($1.country, $1.month) }
        self.decrees = decrees.sorted { lhs, rhs in
            if lhs.country != rhs.country { return lhs.country < rhs.country }
            let l = lhs.start?.dayNumber ?? Int.max, r = rhs.start?.dayNumber ?? Int.max
            return l != r ? l < r : lhs.id < rhs.id
        }
        self.events = events.sorted { ($0.date.dayNumber, $0.id) < ($1.date.dayNumber, $1.id) }
        self.programs = programs
        self.programFunding = programFunding
        self.usAid = usAid
        self.lessons = lessons
        self.claims = claims
        latestDate = Self.latestDate(monthly: monthlyHomicides, events: events, decrees: decrees, sources: sources)

        sourcesByID = Self.firstPositions(sources) { $0.id }
        countriesByISO3 = Dictionary(countries.map { ($0.iso3, $0) }, uniquingKeysWith: { first, _ in first })
        regionsByCode = Dictionary(regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        populationByArea = Self.populationPositions(population)
        seriesByKey = Self.annualSeries(homicides, regionalHomicides)
        partYearByArea = Dictionary(grouping: homicides.filter { !$0.coversWholeYear }, by: \.area)
        let releases = Dictionary(grouping: self.monthlyHomicides, by: \.country).mapValues { records in
            Dictionary(grouping: records, by: \.month).mapValues(Self.latestReleaseFirst)
        }
        monthlyReleasesByCountry = releases
        monthlyByCountry = releases.mapValues { byMonth in
            byMonth.values.map { $0[0] }.sorted { $0.month < $1.month }
        }
        decreesByID = Dictionary(decrees.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        decreesByCountry = Dictionary(grouping: self.decrees, by: \.country)
        chainsByRoot = Self.chains(self.decrees, byID: decreesByID)
        eventsByCountry = Dictionary(grouping: self.events, by: \.country)
        programsByID = Dictionary(programs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        fundingByProgram = Dictionary(grouping: programFunding, by: \.program).mapValues {
            $0.sorted { ($0.fiscalYear, $0.category) < ($1.fiscalYear, $1.category) }
        }
    }

    /// Orders one month's releases newest first; an undated release counts as the oldest.
    private static func latestReleaseFirst(_ records: [MonthlyHomicideRecord]) -> [MonthlyHomicideRecord] {
        records.sorted { ($0.release?.dayNumber ?? Int.min) > ($1.release?.dayNumber ?? Int.min) }
    }

    // MARK: Lookups

    public func source(_ id: String) -> Source? { sourcesByID[id].map { sources[$0] } }
    public func country(_ iso3: String) -> Country? { countriesByISO3[iso3] }
    public func region(_ code: String) -> Region? { regionsByCode[code] }
    public func decree(_ id: String) -> Decree? { decreesByID[id] }
    public func program(_ id: String) -> Program? { programsByID[id] }

    /// The display name of a country or region code (the code itself if unknown).
    public func areaName(_ code: String) -> String {
        countriesByISO3[code]?.name ?? regionsByCode[code]?.name ?? code
    }

    public func population(of area: String, in year: Int) -> PopulationRecord? {
        populationByArea[area]?[year].map { population[$0] }
    }

    /// `population(of:in:)` that notes a missing figure in `missing`, in the words every gap
    /// uses, so a computation can name every missing area and year before it gives up.
    public func population(of area: String, in year: Int, notingGapIn missing: inout [String]) -> PopulationRecord? {
        let record = population(of: area, in: year)
        if record == nil { missing.append("no \(area) population for \(year)") }
        return record
    }

    /// The annual series of a country or region; empty when nothing is sourced.
    public func series(_ area: String, _ measure: HomicideMeasure) -> HomicideSeries {
        seriesByKey[SeriesKey(area: area, measure: measure)] ?? HomicideSeries(area: area, measure: measure, records: [])
    }

    /// The monthly series of `country`: one count per month, from the latest release.
    public func monthly(_ country: String) -> [MonthlyHomicideRecord] { monthlyByCountry[country] ?? [] }

    /// Every release of one month's count, newest first (the first is the series value).
    public func releases(_ country: String, _ month: YearMonth) -> [MonthlyHomicideRecord] {
        monthlyReleasesByCountry[country]?[month] ?? []
    }

    /// Figures for part of a year (a half-year count, say), which never enter the annual series.
    public func partYearFigures(_ area: String) -> [HomicideRecord] { partYearByArea[area] ?? [] }
    public func decrees(of country: String) -> [Decree] { decreesByCountry[country] ?? [] }
    public func events(of country: String) -> [SecurityEvent] { eventsByCountry[country] ?? [] }
    public func funding(of program: String) -> [FundingRecord] { fundingByProgram[program] ?? [] }

    /// Decrees that extend `decree` (directly), in date order: the chain a timeline draws.
    public func extensions(of decree: String) -> [Decree] {
        decrees.filter { $0.extends == decree }
    }

    /// Court rulings on `decree`.
    public func rulings(on decree: String) -> [Decree] {
        decrees.filter { $0.rulesOn == decree }
    }

    /// Events of `country` (every country when nil) dated in `year`.
    public func events(in year: Int, country: String? = nil) -> [SecurityEvent] {
        (country.map { events(of: $0) } ?? events).filter { $0.date.year == year }
    }

    /// The range of years any annual homicide figure covers.
    public var homicideYears: ClosedRange<Int>? {
        let years = homicides.filter(\.coversWholeYear).map(\.year)
        guard let low = years.min(), let high = years.max() else { return nil }
        return low...high
    }

    /// Every record that cites `sourceID`, described in words for the source card ("Ecuador
    /// 2023 homicides 8,248"), each figure spelt as the screens spell it.
    public func citations(of sourceID: String) -> [String] {
        var lines: [String] = []
        for record in homicides + regionalHomicides where record.source == sourceID {
            let value = record.measure == .count ? FigureText.grouped(Int(record.value.rounded())) : FigureText.fixed(record.value, decimals: 2)
            lines.append("\(areaName(record.area)) \(record.year) \(record.measure.label) \(value)")
        }
        for decree in decrees where decree.sources.contains(sourceID) {
            lines.append("decree: \(decreeName(decree.id))")
        }
        for event in events where event.sources.contains(sourceID) {
            lines.append("event: \(event.title)")
        }
        for record in programFunding where record.source == sourceID {
            lines.append("\(programName(record.program)) FY\(record.fiscalYear) \(categoryLabel(record.category, of: record.program)) \(FigureText.money(record.usdMillions))")
        }
        return lines
    }
}
