import Foundation

/// A user's "Plan Ecuador": an annual budget, a duration and its split across pillars.
///
/// A scenario is the user's own design, not data: every number in it is a choice unless its
/// `budget_sources` say otherwise, and screens label it so. It lives in its own JSON file
/// (`Docs/schema/scenario.schema.json`), never in the data folder's records. Only its file
/// makes one (`ScenarioLoader`), so it needs no public initialiser.
public struct Scenario: Codable, Hashable, Sendable {
    public var name: String
    /// The recipient country (ISO3); its population is the per-capita denominator.
    public var recipient: String
    /// The first fiscal year, when the user has one in mind; the population of that year is
    /// used, else the latest sourced year. Written as null rather than left out, so the file
    /// shows every field a user may set.
    @ExplicitNull public var startYear: Int?
    /// Millions of current U.S. dollars a year.
    public var annualBudgetUSDMillions: Double
    /// What the budget number is: a sourced figure and how it was derived, or "user's choice".
    public var budgetBasis: String
    /// Sources of the budget figure; empty when the budget is the user's choice.
    public var budgetSources: [String]
    public var durationYears: Int
    /// Percent of the budget per pillar; the shares sum to 100.
    public var allocation: Allocation
    /// Where the split comes from (equal shares, a sourced split, the user's choice).
    public var allocationBasis: String
    public var notes: String

    /// The basis of a budget or split the user set: an edited figure is no longer the
    /// source's, nor the split the file explained.
    public static let usersChoice = "user's choice"

    /// The limits `validate` enforces, also used by the editor to clamp `+`/`-`.
    public static let durationRange = 1...30
    /// The one rounding rule for the shares, used by `vigia scenario validate`, by saving, and
    /// by the editor's "Shares sum" line: the sum, rounded to two decimals as it is displayed
    /// (`percentText`), must be exactly 100. Shares are typed with at most two decimals, so an
    /// exact split always exists (100 / 7 is six × 14.28 and 14.32); 100.04 is refused,
    /// rather than passing a check the editor shows as wrong.
    public static func sharesSumToWhole(_ sum: Double) -> Bool {
        sum.isFinite && (sum * 100).rounded() == 10_000
    }
    /// The largest annual budget accepted ($ millions): ten times Plan Colombia's peak year,
    /// far above any program in the data, so a typo like an extra zero is still caught.
    public static let maximumAnnualBudget = 100_000.0

    /// The budget over the whole duration, $ millions.
    public var totalUSDMillions: Double { annualBudgetUSDMillions * Double(durationYears) }

    /// $ millions a year for `pillar`.
    public func annualUSDMillions(_ pillar: Pillar) -> Double {
        annualBudgetUSDMillions * allocation[pillar] / 100
    }

    /// The share (0–1) going to military and police pillars, the same split the funding
    /// records' `military_police` group draws for historical programs.
    public var militaryPoliceShare: Double {
        Pillar.allCases.filter { $0.isMilitaryPolice }.reduce(0) { $0 + allocation[$1] } / 100
    }

    /// Problems that make the scenario unusable, each with the field it concerns. `sources`
    /// and `countries` are the ids that exist in the data set (nil skips those checks).
    public func problems(sources: Set<String>? = nil, countries: Set<String>? = nil) -> [(path: JSONPath, message: String)] {
        var found: [(JSONPath, String)] = []
        let root = JSONPath.root
        if name.trimmingCharacters(in: .whitespaces).isEmpty { found.append((root.appending("name"), "the name is empty")) }
        if let countries, !countries.contains(recipient) {
            var message = "recipient \"\(recipient)\" is not in countries.json"
            if let guess = Suggestion.closest(to: recipient, among: countries.sorted()) { message += " (did you mean \"\(guess)\"?)" }
            found.append((root.appending("recipient"), message))
        }
        if let startYear, !(1990...2100).contains(startYear) {
            found.append((root.appending("start_year"), "start year \(startYear) is outside 1990–2100"))
        }
        if !annualBudgetUSDMillions.isFinite || annualBudgetUSDMillions < 0 {
            found.append((root.appending("annual_budget_usd_millions"), "the annual budget must be zero or more"))
        } else if annualBudgetUSDMillions > Self.maximumAnnualBudget {
            found.append((root.appending("annual_budget_usd_millions"),
                          "the annual budget is $\(Int(annualBudgetUSDMillions))m; the limit is $\(Int(Self.maximumAnnualBudget))m"))
        }
        if budgetBasis.trimmingCharacters(in: .whitespaces).isEmpty {
            found.append((root.appending("budget_basis"), "say what the budget is (a sourced figure, or \"user's choice\")"))
        }
        if let sources {
            for (index, id) in budgetSources.enumerated() where !sources.contains(id) {
                var message = "source \"\(id)\" is not in sources.json"
                if let guess = Suggestion.closest(to: id, among: sources.sorted()) { message += " (did you mean \"\(guess)\"?)" }
                found.append((root.appending("budget_sources").appending(index), message))
            }
        }
        if !Self.durationRange.contains(durationYears) {
            found.append((root.appending("duration_years"), "duration \(durationYears) years is outside \(Self.durationRange.lowerBound)–\(Self.durationRange.upperBound)"))
        }
        for pillar in Pillar.allCases {
            let share = allocation[pillar]
            if !share.isFinite || share < 0 || share > 100 {
                found.append((root.appending("allocation").appending(pillar.rawValue), "\(pillar.label): a share must be between 0 and 100"))
            }
        }
        let sum = allocation.sum
        if !Self.sharesSumToWhole(sum) {
            found.append((root.appending("allocation"), "the shares sum to \(Self.percentText(sum))%, not 100%"))
        }
        return found
    }

    /// A percentage with at most two decimals and no trailing zeros ("33.33", "100").
    public static func percentText(_ value: Double) -> String {
        guard value.isFinite else { return FigureText.missing }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = FigureText.fixed(rounded, decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// In the order of the file, which is the order missing fields are reported in.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, recipient
        case startYear = "start_year"
        case annualBudgetUSDMillions = "annual_budget_usd_millions"
        case budgetBasis = "budget_basis"
        case budgetSources = "budget_sources"
        case durationYears = "duration_years"
        case allocation
        case allocationBasis = "allocation_basis"
        case notes
    }
}

/// The areas a security-aid budget can go to, as the issue and the op-ed's lessons name them.
public enum Pillar: String, CaseIterable, CodingKey, Hashable, Sendable {
    case financialIntelligence = "financial_intelligence"
    case policeReform = "police_reform"
    case prisons
    case courts
    case communityPrevention = "community_prevention"
    case privateSector = "private_sector"
    case militarySupport = "military_support"

    public var label: String { names.full }

    /// A label for narrow columns.
    public var shortLabel: String { names.short }

    /// Each pillar's full and short names side by side, in one switch over the pillars.
    private var names: (full: String, short: String) {
        switch self {
        case .financialIntelligence: return ("Financial intelligence & asset seizure", "Fin. intelligence")
        case .policeReform: return ("Police reform & vetting", "Police reform")
        case .prisons: return ("Prisons", "Prisons")
        case .courts: return ("Courts & prosecutors", "Courts")
        case .communityPrevention: return ("Community prevention", "Community prev.")
        case .privateSector: return ("Private-sector co-funding", "Private co-fund")
        case .militarySupport: return ("Military support", "Military support")
        }
    }

    /// Military and police pillars, matching the `military_police` funding group (security
    /// forces); the rest are institutions and society.
    public var isMilitaryPolice: Bool { self == .policeReform || self == .militarySupport }
}

/// Percent of the budget per pillar. Every pillar must be present in the file, so a missing
/// one is an error rather than a silent zero.
public struct Allocation: Codable, Hashable, Sendable {
    private var shares: [Pillar: Double]

    public init(_ shares: [Pillar: Double]) {
        self.shares = shares
    }

    /// Every pillar at 100 / 7 rounded to two decimals, the remainder on the last pillar so
    /// the sum is exactly 100.
    public static var equal: Allocation {
        let count = Pillar.allCases.count
        let each = (100.0 / Double(count) * 100).rounded(.down) / 100
        var shares = Dictionary(uniqueKeysWithValues: Pillar.allCases.map { ($0, each) })
        shares[Pillar.allCases[count - 1]] = ((100 - each * Double(count - 1)) * 100).rounded() / 100
        return Allocation(shares)
    }

    public subscript(pillar: Pillar) -> Double {
        get { shares[pillar] ?? 0 }
        set { shares[pillar] = newValue }
    }

    public var sum: Double { Pillar.allCases.reduce(0) { $0 + self[$1] } }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Pillar.self)
        var shares: [Pillar: Double] = [:]
        for pillar in Pillar.allCases {
            shares[pillar] = try container.decode(Double.self, forKey: pillar)
        }
        self.shares = shares
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Pillar.self)
        for pillar in Pillar.allCases { try container.encode(self[pillar], forKey: pillar) }
    }
}
