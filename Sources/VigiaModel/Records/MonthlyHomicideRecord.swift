/// Homicides counted in one calendar month, where a monthly series is sourced.
///
/// Police counts are revised upward as investigations reclassify deaths, so one month may have
/// several releases; each then carries its `release` date and the latest one is the series value.
public struct MonthlyHomicideRecord: Codable, Hashable, Sendable, TapeRecord {
    public var country: String
    public var month: YearMonth
    public var count: Int
    public var source: String
    public var note: String?
    /// When the publisher released this count; required when the month has more than one record.
    public var release: PartialDate? = nil

    enum CodingKeys: String, CodingKey, CaseIterable {
        case country, month, count, source, note, release
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> MonthlyHomicideRecord {
        try MonthlyHomicideRecord(country: f(.country), month: f(.month), count: f(.count), source: f(.source), note: f(.note), release: f(.release))
    }
}
