/// One sourced annual homicide figure: a rate or a count for an area and year.
///
/// Sources disagree, so a cell (area, year, measure) may hold several records; exactly one
/// is the series `isDefault`, and when there are alternatives it says why.
///
/// A figure for part of a year (`period`) is kept beside the annual series, never in it:
/// a half-year count is not an annual count, and annualising it would be an estimate.
public struct HomicideRecord: Codable, Hashable, Sendable, TapeRecord {
    public var area: String
    public var year: Int
    public var measure: HomicideMeasure
    public var value: Double
    public var source: String
    public var isDefault: Bool
    public var whyDefault: String?
    public var note: String?
    /// When the publisher released this value; set when a later release revised an earlier one,
    /// so both vintages can be kept and told apart.
    public var release: PartialDate? = nil
    /// The part of the year the figure covers; nil for the whole calendar year.
    public var period: HomicidePeriod? = nil

    enum CodingKeys: String, CodingKey, CaseIterable {
        case area, year, measure, value, source, note, release, period
        case isDefault = "default"
        case whyDefault = "why_default"
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> HomicideRecord {
        try HomicideRecord(area: f(.area), year: f(.year), measure: f(.measure), value: f(.value), source: f(.source), isDefault: f(.isDefault),
                           whyDefault: f(.whyDefault), note: f(.note), release: f(.release), period: f(.period))
    }

    /// True for a whole-year figure, the only kind the annual series, charts and rankings use.
    public var coversWholeYear: Bool { period == nil }
}

/// The part of a calendar year a homicide figure covers, when it is not the whole year.
public enum HomicidePeriod: String, DataEnum {
    case firstHalf = "first_half"

    /// How the period is named on screen, with the year.
    public func label(_ year: Int) -> String {
        switch self {
        case .firstHalf: return "Jan–Jun \(year) (half year)"
        }
    }
}

/// What a homicide figure measures.
public enum HomicideMeasure: String, DataEnum {
    case ratePer100k = "rate_per_100k"
    case count

    /// A short label for tables and charts.
    public var label: String {
        switch self {
        case .ratePer100k: return "rate per 100k"
        case .count: return "homicides"
        }
    }
}
