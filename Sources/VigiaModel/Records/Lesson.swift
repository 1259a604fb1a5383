/// A lesson the op-ed draws from past programs, with the evidence found for and against it.
public struct Lesson: Codable, Hashable, Sendable, Identifiable, TapeRecord {
    public var id: String
    public var title: String
    public var opEdClaim: String
    public var findings: [Finding]

    /// One piece of evidence, graded so a briefer can tell a study from an anecdote.
    public struct Finding: Codable, Hashable, Sendable, TapeRecord {
        public var text: String
        public var verdict: Verdict
        public var strength: Strength
        public var programs: [String]
        public var sources: [String]

        public enum Verdict: String, DataEnum {
            case supported
            case weaklySupported = "weakly_supported"
            case descriptive
            case notFound = "not_found"
            case contradicted

            public var label: String { LessonMatrix.label(self) }
        }

        public enum Strength: String, DataEnum {
            case peerReviewed = "peer_reviewed"
            case officialReport = "official_report"
            case journalistic, descriptive, opinion

            public var label: String { LessonMatrix.label(self) }
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case text, verdict, strength, programs, sources
        }

        /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
        static func read(fields f: inout TapeFields<CodingKeys>) throws -> Finding {
            try Lesson.Finding(text: f(.text), verdict: f(.verdict), strength: f(.strength), programs: f(.programs), sources: f(.sources))
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, findings
        case opEdClaim = "op_ed_claim"
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> Lesson {
        try Lesson(id: f(.id), title: f(.title), opEdClaim: f(.opEdClaim), findings: f(.findings))
    }
}
