import VigiaModel

/// A homicide value as the country-year card lists it.
public struct HomicideValue: Hashable, Sendable {
    public var country: String
    public var year: Int
    public var measure: HomicideMeasure
    public var period: HomicidePeriod?
    public var source: String
    public var release: PartialDate?

    public init(country: String, year: Int, measure: HomicideMeasure, period: HomicidePeriod?, source: String, release: PartialDate?) {
        self.country = country
        self.year = year
        self.measure = measure
        self.period = period
        self.source = source
        self.release = release
    }

    /// The value of `record`, which is a figure of `country`.
    init(_ record: HomicideRecord, country: String) {
        self.init(country: country, year: record.year, measure: record.measure, period: record.period, source: record.source, release: record.release)
    }

    /// The record this value stands for.
    func record(in dataset: Dataset) -> HomicideRecord? {
        let candidates = period == nil
            ? dataset.series(country, measure).recordsByYear[year] ?? []
            : dataset.partYearFigures(country).filter { $0.year == year && $0.measure == measure }
        return candidates.first { $0.period == period && $0.source == source && $0.release == release }
    }
}
