/// Homicides before and after a date, the question a decree card answers.
///
/// Windows exclude the period containing the date itself (its year, or its month), because
/// that period mixes both sides; the period is reported separately. Each value keeps its
/// source: a change is computed only when every value on both sides comes from one source,
/// since a step between two sources' counts is not a change.
public struct BeforeAfter: Sendable, Hashable {
    /// One side of the comparison: the periods it covers, the values found, the periods missing.
    public struct Window: Sendable, Hashable {
        public var periods: [String]
        public var values: [Double]
        public var missing: [String]
        /// The source of each value, in the order of `values`.
        public var sources: [String]

        public var isComplete: Bool { missing.isEmpty && !values.isEmpty }
        /// True when the window's values come from more than one source.
        public var isAcrossSources: Bool { Set(sources).count > 1 }
        public var total: Double? { isComplete ? values.reduce(0, +) : nil }
        public var mean: Double? { isComplete ? values.reduce(0, +) / Double(values.count) : nil }
    }

    public var before: Window
    public var during: Window
    public var after: Window

    /// True when the values before and after do not all come from one source.
    public var isAcrossSources: Bool { Set(before.sources + after.sources).count > 1 }

    /// Mean after over mean before, minus one, in percent; nil when either side has a gap or
    /// the two sides' values come from different sources.
    public var percentChange: Double? {
        guard !isAcrossSources, let before = before.mean, let after = after.mean, before != 0 else { return nil }
        return (after - before) / before * 100
    }

    /// Annual windows of `years` years either side of `date`'s year, on the default series.
    public static func annual(_ series: HomicideSeries, around date: PartialDate, years: Int) -> BeforeAfter {
        let year = date.year
        func window(_ range: [Int]) -> Window {
            var values: [Double] = [], sources: [String] = []
            var missing: [String] = []
            for y in range {
                if let record = series.record(in: y) {
                    values.append(record.value)
                    sources.append(record.source)
                } else {
                    missing.append(String(y))
                }
            }
            return Window(periods: range.map(String.init), values: values, missing: missing, sources: sources)
        }
        return BeforeAfter(
            before: window(Array((year - years)..<year)),
            during: window([year]),
            after: window(Array((year + 1)...(year + max(1, years))))
        )
    }

    /// Monthly windows of `months` months either side of `date`'s month.
    /// A date with no month cannot be placed and yields empty windows.
    public static func monthly(_ records: [MonthlyHomicideRecord], around date: PartialDate, months: Int) -> BeforeAfter {
        guard let month = date.month else {
            let empty = Window(periods: [], values: [], missing: ["the date has no month"], sources: [])
            return BeforeAfter(before: empty, during: empty, after: empty)
        }
        let center = YearMonth(year: date.year, month: month).ordinal
        var counts: [Int: MonthlyHomicideRecord] = [:]
        for record in records { counts[record.month.ordinal] = record }
        func window(_ range: [Int]) -> Window {
            var values: [Double] = [], sources: [String] = []
            var missing: [String] = []
            for ordinal in range {
                if let record = counts[ordinal] {
                    values.append(Double(record.count))
                    sources.append(record.source)
                } else {
                    missing.append(YearMonth(ordinal: ordinal).description)
                }
            }
            return Window(periods: range.map { YearMonth(ordinal: $0).description }, values: values, missing: missing, sources: sources)
        }
        return BeforeAfter(
            before: window(Array((center - months)..<center)),
            during: window([center]),
            after: window(Array((center + 1)...(center + max(1, months))))
        )
    }
}
