/// A U.S. security-aid program (or a proposal for one) with its outcomes and criticisms.
public struct Program: Codable, Hashable, Sendable, Identifiable, TapeRecord {
    public var id: String
    public var name: String
    public var shortName: String
    public var recipients: [String]
    public var startYear: Int?
    public var endYear: Int?
    public var status: Status
    public var totalUSDMillions: Double?
    /// What the total measures (appropriated, allocated, pledged; bounds and scope), in words.
    public var totalBasis: String?
    public var summary: String
    public var sources: [String]
    public var criticisms: [Criticism]
    public var outcomes: [Outcome]
    /// The funding categories program_funding.json uses for this program, each with the words
    /// shown for it: categories are open-ended keys invented per source table, so their
    /// labels live in the data beside the program rather than in code.
    public var categories: [FundingCategory]?
    /// Whose plan it is (a U.S. program, a host country's own plan, or a pledge or proposal),
    /// so a table never lists Colombia's pledge or Correa's plan as U.S. aid.
    public var kind: Kind = .usProgram

    public enum Status: String, DataEnum {
        case historical, ongoing, proposed, pledged
    }

    /// Who funds or proposes the program, for grouping: amounts of different kinds are not
    /// the same kind of money.
    public enum Kind: String, DataEnum, CaseIterable {
        case usProgram = "us_program"
        case hostCountryPlan = "host_country_plan"
        case pledgeOrProposal = "pledge_or_proposal"

        /// The group heading on screen.
        public var label: String {
            switch self {
            case .usProgram: return "U.S. programs"
            case .hostCountryPlan: return "Host-country plans"
            case .pledgeOrProposal: return "Pledges and proposals"
            }
        }
    }

    /// A funding category key with its human label ("DoD counter-drug aid, Section 1004").
    public struct FundingCategory: Codable, Hashable, Sendable, Identifiable, TapeRecord {
        public var id: String
        public var label: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, label
        }

        /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
        static func read(fields f: inout TapeFields<CodingKeys>) throws -> FundingCategory {
            try Program.FundingCategory(id: f(.id), label: f(.label))
        }
    }

    /// The label of a funding category, or nil when the program does not declare it.
    public func label(ofCategory category: String) -> String? {
        categories?.first { $0.id == category }?.label
    }

    /// A sourced criticism of the program.
    public struct Criticism: Codable, Hashable, Sendable, TapeRecord {
        public var text: String
        public var sources: [String]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case text, sources
        }

        /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
        static func read(fields f: inout TapeFields<CodingKeys>) throws -> Criticism {
            try Program.Criticism(text: f(.text), sources: f(.sources))
        }
    }

    /// One sourced outcome indicator value (a homicide rate, kidnappings, coca area, extraditions).
    public struct Outcome: Codable, Hashable, Sendable, TapeRecord {
        public var indicator: String
        public var year: Int
        public var value: Double
        public var qualifier: Qualifier
        public var unit: String
        public var note: String?
        public var source: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case indicator, year, value, qualifier, unit, note, source
        }

        /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
        static func read(fields f: inout TapeFields<CodingKeys>) throws -> Outcome {
            try Program.Outcome(indicator: f(.indicator), year: f(.year), value: f(.value), qualifier: f(.qualifier), unit: f(.unit),
                                note: f(.note), source: f(.source))
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, recipients, status, kind, summary, sources, criticisms, outcomes, categories
        case shortName = "short_name"
        case startYear = "start_year"
        case endYear = "end_year"
        case totalUSDMillions = "total_usd_millions"
        case totalBasis = "total_basis"
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> Program {
        try Program(id: f(.id), name: f(.name), shortName: f(.shortName), recipients: f(.recipients), startYear: f(.startYear),
                    endYear: f(.endYear), status: f(.status), totalUSDMillions: f(.totalUSDMillions), totalBasis: f(.totalBasis),
                    summary: f(.summary), sources: f(.sources), criticisms: f(.criticisms), outcomes: f(.outcomes),
                    categories: f(.categories), kind: f(.kind))
    }
}

/// How exactly a source states a number ("more than", "about", or as is).
public enum Qualifier: String, DataEnum {
    case exact, approximate
    case lowerBound = "lower_bound"
    case upperBound = "upper_bound"

    /// A prefix for display: "> 3,500", "≈ 1.1".
    public var symbol: String {
        switch self {
        case .exact: return ""
        case .approximate: return "~"
        case .lowerBound: return ">"
        case .upperBound: return "<"
        }
    }
}
