/// Mid-year population of a country or region, the denominator of every per-capita figure.
public struct PopulationRecord: Codable, Hashable, Sendable, TapeRecord {
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

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> PopulationRecord {
        try PopulationRecord(area: f(.area), year: f(.year), persons: f(.persons), basis: f(.basis), source: f(.source))
    }
}
