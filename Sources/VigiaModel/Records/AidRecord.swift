/// All U.S. foreign assistance to a country in one fiscal year (ForeignAssistance.gov series).
///
/// It covers every agency and sector, so it is background for program figures, not a
/// security-only series.
public struct AidRecord: Codable, Hashable, Sendable, TapeRecord {
    public var country: String
    public var fiscalYear: Int
    public var series: String
    public var basis: FundingBasis
    public var usdMillions: Double
    public var dollars: Dollars
    /// Agencies report late: recent years are incomplete and will be revised.
    public var preliminary: Bool
    public var source: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case country, series, basis, dollars, preliminary, source
        case fiscalYear = "fiscal_year"
        case usdMillions = "usd_millions"
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> AidRecord {
        try AidRecord(country: f(.country), fiscalYear: f(.fiscalYear), series: f(.series), basis: f(.basis),
                      usdMillions: f(.usdMillions), dollars: f(.dollars), preliminary: f(.preliminary), source: f(.source))
    }
}
