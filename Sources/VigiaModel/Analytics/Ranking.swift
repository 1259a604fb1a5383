/// Countries ordered by one year's homicide figure, highest first.
public struct Ranking: Sendable {
    public struct Entry: Sendable, Hashable {
        public var rank: Int
        public var country: String
        public var value: Double
        public var source: String
    }

    public var year: Int
    public var measure: HomicideMeasure
    public var entries: [Entry]
    /// Countries with no sourced value for the year: shown as gaps, never ranked as zero.
    public var unranked: [String]

    /// Ranks every country of `dataset` by its default `measure` in `year`.
    /// Ties share a rank (standard competition ranking: 1, 2, 2, 4).
    public init(_ dataset: Dataset, measure: HomicideMeasure, year: Int) {
        self.year = year
        self.measure = measure
        var valued: [(country: String, record: HomicideRecord)] = []
        var missing: [String] = []
        for country in dataset.countries {
            if let record = dataset.series(country.iso3, measure).record(in: year) {
                valued.append((country.iso3, record))
            } else {
                missing.append(country.iso3)
            }
        }
        valued.sort { $0.record.value != $1.record.value ? $0.record.value > $1.record.value : $0.country < $1.country }
        var entries: [Entry] = []
        for (index, item) in valued.enumerated() {
            let rank = index > 0 && valued[index - 1].record.value == item.record.value ? entries[index - 1].rank : index + 1
            entries.append(Entry(rank: rank, country: item.country, value: item.record.value, source: item.record.source))
        }
        self.entries = entries
        self.unranked = missing
    }
}
