/// A program (or a scenario) put on the same footing as the others: money over its own
/// years, per year, per resident per year, its share of the region's population, the share for
/// military and police, and the homicide rate at its start, end and five years on.
///
/// Money is in current U.S. dollars: the data carries no sourced deflator, so no constant-dollar
/// figure is computed (see `constantDollarsNote`).
public struct ProgramFooting: Sendable, Hashable {
    public var id: String
    public var label: String
    public var recipients: [String]
    /// The fiscal years the money figure covers.
    public var window: ClosedRange<Int>?
    /// How many years the money is spread over (a scenario without a start year has a
    /// duration but no window).
    public var years: Int?
    public var total: BasedFigure
    public var perYear: BasedFigure
    /// Dollars per resident per year: the money over the recipients' population summed over
    /// each year of the window (person-years), so longer and larger programs compare fairly.
    public var perResidentPerYear: BasedFigure
    public var recipientPopulation: BasedFigure
    /// The recipients' share (0–1) of the Latin America and Caribbean population.
    public var populationShare: BasedFigure
    /// Military and police (0–1) within one source and basis; the rest is institutions,
    /// society and unclassified accounts.
    public var militaryPoliceShare: BasedFigure
    public var homicide: [ProgramBaseline]
    /// Homicide rate at the end minus at the start, per 100k (one recipient only).
    public var homicideChange: BasedFigure
    public var homicidePercentChange: BasedFigure
    public var indicators: [IndicatorSpan]
    /// True for a user's scenario: its numbers are choices, not sources.
    public var isScenario: Bool

    /// Shown wherever money is compared across years.
    public static let constantDollarsNote = "current U.S. dollars; constant dollars: no sourced deflator"
    /// The region whose population is the denominator of `populationShare`.
    public static let region = "LAC"

    /// Indicator families compared across programs; each lists the indicators that measure it.
    public static let indicatorFamilies: [(label: String, indicators: [String])] = [
        ("Kidnappings", ["kidnappings"]),
        ("Coca area (UNODC, ha)", ["coca_hectares"]),
        ("Extraditions", ["extraditions_to_us", "extraditions_colombia"]),
    ]

    // MARK: Programs

    /// The footing of `program` from the data set.
    public static func compute(_ dataset: Dataset, program: Program) -> ProgramFooting {
        let records = dataset.funding(of: program.id)
        let money = moneyFigure(program, records: records)
        let years = money.window.map { $0.count }
        let perYear: BasedFigure
        if let window = money.window, let years, case .value(let total) = money.total.value {
            perYear = BasedFigure(.value(total / Double(years)), qualifier: money.total.qualifier,
                                  basis: "\(money.total.basis) ÷ \(years) FY (\(fiscalYears(window)))", sources: money.total.sources)
        } else {
            perYear = BasedFigure(.gap(money.total.value.gap ?? Gap(["no fiscal-year window"])), basis: money.total.basis)
        }
        let perResident = perResidentPerYear(money.total, window: money.window, recipients: program.recipients, dataset: dataset)
        let startYear = money.window?.lowerBound ?? program.startYear
        let baselines = ProgramBaseline.compute(dataset, program: program)
        let change = homicideChange(baselines)
        return ProgramFooting(
            id: program.id, label: program.shortName, recipients: program.recipients, window: money.window, years: money.window?.count,
            total: money.total, perYear: perYear, perResidentPerYear: perResident,
            recipientPopulation: population(of: program.recipients, in: startYear, dataset: dataset),
            populationShare: populationShare(of: program.recipients, in: startYear, dataset: dataset),
            militaryPoliceShare: militaryPoliceShare(records, window: money.window),
            homicide: baselines, homicideChange: change.absolute, homicidePercentChange: change.percent,
            indicators: indicators(program), isScenario: false
        )
    }

    /// The rank of a funding stage when several describe the same money: the enacted amount
    /// first, as the programs' own totals are given, then each later stage.
    static func basisRank(_ basis: FundingBasis) -> Int {
        [FundingBasis.appropriated, .allocated, .obligated, .disbursed, .appropriatedAndPlanned, .reported, .estimate, .planned, .pledged, .request]
            .firstIndex(of: basis) ?? 99
    }

    private static func qualifierRank(_ qualifier: Qualifier) -> Int {
        switch qualifier {
        case .exact: return 0
        case .approximate: return 1
        case .lowerBound, .upperBound: return 2
        }
    }

    /// The money over the program's own years: the cumulative total checkpoint that best
    /// matches them (same first year, last year closest to the program's end without passing
    /// it, earliest stage, least hedged), else the sum of one annual total series (one source,
    /// category and basis) over those years, which is a gap if any year is missing.
    static func moneyFigure(_ program: Program, records: [FundingRecord]) -> (total: BasedFigure, window: ClosedRange<Int>?) {
        let checkpoints = records.filter { $0.span == .cumulative && $0.group == .total && $0.fromFiscalYear != nil }
        let start = program.startYear
        // A checkpoint whose first and last years are equal is a multi-year total with no
        // sourced end year (the note says so): its window is unknown, so it cannot be spread.
        let matching = checkpoints.filter { record in
            guard let from = record.fromFiscalYear, from < record.fiscalYear else { return false }
            if let start, from != start { return false }
            if let end = program.endYear, record.fiscalYear > end { return false }
            return true
        }
        if let best = matching.min(by: { lhs, rhs in
            let l = (-(lhs.fiscalYear - (lhs.fromFiscalYear ?? lhs.fiscalYear)), basisRank(lhs.basis), qualifierRank(lhs.qualifier))
            let r = (-(rhs.fiscalYear - (rhs.fromFiscalYear ?? rhs.fiscalYear)), basisRank(rhs.basis), qualifierRank(rhs.qualifier))
            return l < r
        }), let from = best.fromFiscalYear {
            let window = from...best.fiscalYear
            let basis = "\(best.basis.label), \(fiscalYears(window)) checkpoint \"\(program.label(ofCategory: best.category) ?? DataKey.words(best.category))\""
            return (BasedFigure(.value(best.usdMillions), qualifier: best.qualifier, basis: basis, sources: [best.source]), window)
        }
        return annualSum(program, records: records)
    }

    /// The sum of one annual total series (one source, category and basis) over its own years
    /// within the program's: the series covering the most of them, fewest gaps first, then the
    /// earliest stage. A gap inside the window makes the sum a gap; the sum carries its
    /// arithmetic and inputs, since no source states it.
    static func annualSum(_ program: Program, records: [FundingRecord]) -> (total: BasedFigure, window: ClosedRange<Int>?) {
        let candidates = FundingSeries.series(of: records).filter { $0.group == .total }.compactMap { series -> (FundingSeries, ClosedRange<Int>)? in
            guard let first = series.fiscalYears.first, let last = series.fiscalYears.last else { return nil }
            let from = max(first, program.startYear ?? first), to = min(last, program.endYear ?? last)
            guard from <= to else { return nil }
            return (series, from...to)
        }
        guard let best = candidates.min(by: { lhs, rhs in
            let lMissing = lhs.1.filter { lhs.0.amounts[$0] == nil }.count, rMissing = rhs.1.filter { rhs.0.amounts[$0] == nil }.count
            return (lMissing, -lhs.1.count, basisRank(lhs.0.basis)) < (rMissing, -rhs.1.count, basisRank(rhs.0.basis))
        }) else {
            let from = program.startYear.map { " from FY\($0)" } ?? ""
            return (.gap("no total checkpoint or annual total series\(from)", basis: "no sourced total"), nil)
        }
        let (chosen, window) = best
        let category = program.label(ofCategory: chosen.category) ?? DataKey.words(chosen.category)
        var basis = "\(chosen.basis.label), \(fiscalYears(window)) sum of annual \"\(category)\""
        if let start = program.startYear, window.lowerBound > start { basis += " (the program runs from \(start); earlier years have no such series)" }
        let missing = window.filter { chosen.amounts[$0] == nil }
        if !missing.isEmpty {
            return (BasedFigure(.gap(Gap(missing.map { "no FY\($0) value in \(category)" })), basis: basis, sources: [chosen.source]), window)
        }
        // Rounded to a millionth of a million dollars: the binary sum of decimal amounts
        // otherwise ends in noise (974.9449999999999).
        let total = (window.reduce(0) { $0 + (chosen.amounts[$1] ?? 0) } * 1_000_000).rounded() / 1_000_000
        let hedged = records.contains { $0.span == .annual && $0.source == chosen.source && $0.category == chosen.category && window.contains($0.fiscalYear) && $0.qualifier != .exact }
        let inputs = window.map { Derivation.Input(label: "FY\($0) \(category)", value: .number(chosen.amounts[$0] ?? 0), source: chosen.source) }
        let derivation = Derivation(arithmetic: inputs.map(\.value.description).joined(separator: " + "), inputs: inputs)
        return (BasedFigure(.value(total), qualifier: hedged ? .approximate : .exact, basis: basis, sources: [chosen.source], derivation: derivation), window)
    }

    /// "FY2000–FY2016", or "FY2024" for one year.
    static func fiscalYears(_ window: ClosedRange<Int>) -> String {
        window.count == 1 ? "FY\(window.lowerBound)" : "FY\(window.lowerBound)–FY\(window.upperBound)"
    }

    /// Money over person-years: `total` ÷ the recipients' population summed over each year of
    /// `window`. A year without a population for any recipient makes the whole figure a gap.
    static func perResidentPerYear(_ total: BasedFigure, window: ClosedRange<Int>?, recipients: [String], dataset: Dataset) -> BasedFigure {
        guard let window else { return BasedFigure(.gap(total.value.gap ?? Gap(["no fiscal-year window"])), basis: total.basis) }
        var personYears = 0.0
        var missing: [String] = []
        var populationSources: [String] = []
        for year in window {
            for country in recipients {
                guard let record = dataset.population(of: country, in: year, notingGapIn: &missing) else { continue }
                personYears += Double(record.persons)
                if !populationSources.contains(record.source) { populationSources.append(record.source) }
            }
        }
        let basis = "\(total.basis) ÷ population of each year (\(recipients.joined(separator: "+")))"
        if let gap = total.value.gap { return BasedFigure(.gap(gap), basis: basis) }
        if !missing.isEmpty || personYears <= 0 { return BasedFigure(.gap(Gap(missing.isEmpty ? ["no population"] : missing)), basis: basis) }
        let value = (total.value.value ?? 0) * 1_000_000 / personYears
        return BasedFigure(.value(value), qualifier: total.qualifier, basis: basis, sources: total.sources + populationSources)
    }

    static func population(of recipients: [String], in year: Int?, dataset: Dataset) -> BasedFigure {
        guard let year else { return .gap("no start year", basis: "population") }
        var persons = 0.0
        var sources: [String] = []
        var missing: [String] = []
        for country in recipients {
            guard let record = dataset.population(of: country, in: year, notingGapIn: &missing) else { continue }
            persons += Double(record.persons)
            if !sources.contains(record.source) { sources.append(record.source) }
        }
        let basis = "mid-year population \(year), \(recipients.joined(separator: "+"))"
        if !missing.isEmpty { return BasedFigure(.gap(Gap(missing)), basis: basis) }
        return BasedFigure(.value(persons), basis: basis, sources: sources)
    }

    static func populationShare(of recipients: [String], in year: Int?, dataset: Dataset) -> BasedFigure {
        let population = population(of: recipients, in: year, dataset: dataset)
        guard let year else { return population }
        let basis = "share of the \(region) population, \(year)"
        guard let persons = population.value.value else { return BasedFigure(population.value, basis: basis) }
        guard let regional = dataset.population(of: region, in: year), regional.persons > 0 else {
            return BasedFigure(.gap(Gap(["no \(region) population for \(year)"])), basis: basis)
        }
        return BasedFigure(.value(persons / Double(regional.persons)), basis: basis, sources: population.sources + [regional.source])
    }

    /// The military/police share of one fiscal year within one source and basis: the
    /// military/police amount over that source's total, or over military/police plus
    /// economic/social when it gives only those two. Ambiguous years (two totals, several
    /// military lines) have no share rather than a guessed one.
    public static func militaryPoliceShare(_ records: [FundingRecord], year: Int) -> (share: Double, military: Double, whole: Double, source: String, basis: FundingBasis)? {
        let annual = records.filter { $0.fiscalYear == year && $0.span == .annual }
        var order: [String] = []
        var groups: [String: [FundingRecord]] = [:]
        for record in annual {
            let key = record.source + "|" + record.basis.rawValue
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(record)
        }
        for key in order {
            let group = groups[key] ?? []
            let military = group.filter { $0.group == .militaryPolice }
            let totals = group.filter { $0.group == .total }
            let social = group.filter { $0.group == .economicSocial }
            guard military.count == 1, let first = group.first else { continue }
            if totals.count == 1, totals[0].usdMillions > 0 {
                return (military[0].usdMillions / totals[0].usdMillions, military[0].usdMillions, totals[0].usdMillions, first.source, first.basis)
            }
            if totals.isEmpty, social.count == 1, group.count == 2 {
                let sum = military[0].usdMillions + social[0].usdMillions
                if sum > 0 { return (military[0].usdMillions / sum, military[0].usdMillions, sum, first.source, first.basis) }
            }
        }
        return nil
    }

    /// The military/police share over the program: a cumulative military/police checkpoint and
    /// a total checkpoint of the same source, basis and window (the widest such pair), else the
    /// annual shares of the one source and basis that has the most years, summed within it.
    static func militaryPoliceShare(_ records: [FundingRecord], window: ClosedRange<Int>?) -> BasedFigure {
        let cumulative = records.filter { $0.span == .cumulative }
        var pairs: [(military: FundingRecord, total: FundingRecord)] = []
        for military in cumulative where military.group == .militaryPolice {
            let totals = cumulative.filter {
                $0.group == .total && $0.source == military.source && $0.basis == military.basis
                    && $0.fromFiscalYear == military.fromFiscalYear && $0.fiscalYear == military.fiscalYear && $0.usdMillions > 0
            }
            if totals.count == 1 { pairs.append((military, totals[0])) }
        }
        if let widest = pairs.max(by: { ($0.military.fiscalYear - ($0.military.fromFiscalYear ?? 0)) < ($1.military.fiscalYear - ($1.military.fromFiscalYear ?? 0)) }),
           let from = widest.military.fromFiscalYear {
            let qualifier = widest.military.qualifier == .exact && widest.total.qualifier == .exact ? Qualifier.exact : .approximate
            return BasedFigure(.value(widest.military.usdMillions / widest.total.usdMillions), qualifier: qualifier,
                               basis: "\(widest.military.basis.label), \(fiscalYears(from...widest.military.fiscalYear)), one source",
                               sources: [widest.military.source])
        }
        let years = Set(records.filter { $0.span == .annual && (window?.contains($0.fiscalYear) ?? true) }.map(\.fiscalYear)).sorted()
        var bySource: [String: (military: Double, whole: Double, years: [Int], source: String, basis: FundingBasis)] = [:]
        for year in years {
            guard let share = militaryPoliceShare(records, year: year) else { continue }
            let key = share.source + "|" + share.basis.rawValue
            var entry = bySource[key] ?? (0, 0, [], share.source, share.basis)
            entry.military += share.military
            entry.whole += share.whole
            entry.years.append(year)
            bySource[key] = entry
        }
        guard let best = bySource.values.max(by: { ($0.years.count, $1.source) < ($1.years.count, $0.source) }), best.whole > 0 else {
            return .gap("no military/police line and total in one source and basis", basis: "military/police share")
        }
        let span = best.years.count == 1 ? "FY\(best.years[0])" : "\(best.years.count) FYs \(best.years.first!)–\(best.years.last!)"
        return BasedFigure(.value(best.military / best.whole), basis: "\(best.basis.label), \(span), one source", sources: [best.source])
    }

    /// End minus start, and its percentage, for a single recipient whose start and end rates
    /// are both sourced; any missing input is a gap.
    static func homicideChange(_ baselines: [ProgramBaseline]) -> (absolute: BasedFigure, percent: BasedFigure) {
        let basis = "homicide rate per 100k, end − start"
        guard baselines.count == 1, let baseline = baselines.first else {
            let gap = BasedFigure.gap(baselines.isEmpty ? "no recipient" : "\(baselines.count) recipients: per-country rates only", basis: basis)
            return (gap, gap)
        }
        var missing: [String] = []
        if baseline.start == nil { missing.append("no start year") } else if baseline.start?.rate == nil { missing.append("no \(baseline.country) rate for \(baseline.start!.year)") }
        if baseline.end == nil { missing.append("no end year") } else if baseline.end?.rate == nil { missing.append("no \(baseline.country) rate for \(baseline.end!.year)") }
        guard missing.isEmpty, let start = baseline.start, let end = baseline.end, let from = start.rate, let to = end.rate else {
            let gap = BasedFigure(.gap(Gap(missing)), basis: basis)
            return (gap, gap)
        }
        let sources = [start.source, end.source].compactMap { $0 }
        let yearsText = "\(baseline.country) \(start.year)→\(end.year)"
        let absolute = BasedFigure(.value(to - from), basis: "\(basis), \(yearsText)", sources: sources)
        let percent = from > 0
            ? BasedFigure(.value((to - from) / from * 100), basis: "% change in the homicide rate, \(yearsText)", sources: sources)
            : BasedFigure(.gap(Gap(["start rate is zero"])), basis: basis)
        return (absolute, percent)
    }

    /// First and last sourced points of each indicator family from the program's start to five
    /// years after its end (to the latest point when it has no end).
    static func indicators(_ program: Program) -> [IndicatorSpan] {
        indicatorFamilies.map { family in
            let points = program.outcomes.filter { outcome in
                guard family.indicators.contains(outcome.indicator) else { return false }
                if let start = program.startYear, outcome.year < start { return false }
                if let end = program.endYear, outcome.year > end + 5 { return false }
                return true
            }
            guard let firstYear = points.map(\.year).min(), let lastYear = points.map(\.year).max() else {
                return IndicatorSpan(label: family.label, first: [], last: [])
            }
            return IndicatorSpan(label: family.label, first: points.filter { $0.year == firstYear },
                                 last: lastYear > firstYear ? points.filter { $0.year == lastYear } : [])
        }
    }

    // MARK: Scenarios

    /// A scenario on the programs' footing: its budget over its duration, per resident of the
    /// recipient (the start year's population when sourced, else the latest), and its
    /// military/police pillars. It has no outcomes: those are gaps, never zeros.
    public static func scenario(_ scenario: Scenario, dataset: Dataset) -> ProgramFooting {
        let choice = scenario.budgetSources.isEmpty ? "user's choice" : "sourced"
        let window = scenario.startYear.map { $0...($0 + scenario.durationYears - 1) }
        let sources = scenario.budgetSources
        let total = BasedFigure(.value(scenario.totalUSDMillions), basis: "scenario (\(choice)): \(scenario.budgetBasis) × \(FigureText.years(scenario.durationYears))", sources: sources)
        let perYear = BasedFigure(.value(scenario.annualBudgetUSDMillions), basis: "scenario (\(choice)): \(scenario.budgetBasis)", sources: sources)
        let populationYear = scenario.startYear.flatMap { dataset.population(of: scenario.recipient, in: $0) != nil ? $0 : nil }
            ?? latestPopulationYear(scenario.recipient, dataset: dataset)
        let population = population(of: [scenario.recipient], in: populationYear, dataset: dataset)
        let perResident: BasedFigure
        if let persons = population.value.value, persons > 0 {
            perResident = BasedFigure(.value(scenario.annualBudgetUSDMillions * 1_000_000 / persons),
                                      basis: "annual budget ÷ \(scenario.recipient) population \(populationYear.map(String.init) ?? "")", sources: sources + population.sources)
        } else {
            perResident = BasedFigure(population.value.gap.map { .gap($0) } ?? .gap(Gap(["no population"])), basis: "annual budget ÷ population")
        }
        let baselineYear = latestRateYear(scenario.recipient, dataset: dataset)
        let record = baselineYear.flatMap { dataset.series(scenario.recipient, .ratePer100k).record(in: $0) }
        let baseline = ProgramBaseline(program: "scenario", country: scenario.recipient,
                                       start: baselineYear.map { ProgramBaseline.Point(year: $0, rate: record?.value, source: record?.source) },
                                       end: nil, endPlusFive: nil)
        let noOutcome = BasedFigure.gap("a scenario has no outcomes", basis: "homicide rate per 100k, end − start")
        return ProgramFooting(
            id: "scenario", label: scenario.name, recipients: [scenario.recipient], window: window, years: scenario.durationYears,
            total: total, perYear: perYear, perResidentPerYear: perResident, recipientPopulation: population,
            populationShare: populationShare(of: [scenario.recipient], in: populationYear, dataset: dataset),
            militaryPoliceShare: BasedFigure(.value(scenario.militaryPoliceShare), basis: "scenario pillars: police reform & vetting + military support"),
            homicide: [baseline], homicideChange: noOutcome, homicidePercentChange: noOutcome,
            indicators: indicatorFamilies.map { IndicatorSpan(label: $0.label, first: [], last: []) }, isScenario: true
        )
    }

    static func latestPopulationYear(_ area: String, dataset: Dataset) -> Int? {
        dataset.population.filter { $0.area == area }.map(\.year).max()
    }

    static func latestRateYear(_ country: String, dataset: Dataset) -> Int? {
        dataset.series(country, .ratePer100k).latestYear
    }
}
