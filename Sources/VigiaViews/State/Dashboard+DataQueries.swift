import VigiaModel

/// The questions several screens ask of the data, answered once so they agree.
extension Dashboard {
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

    /// Decrees shown on the timeline screens, honouring the context/protest toggle.
    public func visibleDecrees(of country: String, state: AppState) -> [Decree] {
        dataset.decrees(of: country).filter { state.showsAllDecrees || $0.relevance == .gangViolence }
    }


    /// Countries that have any visible decree.
    public func decreeCountries(state: AppState) -> [Country] {
        // `contains` stops at the first visible decree and copies none: the Decrees screen
        // asks for this list several times per frame.
        dataset.countries.filter { country in
            dataset.decrees(of: country.iso3).contains { state.showsAllDecrees || $0.relevance == .gangViolence }
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

    /// The lessons matrix of the data set.
    public var lessonMatrix: LessonMatrix { LessonMatrix(dataset) }
}
