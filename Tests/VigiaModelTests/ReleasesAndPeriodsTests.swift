import Foundation
import Testing
@testable import VigiaModel

/// Revised releases are kept side by side with the latest in the series, and part-year figures
/// stay out of the annual series.
@Suite struct ReleasesAndPeriodsTests {
    let dataset: Dataset

    init() throws {
        dataset = try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
    }

    @Test func ecuador2025IsTheRecordYear() throws {
        let count = try #require(dataset.series("ECU", .count).record(in: 2025))
        #expect(count.value == 9216)
        let rate = try #require(dataset.series("ECU", .ratePer100k).record(in: 2025))
        #expect(rate.value == 51)
        #expect(dataset.series("ECU", .ratePer100k).alternatives(in: 2025).map(\.value) == [50.9])
        #expect(dataset.source(count.source)?.publisher.contains("Ministerio del Interior") == true)
    }

    @Test func aRevisedMonthKeepsBothReleasesAndTheSeriesUsesTheLatest() throws {
        let january2025 = try #require(YearMonth("2025-01"))
        let releases = dataset.releases("ECU", january2025)
        #expect(releases.map(\.count) == [800, 796])
        #expect(dataset.monthly("ECU").first { $0.month == january2025 }?.count == 800)

        let january2026 = try #require(YearMonth("2026-01"))
        #expect(dataset.releases("ECU", january2026).map(\.count) == [747, 732])
        #expect(dataset.monthly("ECU").filter { $0.month == january2026 }.map(\.count) == [747])
    }

    @Test func thePartialMarch2026IsNotAMonth() throws {
        let months = dataset.monthly("ECU").map(\.month.description)
        #expect(months.last == "2026-02")
        #expect(!months.contains("2025-12"))
    }

    @Test func mexicosHalfYearStaysOutOfTheAnnualSeries() throws {
        #expect(dataset.series("MEX", .count).record(in: 2025) == nil)
        #expect(dataset.series("MEX", .ratePer100k).record(in: 2025) == nil)
        let halfYear = dataset.partYearFigures("MEX")
        #expect(halfYear.map(\.value).sorted() == [11.1, 14488])
        #expect(halfYear.allSatisfy { $0.period == .firstHalf && $0.year == 2025 })
        #expect(HomicidePeriod.firstHalf.label(2025) == "Jan–Jun 2025 (half year)")
        #expect(!Ranking(dataset, measure: .count, year: 2025).entries.contains { $0.country == "MEX" })
    }

    @Test func theAmericasAreNotLatinAmerica() throws {
        let americas = try #require(dataset.region("AMR"))
        #expect(americas.name.contains("United States and Canada"))
        #expect(dataset.series("AMR", .count).value(in: 2021) == 154_000)
        #expect(dataset.series("WLD", .count).value(in: 2021) == 458_000)
        #expect(dataset.series("LAC", .count).value(in: 2021) == nil)
    }

    @Test func aDefinitivePreliminaryPairFromOneSourceIsToldApartByRelease() throws {
        let cell = dataset.series("MEX", .count).recordsByYear[2024] ?? []
        #expect(cell.count == 2)
        #expect(cell.first?.value == 33550)
        #expect(Set(cell.map(\.source)) == ["MX_INEGI"])
        #expect(cell.compactMap(\.release).count == 2)
    }
}

/// The validator's rules for releases and part-year figures, each on a fixture it breaks.
@Suite struct ReleaseRuleTests {
    private static let lastMonth = #"{"country": "AAA", "month": "2022-06", "count": 80, "source": "SRC_B", "note": null}"#

    /// Adds `records` after the last month of the fixture.
    private func addMonths(_ records: [String], to folder: FixtureFolder) throws {
        try folder.replace(Self.lastMonth, with: ([Self.lastMonth] + records).joined(separator: ",\n    "), in: "homicides_monthly.json")
    }

    private func month(count: Int, release: String?) -> String {
        let release = release.map { #", "release": "\#($0)""# } ?? ""
        return #"{"country": "AAA", "month": "2022-05", "count": \#(count), "source": "SRC_B", "note": null\#(release)}"#
    }

    @Test func aSecondCountForAMonthWithoutReleasesIsADuplicate() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        try addMonths([month(count: 10, release: nil), month(count: 12, release: nil)], to: folder)
        let issues = folder.issues()
        #expect(issues.count == 1)
        #expect(issues.first?.message.contains("AAA | 2022-05") == true)
        #expect(issues.first?.message.contains("duplicate") == true)
    }

    @Test func twoReleasesOfOneMonthAreKeptAndTheLatestIsTheSeries() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        try addMonths([month(count: 12, release: "2022-09"), month(count: 10, release: "2022-06")], to: folder)
        let dataset = try DatasetLoader.load(from: folder.url, displayPath: "F")
        let may = try #require(YearMonth("2022-05"))
        #expect(dataset.monthly("AAA").first { $0.month == may }?.count == 12)
        #expect(dataset.releases("AAA", may).map(\.count) == [12, 10])
    }

    @Test func oneReleaseTwiceIsADuplicate() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        try addMonths([month(count: 12, release: "2022-09"), month(count: 10, release: "2022-09")], to: folder)
        #expect(folder.issues().map(\.message).contains { $0.contains("AAA | 2022-05 | 2022-09") })
    }

    @Test func anUnknownPeriodIsRefusedWithTheList() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        let first = #"{"area": "AAA", "year": 2018, "measure": "rate_per_100k", "value": 5.0, "source": "SRC_A", "default": true, "why_default": null, "note": null}"#
        try folder.replace(first, with: first.replacingOccurrences(of: #""note": null"#, with: #""note": null, "period": "first_quarter""#), in: "homicides.json")
        let messages = folder.issues().map(\.message)
        #expect(messages.contains { $0.contains(#"unknown value "first_quarter""#) && $0.contains("first_half") })
    }
}
