/// One area's annual homicide series for one measure: the default value of every sourced
/// year, with the alternatives other sources give.
///
/// Years without a sourced value are absent — gaps are reported, never filled.
public struct HomicideSeries: Sendable {
    public let area: String
    public let measure: HomicideMeasure
    /// Every record by year, the default first.
    public let recordsByYear: [Int: [HomicideRecord]]
    /// Sourced years, ascending.
    public let years: [Int]

    init(area: String, measure: HomicideMeasure, records: [HomicideRecord]) {
        self.area = area
        self.measure = measure
        var byYear: [Int: [HomicideRecord]] = [:]
        for record in records { byYear[record.year, default: []].append(record) }
        for (year, list) in byYear {
            byYear[year] = list.sorted { $0.isDefault && !$1.isDefault }
        }
        self.recordsByYear = byYear
        self.years = byYear.keys.sorted()
    }

    /// The series default for `year`, or nil when no source gives one.
    public func record(in year: Int) -> HomicideRecord? {
        recordsByYear[year]?.first
    }

    public func value(in year: Int) -> Double? {
        record(in: year)?.value
    }

    /// Values that other sources give for `year`, for the source card.
    public func alternatives(in year: Int) -> [HomicideRecord] {
        Array((recordsByYear[year] ?? []).dropFirst())
    }

    /// The latest sourced year, if any.
    public var latestYear: Int? { years.last }

    /// Values for consecutive years `range`, nil where the record has a gap.
    public func values(in range: ClosedRange<Int>) -> [Double?] {
        range.map { value(in: $0) }
    }

    /// Years inside `range` with no sourced value.
    public func gaps(in range: ClosedRange<Int>) -> [Int] {
        range.filter { recordsByYear[$0] == nil }
    }
}
