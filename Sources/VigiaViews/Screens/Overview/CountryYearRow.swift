import VigiaModel

/// A row of the country-year list, and the string id the list model keys it by.
///
/// A value's id names its measure, part of the year, source and release, because one source
/// may publish a preliminary and a revised figure for the same cell.
enum CountryYearRow: Equatable {
    case value(measure: HomicideMeasure, period: HomicidePeriod?, source: String, release: PartialDate?)
    case month(YearMonth)

    static func value(_ record: HomicideRecord) -> CountryYearRow {
        .value(measure: record.measure, period: record.period, source: record.source, release: record.release)
    }

    var id: String {
        switch self {
        case let .value(measure, period, source, release):
            return ["value", measure.rawValue, period?.rawValue ?? "", source, release?.description ?? ""].joined(separator: ":")
        case let .month(month):
            return "month:\(month)"
        }
    }

    init?(id: String) {
        let parts = id.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "value" where parts.count == 5:
            guard let measure = HomicideMeasure(rawValue: parts[1]) else { return nil }
            let period = parts[2].isEmpty ? nil : HomicidePeriod(rawValue: parts[2])
            if !parts[2].isEmpty && period == nil { return nil }
            self = .value(measure: measure, period: period, source: parts[3], release: PartialDate(parts[4]))
        case "month" where parts.count == 2:
            guard let month = YearMonth(parts[1]) else { return nil }
            self = .month(month)
        default:
            return nil
        }
    }

    /// The record a value row stands for, in `year` of `country`.
    func record(in dataset: Dataset, country: String, year: Int) -> HomicideRecord? {
        guard case let .value(measure, period, source, release) = self else { return nil }
        let candidates = period == nil
            ? dataset.series(country, measure).recordsByYear[year] ?? []
            : dataset.partYearFigures(country).filter { $0.year == year && $0.measure == measure }
        return candidates.first { $0.period == period && $0.source == source && $0.release == release }
    }
}
