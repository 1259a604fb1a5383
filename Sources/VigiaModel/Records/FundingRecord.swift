/// Money for a program in one fiscal year (or a cumulative checkpoint), with its basis.
///
/// Appropriated, allocated, obligated and disbursed dollars are different stages of spending
/// and sources scope programs differently, so values are only summed within one source,
/// category and basis.
public struct FundingRecord: Codable, Hashable, Sendable, TapeRecord {
    public var program: String
    /// The U.S. fiscal year of an annual value; the last fiscal year of a cumulative checkpoint.
    public var fiscalYear: Int
    public var fromFiscalYear: Int?
    public var span: Span
    public var category: String
    public var group: Group
    public var usdMillions: Double
    public var dollars: Dollars
    public var basis: FundingBasis
    public var qualifier: Qualifier
    public var note: String?
    public var source: String

    public enum Span: String, DataEnum {
        case annual, cumulative
    }

    /// The broad use of the money, for military-and-police versus institutions-and-society splits.
    public enum Group: String, DataEnum {
        case militaryPolice = "military_police"
        case economicSocial = "economic_social"
        case total
        case other

        public var label: String {
            switch self {
            case .militaryPolice: return "military and police"
            case .economicSocial: return "economic and social"
            case .total: return "total"
            case .other: return "other"
            }
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case program, span, category, group, dollars, basis, qualifier, note, source
        case fiscalYear = "fiscal_year"
        case fromFiscalYear = "from_fiscal_year"
        case usdMillions = "usd_millions"
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> FundingRecord {
        try FundingRecord(program: f(.program), fiscalYear: f(.fiscalYear), fromFiscalYear: f(.fromFiscalYear), span: f(.span),
                          category: f(.category), group: f(.group), usdMillions: f(.usdMillions), dollars: f(.dollars),
                          basis: f(.basis), qualifier: f(.qualifier), note: f(.note), source: f(.source))
    }
}

/// Dollars as the source states them; only current (nominal) dollars are sourced so far.
public enum Dollars: String, DataEnum {
    case current
}

/// The stage of spending a dollar figure measures.
public enum FundingBasis: String, DataEnum {
    case appropriated, allocated, obligated, disbursed, estimate, request, pledged, planned, reported
    case appropriatedAndPlanned = "appropriated_and_planned"
}
