/// An aggregate area (Latin America and the Caribbean, the World) with its own series.
public struct Region: Codable, Hashable, Sendable, Identifiable, TapeRecord {
    public var code: String
    public var name: String
    public var note: String?

    public var id: String { code }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, note
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> Region {
        try Region(code: f(.code), name: f(.name), note: f(.note))
    }
}
