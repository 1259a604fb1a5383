/// A country the data set covers, keyed by ISO 3166-1 alpha-3 code.
public struct Country: Codable, Hashable, Sendable, Identifiable, TapeRecord {
    public var iso3: String
    public var name: String
    public var subregion: Subregion
    /// A caveat readers must see with this country's figures (e.g. definitional gaps).
    public var note: String?

    public var id: String { iso3 }

    /// UN M49 sub-regions of Latin America and the Caribbean.
    public enum Subregion: String, DataEnum {
        case caribbean = "Caribbean"
        case centralAmerica = "Central America"
        case southAmerica = "South America"
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case iso3, name, subregion, note
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> Country {
        try Country(iso3: f(.iso3), name: f(.name), subregion: f(.subregion), note: f(.note))
    }
}
