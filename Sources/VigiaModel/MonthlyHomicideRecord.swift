/// Homicides counted in one calendar month, where a monthly series is sourced.
public struct MonthlyHomicideRecord: Codable, Hashable, Sendable {
    public var country: String
    public var month: YearMonth
    public var count: Int
    public var source: String
    public var note: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case country, month, count, source, note
    }
}
