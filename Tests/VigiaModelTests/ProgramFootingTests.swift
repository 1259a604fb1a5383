import Foundation
import Testing
@testable import VigiaModel

/// Programs on the same footing, checked on small in-memory data whose answers are worked out
/// by hand in the comments.
@Suite struct ProgramFootingTests {
    static func funding(_ program: String, _ year: Int, from: Int? = nil, group: FundingRecord.Group = .total, _ amount: Double,
                        category: String = "total", basis: FundingBasis = .appropriated, qualifier: Qualifier = .exact, source: String = "SRC_A") -> FundingRecord {
        FundingRecord(program: program, fiscalYear: year, fromFiscalYear: from, span: from == nil ? .annual : .cumulative, category: category,
                      group: group, usdMillions: amount, dollars: .current, basis: basis, qualifier: qualifier, note: nil, source: source)
    }

    static func population(_ area: String, _ year: Int, _ persons: Int) -> PopulationRecord {
        PopulationRecord(area: area, year: year, persons: persons, basis: .estimate, source: "POP")
    }

    static func rate(_ area: String, _ year: Int, _ value: Double) -> HomicideRecord {
        HomicideRecord(area: area, year: year, measure: .ratePer100k, value: value, source: "HOM", isDefault: true, whyDefault: nil, note: nil)
    }

    static func program(_ id: String, recipients: [String] = ["AAA"], start: Int? = 2020, end: Int? = 2022, outcomes: [Program.Outcome] = []) -> Program {
        Program(id: id, name: id, shortName: id, recipients: recipients, startYear: start, endYear: end, status: .historical,
                totalUSDMillions: nil, totalBasis: nil, summary: "", sources: ["SRC_A"], criticisms: [], outcomes: outcomes)
    }

    static func dataset(programs: [Program], funding: [FundingRecord], population: [PopulationRecord], homicides: [HomicideRecord] = [],
                        lessons: [Lesson] = []) -> Dataset {
        Dataset(sources: [], countries: [], regions: [], population: population, homicides: homicides, regionalHomicides: [], monthlyHomicides: [],
                decrees: [], events: [], programs: programs, programFunding: funding, usAid: [], lessons: lessons, claims: [])
    }

    /// AAA: 10 M people in 2020, 2021 and 2022; the region 100 M in 2020.
    static let populations = [population("AAA", 2020, 10_000_000), population("AAA", 2021, 10_000_000), population("AAA", 2022, 10_000_000),
                              population("LAC", 2020, 100_000_000)]

    @Test func perCapitaPerYearAndSharesFromACheckpoint() throws {
        let funding = [
            Self.funding("p", 2022, from: 2020, 300, category: "cum_total"),
            Self.funding("p", 2022, from: 2020, group: .militaryPolice, 150, category: "cum_military"),
            // A wider window from another source must not be mixed into the share.
            Self.funding("p", 2022, from: 2020, group: .militaryPolice, 250, category: "cum_military_b", source: "SRC_B"),
        ]
        let data = Self.dataset(programs: [Self.program("p")], funding: funding, population: Self.populations,
                                homicides: [Self.rate("AAA", 2020, 20), Self.rate("AAA", 2022, 10)])
        let footing = ProgramFooting.compute(data, program: try #require(data.program("p")))
        #expect(footing.window == 2020...2022)
        // $300m over FY2020–FY2022.
        #expect(footing.total.value == .value(300))
        #expect(footing.total.sources == ["SRC_A"])
        #expect(footing.total.basis.contains("appropriated"))
        // $300m / 3 years = $100m a year.
        #expect(footing.perYear.value == .value(100))
        // $300m / (3 × 10 M person-years) = $10 per resident per year.
        #expect(footing.perResidentPerYear.value == .value(10))
        #expect(footing.perResidentPerYear.sources == ["SRC_A", "POP"])
        // 10 M of 100 M = 10 %.
        #expect(footing.populationShare.value == .value(0.1))
        // 150 / 300 within SRC_A, appropriated, FY2020–FY2022.
        #expect(footing.militaryPoliceShare.value == .value(0.5))
        #expect(footing.militaryPoliceShare.sources == ["SRC_A"])
        // 20 → 10 per 100k: −10 points, −50 %.
        #expect(footing.homicideChange.value == .value(-10))
        #expect(footing.homicidePercentChange.value == .value(-50))
    }

    @Test func annualSeriesAreSummedOnlyWithinOneSourceAndBasis() throws {
        let funding = [
            Self.funding("p", 2020, 40), Self.funding("p", 2021, 60), Self.funding("p", 2022, 100),
            // Obligations of the same years: a later stage of the same money, never added.
            Self.funding("p", 2020, 1000, basis: .obligated), Self.funding("p", 2021, 1000, basis: .obligated), Self.funding("p", 2022, 1000, basis: .obligated),
            Self.funding("p", 2020, group: .militaryPolice, 10, category: "mil"), Self.funding("p", 2021, group: .militaryPolice, 30, category: "mil"),
        ]
        let data = Self.dataset(programs: [Self.program("p")], funding: funding, population: Self.populations)
        let footing = ProgramFooting.compute(data, program: try #require(data.program("p")))
        // 40 + 60 + 100, appropriated (the earliest stage).
        #expect(footing.total.value == .value(200))
        #expect(footing.total.basis.hasPrefix("appropriated"))
        // (10 + 30) / (40 + 60) = 40 %, over the two years that have both lines.
        #expect(footing.militaryPoliceShare.value == .value(0.4))
        #expect(footing.militaryPoliceShare.basis.contains("2 FYs 2020–2021"))
    }

    @Test func gapsPropagateAsGaps() throws {
        // FY2021 has no value; AAA has no population for 2021; the end year has no rate.
        let funding = [Self.funding("p", 2020, 40), Self.funding("p", 2022, 100)]
        let population = Self.populations.filter { $0.year != 2021 }
        let data = Self.dataset(programs: [Self.program("p")], funding: funding, population: population, homicides: [Self.rate("AAA", 2020, 20)])
        let footing = ProgramFooting.compute(data, program: try #require(data.program("p")))
        #expect(footing.total.value.gap == Gap(["no FY2021 value in Total"]))
        #expect(footing.perYear.value.gap == Gap(["no FY2021 value in Total"]))
        #expect(footing.perResidentPerYear.value.gap != nil, "a gap in the money stays a gap per resident")
        #expect(footing.militaryPoliceShare.value.gap != nil)
        #expect(footing.homicideChange.value.gap == Gap(["no AAA rate for 2022"]))
        #expect(footing.homicidePercentChange.value.gap == Gap(["no AAA rate for 2022"]))
        #expect(footing.indicators.allSatisfy { $0.isGap })

        // With whole money but a missing population year, only the per-resident figure is a gap.
        let whole = Self.dataset(programs: [Self.program("p")], funding: [Self.funding("p", 2022, from: 2020, 300)], population: population)
        let second = ProgramFooting.compute(whole, program: try #require(whole.program("p")))
        #expect(second.total.value == .value(300))
        #expect(second.perResidentPerYear.value.gap == Gap(["no AAA population for 2021"]))
    }

    @Test func aCheckpointWithoutASourcedEndYearIsNotSpreadOverOneYear() throws {
        // A five-year plan recorded as FY2024–FY2024 (no sourced end year) has no window.
        let data = Self.dataset(programs: [Self.program("plan", start: 2024, end: nil)],
                                funding: [Self.funding("plan", 2024, from: 2024, 93.4, basis: .planned)], population: Self.populations)
        let footing = ProgramFooting.compute(data, program: try #require(data.program("plan")))
        #expect(footing.total.value.gap != nil)
        #expect(footing.perYear.value.gap != nil)
    }

    @Test func indicatorsKeepConflictingPointsAndTheirYears() throws {
        func outcome(_ indicator: String, _ year: Int, _ value: Double, _ source: String) -> Program.Outcome {
            Program.Outcome(indicator: indicator, year: year, value: value, qualifier: .exact, unit: "", note: nil, source: source)
        }
        let outcomes = [outcome("extraditions_to_us", 2019, 1, "S0"), outcome("extraditions_to_us", 2020, 85, "S1"), outcome("extraditions_to_us", 2020, 95, "S2"),
                        outcome("extraditions_to_us", 2027, 107, "S3"), outcome("extraditions_to_us", 2028, 9, "S4"), outcome("kidnappings", 2021, 5, "S5")]
        let data = Self.dataset(programs: [Self.program("p", outcomes: outcomes)], funding: [], population: Self.populations)
        let footing = ProgramFooting.compute(data, program: try #require(data.program("p")))
        let extraditions = try #require(footing.indicators.first { $0.label == "Extraditions" })
        // Before the start (2019) and after end + 5 (2028) are out of the window.
        #expect(extraditions.first.map(\.value) == [85, 95])
        #expect(extraditions.last.map(\.value) == [107])
        let kidnappings = try #require(footing.indicators.first { $0.label == "Kidnappings" })
        #expect(kidnappings.first.map(\.value) == [5])
        #expect(kidnappings.last.isEmpty)
        #expect(footing.indicators.first { $0.label.hasPrefix("Coca") }?.isGap == true)
    }

    @Test func aScenarioOnTheSameFooting() {
        var allocation = Allocation.equal
        for pillar in Pillar.allCases { allocation[pillar] = 0 }
        allocation[.policeReform] = 30
        allocation[.militarySupport] = 10
        allocation[.courts] = 60
        let scenario = Scenario(name: "S", recipient: "AAA", startYear: 2021, annualBudgetUSDMillions: 20, budgetBasis: "user's choice",
                                budgetSources: [], durationYears: 5, allocation: allocation, allocationBasis: "user's choice", notes: "")
        let data = Self.dataset(programs: [], funding: [], population: Self.populations, homicides: [Self.rate("AAA", 2022, 12)])
        let footing = ProgramFooting.scenario(scenario, dataset: data)
        // $20m × 5 years.
        #expect(footing.total.value == .value(100))
        #expect(footing.window == 2021...2025)
        // $20m / 10 M people (2021's population) = $2 per resident per year.
        #expect(footing.perResidentPerYear.value == .value(2))
        // Police reform 30 % + military support 10 %.
        #expect(footing.militaryPoliceShare.value == .value(0.4))
        #expect(footing.total.basis.contains("user's choice"))
        // No outcomes yet: gaps, never zeros.
        #expect(footing.homicideChange.value.gap == Gap(["a scenario has no outcomes"]))
        #expect(footing.homicide.first?.start?.rate == 12)
        #expect(scenario.annualUSDMillions(.courts) == 12)
    }

    @Test func bundledAnalogsCompareOnTheSameFooting() throws {
        let data = try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
        let colombia = ProgramFooting.compute(data, program: try #require(data.program("plan_colombia")))
        #expect(colombia.window == 2000...2016)
        #expect(colombia.total.value == .value(10_000))
        #expect(colombia.total.qualifier == .lowerBound)
        #expect(colombia.total.sources == ["PRG-S09"])
        // Just the Facts: $6.8bn of $9.4bn to military and police, FY2000–FY2013.
        let share = try #require(colombia.militaryPoliceShare.value.value)
        #expect(abs(share - 6800.0 / 9400.0) < 1e-12)
        let carsi = ProgramFooting.compute(data, program: try #require(data.program("carsi")))
        #expect(carsi.total.value == .value(495))
        #expect(carsi.homicideChange.value.gap != nil, "seven recipients have no single start-to-end change")
    }
}

@Suite struct LessonMatrixTests {
    static func finding(_ verdict: Lesson.Finding.Verdict, _ strength: Lesson.Finding.Strength, _ programs: [String], _ sources: [String] = ["S1"]) -> Lesson.Finding {
        Lesson.Finding(text: "t", verdict: verdict, strength: strength, programs: programs, sources: sources)
    }

    @Test func cellsAreTheTaggedFindingsAndEmptyCellsAreGaps() throws {
        let lesson = Lesson(id: "kingpin_targeting", title: "Kingpins", opEdClaim: "c", findings: [
            Self.finding(.weaklySupported, .opinion, ["merida"], ["S1"]),
            Self.finding(.supported, .peerReviewed, ["merida"], ["S2", "S1"]),
            Self.finding(.notFound, .descriptive, ["plan_colombia"], []),
            Self.finding(.descriptive, .journalistic, []),
        ])
        let data = ProgramFootingTests.dataset(programs: [ProgramFootingTests.program("merida"), ProgramFootingTests.program("plan_colombia"),
                                                          ProgramFootingTests.program("carsi")],
                                               funding: [], population: [], lessons: [lesson])
        let matrix = LessonMatrix(data)
        // Columns without any program in the data are dropped.
        #expect(matrix.columns.map(\.id) == ["plan_colombia", "merida", "carsi"])
        let merida = try #require(matrix.cell(lesson: "kingpin_targeting", column: "merida"))
        #expect(merida.findings.count == 2)
        #expect(merida.headline?.strength == .peerReviewed, "the strongest evidence heads the cell")
        #expect(merida.summary == "supported · peer-reviewed")
        #expect(merida.sources == ["S1", "S2"])
        let carsi = try #require(matrix.cell(lesson: "kingpin_targeting", column: "carsi"))
        #expect(carsi.isGap)
        #expect(carsi.summary == "no evidence in the data")
        #expect(matrix.untagged(lesson).count == 1)
    }

    @Test func theChecklistFollowsTheAllocation() {
        let lessons = ["kingpin_targeting", "private_sector_security_taxes", "bureaucratic_fragmentation", "partisan_discontinuity", "human_rights_militarisation", "other"]
            .map { Lesson(id: $0, title: $0, opEdClaim: "", findings: [Self.finding(.supported, .journalistic, [])]) }
        var allocation = Allocation.equal
        for pillar in Pillar.allCases { allocation[pillar] = 0 }
        allocation[.militarySupport] = 90
        allocation[.policeReform] = 5
        allocation[.financialIntelligence] = 5
        var scenario = Scenario(name: "S", recipient: "ECU", startYear: nil, annualBudgetUSDMillions: 10, budgetBasis: "user's choice", budgetSources: [],
                                durationYears: 2, allocation: allocation, allocationBasis: "x", notes: "")
        var statuses = LessonChecklist.evaluate(scenario, lessons: lessons).map(\.status)
        #expect(statuses == [.partly, .ignores, .partly, .ignores, .ignores, .unassessed])
        scenario.allocation = .equal
        scenario.durationYears = 5
        statuses = LessonChecklist.evaluate(scenario, lessons: lessons).map(\.status)
        #expect(statuses == [.addresses, .addresses, .addresses, .addresses, .addresses, .unassessed])
    }

    @Test func aLessonWithNoEvidenceIsNeverAddressed() {
        // Only an op-ed and a description: nothing supports or tests the lesson.
        let unsupported = Lesson(id: "partisan_discontinuity", title: "Continuity", opEdClaim: "", findings: [
            Self.finding(.weaklySupported, .opinion, ["merida"]),
            Self.finding(.descriptive, .journalistic, ["merida"]),
            Self.finding(.notFound, .descriptive, ["merida"]),
        ])
        var supported = unsupported
        supported.findings.append(Self.finding(.supported, .officialReport, ["merida"]))
        let scenario = Scenario(name: "S", recipient: "ECU", startYear: nil, annualBudgetUSDMillions: 10, budgetBasis: "user's choice", budgetSources: [],
                                durationYears: 5, allocation: .equal, allocationBasis: "x", notes: "")
        let items = LessonChecklist.evaluate(scenario, lessons: [unsupported, supported])
        #expect(items.map(\.status) == [.noEvidence, .addresses])
        #expect(items[0].status.label == "no evidence to judge")
        #expect(!LessonChecklist.hasEvidence(unsupported))
    }
}
