/// A program's whole funding as the data can chart it: one annual total series, the annual
/// sum of a source's military-and-police and economic-and-social totals, or, when those cover
/// fewer years, the cumulative checkpoints sources give from the program's first year.
///
/// One account of a program (a single DoD line) never stands for the whole: the chart is
/// chosen among totals only, and each bar says what it is.
public struct ProgramFunding: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// One source's annual totals.
        case annualTotals
        /// One source's annual military-and-police plus economic-and-social totals, summed.
        case annualSums
        /// Totals to date at each checkpoint a source gives, from the program's first year.
        case checkpoints
    }

    /// One bar: a fiscal year's amount, or a checkpoint's total to date.
    public struct Bar: Sendable, Hashable {
        /// The first fiscal year a checkpoint covers; nil for an annual amount.
        public var fromFiscalYear: Int?
        public var fiscalYear: Int
        public var usdMillions: Double
        public var qualifier: Qualifier
        public var basis: FundingBasis
        /// What the amount is, in the data's words (a checkpoint's label names its source table).
        public var label: String
        public var sources: [String]
        /// Set when the amount is a sum of published parts.
        public var derivation: Derivation?
    }

    public var kind: Kind
    /// What the bars are, in the data's words: the total series' label ("All agencies and
    /// sectors, obligations (ForeignAssistance.gov)"), the two summed series, or "total to date
    /// at each sourced checkpoint". A screen's title says it shorter; this is said under it.
    public var series: String
    public var bars: [Bar]

    /// The whole-funding chart of `program`, or nil when the data has no total for it.
    public static func of(_ program: Program, records: [FundingRecord]) -> ProgramFunding? {
        let annual = annualTotals(program, records: records)
        let checkpoints = checkpoints(program, records: records)
        let checkpointYears = checkpoints.map { $0.fiscalYear - ($0.fromFiscalYear ?? $0.fiscalYear) + 1 }.max() ?? 0
        if let annual, annual.bars.count >= checkpointYears { return annual }
        if !checkpoints.isEmpty {
            return ProgramFunding(kind: .checkpoints, series: "total to date at each sourced checkpoint", bars: checkpoints)
        }
        return annual
    }

    /// The annual candidate with the most years: a total series, or a summed pair.
    private static func annualTotals(_ program: Program, records: [FundingRecord]) -> ProgramFunding? {
        let series = FundingSeries.series(of: records)
        var candidates: [ProgramFunding] = series.filter { $0.group == .total }.map { total in
            let label = program.label(ofCategory: total.category) ?? DataKey.words(total.category)
            let bars = total.fiscalYears.map { year in
                Bar(fromFiscalYear: nil, fiscalYear: year, usdMillions: total.amounts[year] ?? 0, qualifier: qualifier(records, total, year),
                    basis: total.basis, label: label, sources: [total.source], derivation: nil)
            }
            return ProgramFunding(kind: .annualTotals, series: label, bars: bars)
        }
        var pairs: [String: (military: [FundingSeries], social: [FundingSeries])] = [:]
        for item in series {
            let key = item.source + "|" + item.basis.rawValue
            if item.group == .militaryPolice { pairs[key, default: ([], [])].military.append(item) }
            if item.group == .economicSocial { pairs[key, default: ([], [])].social.append(item) }
        }
        for pair in pairs.values where pair.military.count == 1 && pair.social.count == 1 {
            let military = pair.military[0], social = pair.social[0]
            let militaryLabel = program.label(ofCategory: military.category) ?? DataKey.words(military.category)
            let socialLabel = program.label(ofCategory: social.category) ?? DataKey.words(social.category)
            let bars = military.fiscalYears.filter { social.amounts[$0] != nil }.map { year -> Bar in
                let parts = [(militaryLabel, military.amounts[year] ?? 0), (socialLabel, social.amounts[year] ?? 0)]
                let inputs = parts.map { Derivation.Input(label: "FY\(year) \($0.0)", value: .number($0.1), source: military.source) }
                return Bar(fromFiscalYear: nil, fiscalYear: year, usdMillions: parts[0].1 + parts[1].1,
                           qualifier: qualifier(records, military, year) == .exact ? qualifier(records, social, year) : .approximate,
                           basis: military.basis, label: "military and police + economic and social", sources: [military.source],
                           derivation: Derivation(arithmetic: inputs.map(\.value.description).joined(separator: " + "), inputs: inputs))
            }
            guard !bars.isEmpty else { continue }
            candidates.append(ProgramFunding(kind: .annualSums, series: "\(militaryLabel) + \(socialLabel)", bars: bars))
        }
        return candidates.min { lhs, rhs in
            (-lhs.bars.count, ProgramFooting.basisRank(lhs.bars[0].basis), lhs.series) < (-rhs.bars.count, ProgramFooting.basisRank(rhs.bars[0].basis), rhs.series)
        }
    }

    /// Total checkpoints from the program's first year (or the earliest one given), by end year.
    private static func checkpoints(_ program: Program, records: [FundingRecord]) -> [Bar] {
        let totals = records.filter { $0.span == .cumulative && $0.group == .total && ($0.fromFiscalYear ?? $0.fiscalYear) < $0.fiscalYear }
        guard let start = program.startYear ?? totals.compactMap(\.fromFiscalYear).min() else { return [] }
        return totals.filter { $0.fromFiscalYear == start }
            .sorted { ($0.fiscalYear, $0.usdMillions) < ($1.fiscalYear, $1.usdMillions) }
            .map { record in
                Bar(fromFiscalYear: record.fromFiscalYear, fiscalYear: record.fiscalYear, usdMillions: record.usdMillions, qualifier: record.qualifier,
                    basis: record.basis, label: program.label(ofCategory: record.category) ?? DataKey.words(record.category), sources: [record.source], derivation: nil)
            }
    }

    /// The hedge of a series' amount in one year (exact unless the record says otherwise).
    private static func qualifier(_ records: [FundingRecord], _ series: FundingSeries, _ year: Int) -> Qualifier {
        records.first { $0.span == .annual && $0.source == series.source && $0.category == series.category && $0.basis == series.basis && $0.fiscalYear == year }?.qualifier ?? .exact
    }
}
