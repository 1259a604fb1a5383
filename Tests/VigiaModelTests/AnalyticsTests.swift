import Foundation
import Testing
@testable import VigiaModel

/// Analytics on the valid fixture, whose numbers are small enough to check by hand.
private func fixtureDataset() throws -> Dataset {
    try DatasetLoader.load(from: FixtureFolder.valid, displayPath: "F")
}

@Test func changeOverOneAndNYears() throws {
    let rates = try fixtureDataset().series("AAA", .ratePer100k)
    // 2021 → 2022: 20 → 40, +20, +100 %, ×2.
    let oneYear = try #require(rates.change(to: 2022, overYears: 1).value)
    #expect(oneYear.absolute == 20)
    #expect(oneYear.percent == 100)
    #expect(oneYear.ratio == 2)
    // 2018 → 2022: 5 → 40, ×8.
    let fourYears = try #require(rates.change(to: 2022, overYears: 4).value)
    #expect(fourYears.ratio == 8)
    #expect(fourYears.percent == 700)
}

@Test func changeAcrossAGapIsAGap() throws {
    let rates = try fixtureDataset().series("AAA", .ratePer100k)
    // 2020 is unsourced: 2020 → 2021 cannot be computed and must not be filled.
    #expect(rates.change(to: 2021, overYears: 1).gap == Gap(["no AAA rate per 100k for 2020"]))
    #expect(rates.change(to: 2023, overYears: 3).gap == Gap(["no AAA rate per 100k for 2020", "no AAA rate per 100k for 2023"]))
    #expect(rates.values(in: 2019...2021) == [10, nil, 20])
    #expect(rates.gaps(in: 2018...2022) == [2020])
}

@Test func compoundAnnualGrowth() throws {
    let rates = try fixtureDataset().series("AAA", .ratePer100k)
    // 5 → 40 over 3 years (2019 → 2022 is 10 → 40): (40/10)^(1/3) − 1 = 58.74 %.
    let growth = try #require(rates.compoundAnnualGrowth(from: 2019, to: 2022).value)
    #expect(abs(growth - 58.740105) < 0.0001)
    // Only the endpoints matter, so the 2020 gap inside the period does not block it; an endpoint gap does.
    #expect(rates.compoundAnnualGrowth(from: 2020, to: 2022).gap != nil)
}

@Test func rankingSharesTiesAndListsGaps() throws {
    let ranking = Ranking(try fixtureDataset(), measure: .ratePer100k, year: 2022)
    #expect(ranking.entries.map(\.country) == ["AAA", "BBB", "CCC"])
    #expect(ranking.entries.map(\.rank) == [1, 1, 3])
    let counts = Ranking(try fixtureDataset(), measure: .count, year: 2022)
    #expect(counts.entries.map(\.country) == ["AAA"])
    #expect(counts.entries.first?.value == 8000)
    #expect(counts.unranked == ["BBB", "CCC"])
}

@Test func defaultsComeFirstAndAlternativesAreKept() throws {
    let counts = try fixtureDataset().series("AAA", .count)
    #expect(counts.value(in: 2022) == 8000)
    #expect(counts.record(in: 2022)?.source == "SRC_B")
    #expect(counts.alternatives(in: 2022).map(\.value) == [7800])
}

@Test func regionalShareOfHomicidesAndPopulation() throws {
    let share = try #require(RegionalShare.compute(try fixtureDataset(), year: 2022).value)
    // Population 600 of 8000 = 7.5 %; homicides (20 × 600) / (5 × 8000) = 30 %.
    #expect(share.populationShare == 0.075)
    #expect(share.homicideShare == 0.3)
    #expect(share.sources == ["SRC_A"])
    #expect(RegionalShare.compute(try fixtureDataset(), year: 2021).gap?.missing.count == 4)
}

@Test func beforeAndAfterADecreeAnnually() throws {
    let dataset = try fixtureDataset()
    let decree = try #require(dataset.decree("D1"))
    let result = BeforeAfter.annual(dataset.series("AAA", .ratePer100k), around: try #require(decree.start), years: 2)
    // 2020–2021 before (2020 missing), 2022 during, 2023–2024 after (both missing).
    #expect(result.before.missing == ["2020"])
    #expect(result.before.values == [20])
    #expect(result.before.mean == nil)
    #expect(result.during.values == [40])
    #expect(result.after.missing == ["2023", "2024"])
    #expect(result.percentChange == nil)
}

@Test func beforeAndAfterADecreeMonthly() throws {
    let dataset = try fixtureDataset()
    let monthly = dataset.monthly("AAA")
    // Decree D1 on 2022-03-09: Jan+Feb before (100, 120), March during (500), April after (90).
    let result = BeforeAfter.monthly(monthly, around: PartialDate(year: 2022, month: 3, day: 9), months: 2)
    #expect(result.before.values == [100, 120])
    #expect(result.before.total == 220)
    #expect(result.during.values == [500])
    #expect(result.after.values == [90])
    #expect(result.after.missing == ["2022-05"])
    #expect(result.percentChange == nil)
    let oneMonth = BeforeAfter.monthly(monthly, around: PartialDate(year: 2022, month: 3, day: 9), months: 1)
    // 120 before, 90 after: −25 %.
    #expect(oneMonth.percentChange == -25)
}

@Test func fundingSeriesAddOnlyLikeWithLike() throws {
    let dataset = try fixtureDataset()
    let series = FundingSeries.series(of: dataset.funding(of: "plan_a"))
    // The cumulative checkpoint is not an annual flow; two categories stay separate.
    #expect(series.count == 2)
    let military = try #require(series.first { $0.category == "military_police" })
    #expect(military.total == 150)
    #expect(military.fiscalYears == [2020, 2022])
    #expect(military.gaps == [2021])
    #expect(military.meanPerYear == 75)
    // 100 M$ / 10 M people = $10; 50 M$ / 20 M people = $2.5; mean $6.25 per resident per year.
    #expect(military.dollarsPerResidentPerYear(in: dataset, country: "AAA").value == 6.25)
    #expect(military.dollarsPerResidentPerYear(in: dataset, country: "BBB").gap?.missing.count == 2)
}

@Test func programBaselineAtStartEndAndFiveYearsOn() throws {
    let dataset = try fixtureDataset()
    let program = try #require(dataset.program("plan_a"))
    let baseline = try #require(ProgramBaseline.compute(dataset, program: program).first)
    #expect(baseline.start?.year == 2019)
    #expect(baseline.start?.rate == 10)
    #expect(baseline.end?.rate == 20)
    #expect(baseline.endPlusFive?.year == 2026)
    #expect(baseline.endPlusFive?.rate == nil)
}

@Test func partialDatesOrderAndCount() {
    #expect(PartialDate("2024-02-29") != nil)
    #expect(PartialDate("2023-02-29") == nil)
    #expect(PartialDate("2024-13") == nil)
    #expect(PartialDate("24-01-01") == nil)
    #expect(PartialDate("2024-01-08")!.dayNumber == 19_730)
    #expect(PartialDate(dayNumber: 19_730).description == "2024-01-08")
    #expect(PartialDate("2024")!.lastDayNumber - PartialDate("2024")!.dayNumber == 365)
    #expect(PartialDate("2024-01")! < PartialDate("2024-01-02")!)
}
