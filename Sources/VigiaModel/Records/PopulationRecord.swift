/// Mid-year population of a country or region, the denominator of every per-capita figure.
public struct PopulationRecord: Codable, Hashable, Sendable {
    public var area: String
    public var year: Int
    public var persons: Int
    public var basis: Basis
    public var source: String

    /// Estimates and projections are different kinds of number; charts label the difference.
    public enum Basis: String, DataEnum {
        case estimate
        case projectionMedium = "projection_medium"
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case area, year, persons, basis, source
    }
}
