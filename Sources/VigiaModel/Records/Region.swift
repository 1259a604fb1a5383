/// An aggregate area (Latin America and the Caribbean, the World) with its own series.
public struct Region: Codable, Hashable, Sendable, Identifiable {
    public var code: String
    public var name: String
    public var note: String?

    public var id: String { code }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, note
    }
}
