/// One sourced annual homicide figure: a rate or a count for an area and year.
///
/// Sources disagree, so a cell (area, year, measure) may hold several records; exactly one
/// is the series `isDefault`, and when there are alternatives it says why.
public struct HomicideRecord: Codable, Hashable, Sendable {
    public var area: String
    public var year: Int
    public var measure: HomicideMeasure
    public var value: Double
    public var source: String
    public var isDefault: Bool
    public var whyDefault: String?
    public var note: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case area, year, measure, value, source, note
        case isDefault = "default"
        case whyDefault = "why_default"
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
