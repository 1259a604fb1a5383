/// The op-ed's lessons against the programs they are drawn from and the one they are for.
///
/// A cell is exactly the findings of `lessons.json` tagged with that column's programs; a cell
/// with none is an explicit gap ("no evidence in the data"), never a blank that reads as "no
/// problem". The assessment is derived from the findings' own verdicts and strengths, so the
/// matrix says nothing the data does not.
public struct LessonMatrix: Sendable {
    /// A column: one program, or several records that are one program under different names.
    public struct Column: Sendable, Hashable, Identifiable {
        public var id: String
        public var label: String
        public var programs: [String]
        /// The proposed Plan Ecuador: the scenario checklist is shown here too.
        public var isProposal: Bool

        public init(id: String, label: String, programs: [String], isProposal: Bool = false) {
            self.id = id
            self.label = label
            self.programs = programs
            self.isProposal = isProposal
        }
    }

    /// One lesson for one column.
    public struct Cell: Sendable, Hashable {
        public var lesson: Lesson
        public var column: Column
        public var findings: [Lesson.Finding]

        public var isGap: Bool { findings.isEmpty }

        /// The finding whose evidence is strongest (the first in the data on a tie): its
        /// verdict heads the cell, because a peer-reviewed study outweighs an op-ed.
        public var headline: Lesson.Finding? {
            findings.enumerated().min { (LessonMatrix.rank($0.element.strength), $0.offset) < (LessonMatrix.rank($1.element.strength), $1.offset) }?.element
        }

        /// "supported · peer-reviewed", or the gap.
        public var summary: String {
            guard let headline else { return "no evidence in the data" }
            return "\(LessonMatrix.label(headline.verdict)) · \(LessonMatrix.label(headline.strength))"
        }

        /// One sentence: how many findings, their verdicts, the strongest kind of evidence.
        public var assessment: String {
            guard let headline else {
                return column.isProposal
                    ? "No evidence in the data: the program is a proposal, so nothing has been measured."
                    : "No evidence in the data: no finding on this lesson concerns this program."
            }
            var counts: [(Lesson.Finding.Verdict, Int)] = []
            for verdict in Lesson.Finding.Verdict.allCases {
                let count = findings.filter { $0.verdict == verdict }.count
                if count > 0 { counts.append((verdict, count)) }
            }
            let verdicts = counts.map { "\($0.1) \(LessonMatrix.label($0.0))" }.joined(separator: ", ")
            return "\(findings.count) finding\(findings.count == 1 ? "" : "s") (\(verdicts)); strongest evidence: \(LessonMatrix.label(headline.strength)), which finds it \(LessonMatrix.label(headline.verdict))."
        }

        /// Every source the cell's findings cite, in order, once.
        public var sources: [String] {
            var seen: [String] = []
            for id in findings.flatMap(\.sources) where !seen.contains(id) { seen.append(id) }
            return seen
        }
    }

    public let lessons: [Lesson]
    public let columns: [Column]

    /// The columns the issue names: the historical analogs, U.S. aid to Ecuador and the
    /// proposed Plan Ecuador (Lasso's 2022 request and the 2025 lobbying are one proposal).
    public static let standardColumns: [Column] = [
        Column(id: "plan_colombia", label: "Plan Colombia", programs: ["plan_colombia"]),
        Column(id: "merida", label: "Mérida", programs: ["merida"]),
        Column(id: "carsi", label: "CARSI", programs: ["carsi"]),
        Column(id: "us_ecuador", label: "U.S. aid to Ecuador", programs: [
            "us_ecuador_assistance", "us_ecuador_partnership_act_2022", "us_ecuador_security_agreements_2023",
            "us_ecuador_southcom_plan_2024", "us_ecuador_rubio_pledge_2025",
        ]),
        Column(id: "plan_ecuador", label: "Plan Ecuador (proposed)", programs: ["plan_ecuador_lasso_2022", "plan_ecuador_noboa_2025"], isProposal: true),
    ]

    /// The matrix over `dataset`; a column is kept when any of its programs is in the data.
    public init(_ dataset: Dataset, columns: [Column] = LessonMatrix.standardColumns) {
        lessons = dataset.lessons
        self.columns = columns.filter { $0.programs.contains { dataset.program($0) != nil } }
    }

    public func cell(_ lesson: Lesson, _ column: Column) -> Cell {
        Cell(lesson: lesson, column: column, findings: lesson.findings.filter { !Set($0.programs).isDisjoint(with: column.programs) })
    }

    public func cell(lesson id: String, column columnID: String) -> Cell? {
        guard let lesson = lessons.first(where: { $0.id == id }), let column = columns.first(where: { $0.id == columnID }) else { return nil }
        return cell(lesson, column)
    }

    /// Findings tagged with no program (the Juárez and Monterrey initiatives, police counts):
    /// context for a lesson that belongs to no column.
    public func untagged(_ lesson: Lesson) -> [Lesson.Finding] {
        lesson.findings.filter { $0.programs.isEmpty }
    }

    /// Stronger evidence ranks lower.
    static func rank(_ strength: Lesson.Finding.Strength) -> Int {
        switch strength {
        case .peerReviewed: return 0
        case .officialReport: return 1
        case .journalistic: return 2
        case .descriptive: return 3
        case .opinion: return 4
        }
    }

    public static func label(_ verdict: Lesson.Finding.Verdict) -> String {
        switch verdict {
        case .supported: return "supported"
        case .weaklySupported: return "weakly supported"
        case .descriptive: return "descriptive"
        case .notFound: return "not found"
        case .contradicted: return "contradicted"
        }
    }

    public static func label(_ strength: Lesson.Finding.Strength) -> String {
        switch strength {
        case .peerReviewed: return "peer-reviewed"
        case .officialReport: return "official report"
        case .journalistic: return "journalistic"
        case .descriptive: return "descriptive"
        case .opinion: return "opinion"
        }
    }
}

/// Which of the op-ed's lessons a scenario's allocation addresses, partly addresses or ignores.
///
/// The rules are Vigía's, stated in each item's `rule` so a reader can disagree with them; they
/// look only at the scenario's own numbers, never at outcomes it cannot have yet. The checklist
/// follows the evidence: a lesson that no finding in the data supports or tests (beyond
/// opinion) has nothing to be addressed, so it reads "no evidence to judge", never "addresses".
public enum LessonChecklist {
    public enum Status: String, Sendable, Hashable {
        case addresses, partly, ignores, unassessed
        case noEvidence = "no_evidence"

        /// How the status reads on screen and in reports.
        public var label: String {
            switch self {
            case .addresses: return "addresses"
            case .partly: return "partly addresses"
            case .ignores: return "ignores"
            case .unassessed: return "not assessed"
            case .noEvidence: return "no evidence to judge"
            }
        }
    }

    public struct Item: Sendable, Hashable {
        public var lesson: String
        public var title: String
        public var status: Status
        /// What in the scenario decides the status ("financial intelligence 14.29%, $2.7m/yr").
        public var reason: String
        /// The rule applied.
        public var rule: String
    }

    /// A pillar share at or above this counts as addressing a lesson; above zero, partly.
    public static let substantialShare = 10.0
    /// A commitment at least this long outlasts one government's term.
    public static let continuityYears = 5

    public static func evaluate(_ scenario: Scenario, lessons: [Lesson]) -> [Item] {
        lessons.map { lesson in
            guard hasEvidence(lesson) else {
                return Item(lesson: lesson.id, title: lesson.title, status: .noEvidence,
                            reason: "no finding in the data supports or tests this lesson beyond opinion", rule: evidenceRule)
            }
            let (status, reason, rule) = assess(lesson.id, scenario)
            return Item(lesson: lesson.id, title: lesson.title, status: status, reason: reason, rule: rule)
        }
    }

    /// What counts as evidence for a lesson, in words.
    public static let evidenceRule = "a lesson is judged only when a finding that is not opinion supports or contradicts it"

    /// True when a finding that is not opinion supports, weakly supports or contradicts the
    /// lesson: descriptions, "not found" and op-eds test nothing.
    public static func hasEvidence(_ lesson: Lesson) -> Bool {
        lesson.findings.contains { finding in
            finding.strength != .opinion && [.supported, .weaklySupported, .contradicted].contains(finding.verdict)
        }
    }

    private static func share(_ scenario: Scenario, _ pillar: Pillar) -> String {
        "\(pillar.shortLabel.lowercased()) \(Scenario.percentText(scenario.allocation[pillar]))%"
    }

    private static func level(_ value: Double) -> Status {
        value >= substantialShare ? .addresses : value > 0 ? .partly : .ignores
    }

    private static func assess(_ id: String, _ scenario: Scenario) -> (Status, String, String) {
        let a = scenario.allocation
        let pct = Int(substantialShare)
        switch id {
        case "kingpin_targeting":
            return (level(a[.financialIntelligence]), share(scenario, .financialIntelligence),
                    "follow the money: financial intelligence ≥ \(pct)% addresses, > 0 partly")
        case "private_sector_security_taxes":
            return (level(a[.privateSector]), share(scenario, .privateSector),
                    "private-sector co-funding ≥ \(pct)% addresses, > 0 partly")
        case "bureaucratic_fragmentation":
            let police = a[.policeReform], courts = a[.courts]
            let status: Status = police >= substantialShare && courts >= substantialShare ? .addresses : (police > 0 || courts > 0 ? .partly : .ignores)
            return (status, "\(share(scenario, .policeReform)), \(share(scenario, .courts))",
                    "vetting and justice together: police reform and courts each ≥ \(pct)% addresses, either > 0 partly")
        case "partisan_discontinuity":
            let long = scenario.durationYears >= continuityYears, cofunded = a[.privateSector] > 0
            let status: Status = long && cofunded ? .addresses : (long || cofunded ? .partly : .ignores)
            return (status, "\(scenario.durationYears) years, \(share(scenario, .privateSector))",
                    "≥ \(continuityYears) years with national co-funding addresses, either one partly")
        case "human_rights_militarisation":
            let military = a[.militarySupport], police = a[.policeReform]
            let status: Status = military <= 25 && police >= substantialShare ? .addresses : (military <= 50 ? .partly : .ignores)
            return (status, "\(share(scenario, .militarySupport)), \(share(scenario, .policeReform))",
                    "military support ≤ 25% with police reform ≥ \(pct)% addresses, military ≤ 50% partly")
        default:
            return (.unassessed, "no rule for this lesson", "none")
        }
    }
}
