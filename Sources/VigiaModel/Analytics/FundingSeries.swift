/// One program's annual money from one source, category and basis: the only values that
/// may be added up together.
public struct FundingSeries: Sendable, Hashable {
    public var program: String
    public var source: String
    public var category: String
    public var group: FundingRecord.Group
    public var basis: FundingBasis
    /// Amounts by fiscal year, millions of current U.S. dollars.
    public var amounts: [Int: Double]

    public var fiscalYears: [Int] { amounts.keys.sorted() }
    public var total: Double { amounts.values.reduce(0, +) }

    /// Fiscal years between the first and last sourced year that have no value.
    public var gaps: [Int] {
        guard let first = fiscalYears.first, let last = fiscalYears.last else { return [] }
        return (first...last).filter { amounts[$0] == nil }
    }

    /// Average per sourced year.
    public var meanPerYear: Double? {
        amounts.isEmpty ? nil : total / Double(amounts.count)
    }

    /// Splits a program's annual records into additive series; cumulative checkpoints are
    /// left out (they are totals already).
    public static func series(of records: [FundingRecord]) -> [FundingSeries] {
        var order: [String] = []
        var byKey: [String: FundingSeries] = [:]
        for record in records where record.span == .annual {
            let key = [record.program, record.source, record.category, record.basis.rawValue].joined(separator: "|")
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = FundingSeries(program: record.program, source: record.source, category: record.category,
                                           group: record.group, basis: record.basis, amounts: [:])
            }
            byKey[key]!.amounts[record.fiscalYear, default: 0] += record.usdMillions
        }
        return order.map { byKey[$0]! }
    }

    /// Dollars per resident of `country`: each year's amount over that year's population,
    /// averaged over the sourced years; a year without a population is a gap.
    public func dollarsPerResidentPerYear(in dataset: Dataset, country: String) -> Computed<Double> {
        var perYear: [Double] = []
        var missing: [String] = []
        for year in fiscalYears {
            guard let population = dataset.population(of: country, in: year, notingGapIn: &missing) else { continue }
            perYear.append(amounts[year]! * 1_000_000 / Double(population.persons))
        }
        if !missing.isEmpty || perYear.isEmpty { return .gap(Gap(missing.isEmpty ? ["no funding years"] : missing)) }
        return .value(perYear.reduce(0, +) / Double(perYear.count))
    }
}
