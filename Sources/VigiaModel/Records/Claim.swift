/// A checkable claim from the briefing's op-ed, with a verdict and the figures that decide it.
public struct Claim: Codable, Hashable, Sendable, Identifiable, TapeRecord {
    public var id: String
    public var quote: String
    /// A key for scripts and filters (`ecuador_homicides_2023`); screens show `title`.
    public var topic: String
    /// What the claim is about, in words, short enough for a list row.
    public var title: String
    public var verdict: Verdict
    public var assessment: String
    public var figures: [Figure]
    public var sources: [String]

    public enum Verdict: String, DataEnum {
        case supported
        case supportedWithCaveats = "supported_with_caveats"
        case partlySupported = "partly_supported"
        case imprecise, unverified, contradicted

        /// Words for the Claims screen.
        public var label: String {
            switch self {
            case .supported: return "supported"
            case .supportedWithCaveats: return "supported, with caveats"
            case .partlySupported: return "partly supported"
            case .imprecise: return "imprecise"
            case .unverified: return "unverified"
            case .contradicted: return "contradicted"
            }
        }
    }

    /// A number that bears on the claim, with its own source.
    public struct Figure: Codable, Hashable, Sendable, TapeRecord {
        public var label: String
        public var value: Double
        public var unit: String
        public var year: Int?
        public var country: String?
        public var source: String
        /// Set when the value is computed from other figures (a sum of parts), never published as such.
        public var derived: Derivation?

        /// Whether `unit` is a share of a whole, so the value must lie in 0–100. A change
        /// ("370% more") is written with another unit ("percent change"), never "percent".
        public var isShare: Bool { unit == "percent" || unit.hasPrefix("percent of") || unit.hasPrefix("share") }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case label, value, unit, year, country, source, derived
        }

        /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
        static func read(fields f: inout TapeFields<CodingKeys>) throws -> Figure {
            try Claim.Figure(label: f(.label), value: f(.value), unit: f(.unit), year: f(.year), country: f(.country),
                             source: f(.source), derived: f(.derived))
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, quote, topic, title, verdict, assessment, figures, sources
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> Claim {
        try Claim(id: f(.id), quote: f(.quote), topic: f(.topic), title: f(.title), verdict: f(.verdict),
                  assessment: f(.assessment), figures: f(.figures), sources: f(.sources))
    }
}
