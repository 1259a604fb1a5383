/// What a data folder holds, in numbers: the answer to "what am I looking at?".
public struct DatasetSummary: Sendable, Codable {
    public struct FileCount: Sendable, Codable, Hashable {
        public var file: String
        public var records: Int
    }

    /// One country's annual rate coverage.
    public struct Coverage: Sendable, Codable, Hashable {
        public var country: String
        public var firstYear: Int?
        public var lastYear: Int?
        /// Years between first and last with no sourced rate.
        public var gapYears: [Int]
        public var countYears: Int

        enum CodingKeys: String, CodingKey {
            case country
            case firstYear = "first_year"
            case lastYear = "last_year"
            case gapYears = "gap_years"
            case countYears = "count_years"
        }
    }

    public var files: [FileCount]
    public var countries: Int
    public var firstYear: Int?
    public var lastYear: Int?
    public var coverage: [Coverage]
    public var disputedCells: Int

    enum CodingKeys: String, CodingKey {
        case files, countries, coverage
        case firstYear = "first_year"
        case lastYear = "last_year"
        case disputedCells = "disputed_cells"
    }

    public init(_ dataset: Dataset) {
        files = Self.files(of: dataset)
        countries = dataset.countries.count
        firstYear = dataset.homicideYears?.lowerBound
        lastYear = dataset.homicideYears?.upperBound
        coverage = dataset.countries.map { country in
            let rates = dataset.series(country.iso3, .ratePer100k)
            let gaps = rates.years.first.flatMap { first in rates.years.last.map { rates.gaps(in: first...$0) } } ?? []
            return Coverage(
                country: country.iso3, firstYear: rates.years.first, lastYear: rates.years.last,
                gapYears: gaps, countYears: dataset.series(country.iso3, .count).years.count
            )
        }
        var cells: [String: Int] = [:]
        for record in dataset.homicides { cells["\(record.area)|\(record.year)|\(record.measure.rawValue)", default: 0] += 1 }
        disputedCells = cells.values.filter { $0 > 1 }.count
    }

    /// The records of each file, in file order: all that `vigia validate`, a recording's header
    /// and the data status screen show, without the coverage and disputed cells, which at 100×
    /// the data walk every homicide figure again.
    public static func files(of dataset: Dataset) -> [FileCount] {
        let counts: [DataFile: Int] = [
            .sources: dataset.sources.count, .countries: dataset.countries.count, .regions: dataset.regions.count,
            .population: dataset.population.count, .homicides: dataset.homicides.count,
            .regionalHomicides: dataset.regionalHomicides.count, .monthlyHomicides: dataset.monthlyHomicides.count,
            .decrees: dataset.decrees.count, .events: dataset.events.count, .programs: dataset.programs.count,
            .programFunding: dataset.programFunding.count, .usAid: dataset.usAid.count,
            .lessons: dataset.lessons.count, .claims: dataset.claims.count,
        ]
        return DataFile.allCases.map { FileCount(file: $0.fileName, records: counts[$0] ?? 0) }
    }
}
