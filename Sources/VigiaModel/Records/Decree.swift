/// An emergency measure or a ruling on one: states of exception, their extensions, curfews,
/// Ecuador's "internal armed conflict", military deployments and court decisions.
public struct Decree: Codable, Hashable, Sendable, Identifiable, TapeRecord {
    public var id: String
    public var country: String
    public var reference: String?
    public var kind: Kind
    public var start: PartialDate?
    /// Only a sourced end (stated, or cut short by a ruling or decree); never start + duration.
    public var end: PartialDate?
    /// Set when `end` is worked out from sourced facts (a ruling "this Friday", N days in)
    /// rather than stated; the card then shows the end as derived.
    public var endDerived: Derivation?
    /// The duration as declared, which may differ from how long the measure actually lasted.
    public var declaredDays: Int?
    /// The measure this one prolongs.
    public var extends: String?
    /// For court rulings: the decree ruled on.
    public var rulesOn: String?
    public var relevance: Relevance
    public var scope: String
    public var issuer: String
    public var legalBasis: String?
    public var summary: String
    public var sources: [String]

    public enum Kind: String, DataEnum {
        case stateOfException = "state_of_exception"
        case extensionOfMeasure = "extension"
        case curfew
        case internalArmedConflict = "internal_armed_conflict"
        case courtRuling = "court_ruling"
        case militaryDeployment = "military_deployment"
        case referendum
        case other
        /// A stretch over which a source says the measure was renewed without a break, when the
        /// renewals themselves are not in the data one by one: in force, but not itemised.
        case continuousRenewals = "continuous_renewals"

        /// Words for tables and cards.
        public var label: String {
            switch self {
            case .stateOfException: return "state of exception"
            case .extensionOfMeasure: return "extension"
            case .curfew: return "curfew"
            case .internalArmedConflict: return "internal armed conflict"
            case .courtRuling: return "court ruling"
            case .militaryDeployment: return "military deployment"
            case .referendum: return "referendum"
            case .other: return "other"
            case .continuousRenewals: return "renewed continuously (renewals not itemised)"
            }
        }
    }

    /// Whether the measure is about gang violence, so context and protest measures can be filtered out.
    public enum Relevance: String, DataEnum {
        case gangViolence = "gang_violence"
        case context
        case protest
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, country, reference, kind, start, end, extends, relevance, scope, issuer, summary, sources
        case declaredDays = "declared_days"
        case rulesOn = "rules_on"
        case endDerived = "end_derived"
        case legalBasis = "legal_basis"
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> Decree {
        try Decree(id: f(.id), country: f(.country), reference: f(.reference), kind: f(.kind), start: f(.start), end: f(.end),
                   endDerived: f(.endDerived), declaredDays: f(.declaredDays), extends: f(.extends), rulesOn: f(.rulesOn),
                   relevance: f(.relevance), scope: f(.scope), issuer: f(.issuer), legalBasis: f(.legalBasis),
                   summary: f(.summary), sources: f(.sources))
    }
}
