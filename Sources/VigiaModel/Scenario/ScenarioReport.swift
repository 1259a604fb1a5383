import Foundation

/// The headless scenario reports of `vigia scenario show|compare`, as plain text, Markdown or
/// JSON: the same figures the scenario screen shows, each with its basis and sources, and
/// gaps written as gaps (`n/a (why)` in text, `null` plus a `gap` reason in JSON).
public enum ScenarioReport {
    public enum Format: String, CaseIterable, Sendable {
        case text, md, json
    }

    /// The historical programs a scenario is compared with.
    public static let analogs = ["plan_colombia", "merida", "carsi", "us_ecuador_assistance"]

    /// The analogs' footings followed by the scenario's.
    public static func footings(_ scenario: Scenario, dataset: Dataset) -> [ProgramFooting] {
        analogs.compactMap { dataset.program($0) }.map { ProgramFooting.compute(dataset, program: $0) }
            + [ProgramFooting.scenario(scenario, dataset: dataset)]
    }

    // MARK: show

    public static func show(_ scenario: Scenario, path: String, dataset: Dataset, format: Format) -> String {
        let footing = ProgramFooting.scenario(scenario, dataset: dataset)
        switch format {
        case .json:
            return json(ShowDocument(file: path, scenario: scenario, derived: Derived(scenario, footing: footing)))
        case .text, .md:
            let md = format == .md
            var lines: [String] = []
            lines.append(md ? "# \(scenario.name)" : scenario.name)
            lines.append(md ? "" : String(repeating: "=", count: scenario.name.count))
            lines.append("File: \(path)")
            lines.append("Recipient: \(dataset.areaName(scenario.recipient))\(scenario.startYear.map { ", from FY\($0)" } ?? ", no start year")")
            lines.append("Annual budget: \(money(scenario.annualBudgetUSDMillions)) (\(scenario.budgetSources.isEmpty ? "user's choice" : dataset.citations(scenario.budgetSources).joined(separator: "; ")); \(scenario.budgetBasis))")
            lines.append("Duration: \(scenario.durationYears) year\(scenario.durationYears == 1 ? "" : "s"); total \(money(scenario.totalUSDMillions))")
            lines.append("Split: \(scenario.allocationBasis)")
            lines.append("")
            let rows = Pillar.allCases.map { [$0.label, Scenario.percentText(scenario.allocation[$0]) + "%", money(scenario.annualUSDMillions($0)), $0.isMilitaryPolice ? "military/police" : "institutions/society"] }
                + [["Sum", Scenario.percentText(scenario.allocation.sum) + "%", money(scenario.annualBudgetUSDMillions), ""]]
            lines += table(["Pillar", "Share", "$/yr", "Group"], rows, markdown: md, rightAligned: [1, 2])
            lines.append("")
            lines.append("Military/police share: \(percent(scenario.militaryPoliceShare))")
            lines.append("Per resident per year: \(describe(footing.perResidentPerYear, dataset: dataset) { dollars($0) })")
            lines.append("Money: \(ProgramFooting.constantDollarsNote)")
            lines.append("")
            lines.append(md ? "**Notes.** \(scenario.notes)" : "Notes: \(scenario.notes)")
            return lines.joined(separator: "\n")
        }
    }

    // MARK: compare

    public static func compare(_ scenario: Scenario, path: String, dataset: Dataset, format: Format) -> String {
        let footings = footings(scenario, dataset: dataset)
        let checklist = LessonChecklist.evaluate(scenario, lessons: dataset.lessons)
        switch format {
        case .json:
            return json(CompareDocument(
                file: path, note: ProgramFooting.constantDollarsNote,
                programs: footings.map(FootingDocument.init),
                checklist: checklist.map { ChecklistDocument(lesson: $0.lesson, title: $0.title, status: $0.status.rawValue, reason: $0.reason, rule: $0.rule) }
            ))
        case .text, .md:
            let md = format == .md
            var lines: [String] = []
            lines.append(md ? "# \(scenario.name) and the historical programs" : "\(scenario.name) and the historical programs")
            lines.append("")
            lines.append("File: \(path). Money: \(ProgramFooting.constantDollarsNote). A gap is written n/a, never 0.")
            lines.append("")
            let rows = footings.map { footing -> [String] in
                [footing.isScenario ? "Scenario" : footing.label,
                 footing.window.map(ProgramFooting.fiscalYears) ?? footing.years.map(FigureText.years) ?? FigureText.missing,
                 short(footing.total) { money($0) },
                 short(footing.perYear) { money($0) },
                 short(footing.perResidentPerYear) { dollars($0) },
                 short(footing.populationShare) { percent($0, decimals: 1) },
                 short(footing.militaryPoliceShare) { percent($0) },
                 rate(footing.homicide.count == 1 ? footing.homicide.first?.start : nil),
                 rate(footing.homicide.count == 1 ? footing.homicide.first?.end : nil),
                 short(footing.homicidePercentChange) { signed($0) }]
            }
            lines += table(["Program", "Fiscal years", "Total", "Per year", "Per resident/yr", "Share of LAC pop.", "Military/police", "Rate start", "Rate end", "Rate change"],
                           rows, markdown: md, rightAligned: Array(2...9))
            lines.append("")
            lines.append(md ? "## Basis of each figure" : "Basis of each figure")
            for footing in footings {
                lines.append(md ? "" : "")
                lines.append(md ? "**\(footing.isScenario ? "Scenario" : footing.label)**" : "\(footing.isScenario ? "Scenario" : footing.label):")
                for (name, figure) in [("total", footing.total), ("per resident/yr", footing.perResidentPerYear), ("share of LAC population", footing.populationShare),
                                       ("military/police", footing.militaryPoliceShare), ("homicide change", footing.homicidePercentChange)] {
                    lines.append("- \(name): \(basisText(figure, dataset: dataset))")
                }
                for span in footing.indicators where !footing.isScenario {
                    lines.append("- \(span.label): \(indicatorText(span, dataset: dataset))")
                }
            }
            lines.append("")
            lines.append(md ? "## Lessons checklist" : "Lessons checklist")
            lines.append("")
            lines += table(["Lesson", "Status", "Why", "Rule (Vigía's)"], checklist.map { [$0.title, $0.status.label, $0.reason, $0.rule] }, markdown: md, rightAligned: [])
            return lines.joined(separator: "\n")
        }
    }

    // MARK: Formatting

    // One rounding with the screens: every figure goes through `FigureText`, never `%.1f`
    // (which rounds ties to even on the binary value, so $193.25m read $193.2m here and
    // $193.3m on the scenario screen).

    static func money(_ millions: Double) -> String { FigureText.money(millions) }
    static func dollars(_ value: Double) -> String { "$" + FigureText.fixed(value, decimals: 2) }
    static func percent(_ share: Double, decimals: Int = 0) -> String { FigureText.fixed(share * 100, decimals: decimals) + "%" }
    static func signed(_ value: Double) -> String { FigureText.signedPercent(value) }

    static func rate(_ point: ProgramBaseline.Point?) -> String {
        guard let point, let rate = point.rate else { return FigureText.missing }
        return FigureText.fixed(rate, decimals: 2) + " (\(point.year))"
    }

    static func hedge(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .exact: return ""
        case .approximate: return "~"
        case .lowerBound: return ">="
        case .upperBound: return "<="
        }
    }

    static func short(_ figure: BasedFigure, _ format: (Double) -> String) -> String {
        guard let value = figure.value.value else { return FigureText.missing }
        return hedge(figure.qualifier) + format(value)
    }

    static func describe(_ figure: BasedFigure, dataset: Dataset, _ format: (Double) -> String) -> String {
        short(figure, format) + " (" + basisText(figure, dataset: dataset) + ")"
    }

    /// The basis of a figure with its sources cited in words: these reports are read by people,
    /// and source ids belong to the JSON format.
    static func basisText(_ figure: BasedFigure, dataset: Dataset) -> String {
        if let gap = figure.value.gap { return "n/a: " + gap.missing.joined(separator: "; ") }
        return figure.basis + dataset.sourceBracket(figure.sources)
    }

    static func indicatorText(_ span: IndicatorSpan, dataset: Dataset) -> String {
        guard !span.isGap else { return "n/a: no sourced point in the program's years" }
        func points(_ outcomes: [Program.Outcome]) -> String {
            outcomes.map { "\($0.qualifier.symbol)\(number($0.value)) in \($0.year) [\(dataset.citation($0.source))]" }.joined(separator: " / ")
        }
        return span.last.isEmpty ? points(span.first) : points(span.first) + " -> " + points(span.last)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : FigureText.fixed(value, decimals: 2)
    }

    /// Rows aligned in columns (text), or a Markdown table with `|` in cells escaped.
    static func table(_ header: [String], _ rows: [[String]], markdown: Bool, rightAligned: [Int]) -> [String] {
        if markdown {
            func line(_ cells: [String]) -> String { "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |" }
            return [line(header), "|" + header.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined()] + rows.map(line)
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return rightAligned.contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line)
    }

    // MARK: JSON

    struct FigureDocument: Encodable {
        // null, not absent, so a consumer cannot mistake a gap for a missing key.
        @ExplicitNull var value: Double?
        @ExplicitNull var gap: [String]?
        var qualifier: String
        var basis: String
        var sources: [String]

        init(_ figure: BasedFigure) {
            value = figure.value.value
            gap = figure.value.gap?.missing
            qualifier = figure.qualifier.rawValue
            basis = figure.basis
            sources = figure.sources
        }
    }

    struct PointDocument: Encodable {
        var country: String
        @ExplicitNull var start: ProgramBaselinePoint?
        @ExplicitNull var end: ProgramBaselinePoint?
        @ExplicitNull var endPlusFive: ProgramBaselinePoint?

        enum CodingKeys: String, CodingKey { case country, start, end, endPlusFive = "end_plus_five" }
    }

    struct ProgramBaselinePoint: Encodable {
        var year: Int
        @ExplicitNull var rate: Double?
        @ExplicitNull var source: String?
    }

    struct IndicatorDocument: Encodable {
        var label: String
        var first: [Program.Outcome]
        var last: [Program.Outcome]
    }

    struct FootingDocument: Encodable {
        var id: String
        var label: String
        var scenario: Bool
        var recipients: [String]
        var fiscalYears: [Int]?
        var total, perYear, perResidentPerYear, recipientPopulation, populationShareOfLAC, militaryPoliceShare, homicideChange, homicidePercentChange: FigureDocument
        var homicideRate: [PointDocument]
        var indicators: [IndicatorDocument]

        enum CodingKeys: String, CodingKey {
            case id, label, scenario, recipients, total, indicators
            case fiscalYears = "fiscal_years", perYear = "per_year", perResidentPerYear = "per_resident_per_year"
            case recipientPopulation = "recipient_population", populationShareOfLAC = "population_share_of_lac"
            case militaryPoliceShare = "military_police_share", homicideChange = "homicide_rate_change"
            case homicidePercentChange = "homicide_rate_percent_change", homicideRate = "homicide_rate"
        }

        init(_ footing: ProgramFooting) {
            id = footing.id
            label = footing.label
            scenario = footing.isScenario
            recipients = footing.recipients
            fiscalYears = footing.window.map { [$0.lowerBound, $0.upperBound] }
            total = FigureDocument(footing.total)
            perYear = FigureDocument(footing.perYear)
            perResidentPerYear = FigureDocument(footing.perResidentPerYear)
            recipientPopulation = FigureDocument(footing.recipientPopulation)
            populationShareOfLAC = FigureDocument(footing.populationShare)
            militaryPoliceShare = FigureDocument(footing.militaryPoliceShare)
            homicideChange = FigureDocument(footing.homicideChange)
            homicidePercentChange = FigureDocument(footing.homicidePercentChange)
            func point(_ point: ProgramBaseline.Point?) -> ProgramBaselinePoint? {
                point.map { ProgramBaselinePoint(year: $0.year, rate: $0.rate, source: $0.source) }
            }
            homicideRate = footing.homicide.map { PointDocument(country: $0.country, start: point($0.start), end: point($0.end), endPlusFive: point($0.endPlusFive)) }
            indicators = footing.indicators.map { IndicatorDocument(label: $0.label, first: $0.first, last: $0.last) }
        }
    }

    struct ChecklistDocument: Encodable {
        var lesson, title, status, reason, rule: String
    }

    struct CompareDocument: Encodable {
        var file: String
        var note: String
        var programs: [FootingDocument]
        var checklist: [ChecklistDocument]
    }

    struct Derived: Encodable {
        var totalUSDMillions: Double
        var sharesSum: Double
        var militaryPoliceShare: Double
        var perResidentPerYear: FigureDocument
        var pillarsUSDMillionsPerYear: [String: Double]
        var note: String

        init(_ scenario: Scenario, footing: ProgramFooting) {
            totalUSDMillions = scenario.totalUSDMillions
            sharesSum = scenario.allocation.sum
            militaryPoliceShare = scenario.militaryPoliceShare
            perResidentPerYear = FigureDocument(footing.perResidentPerYear)
            pillarsUSDMillionsPerYear = Dictionary(uniqueKeysWithValues: Pillar.allCases.map { ($0.rawValue, scenario.annualUSDMillions($0)) })
            note = ProgramFooting.constantDollarsNote
        }

        enum CodingKeys: String, CodingKey {
            case note
            case totalUSDMillions = "total_usd_millions", sharesSum = "shares_sum", militaryPoliceShare = "military_police_share"
            case perResidentPerYear = "per_resident_per_year", pillarsUSDMillionsPerYear = "pillars_usd_millions_per_year"
        }
    }

    struct ShowDocument: Encodable {
        var file: String
        var scenario: Scenario
        var derived: Derived
    }

    /// Pretty, key-sorted JSON: the same input always gives the same bytes.
    public static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
