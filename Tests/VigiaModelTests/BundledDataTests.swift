import Foundation
import Testing
@testable import VigiaModel

/// The real data set: it must load cleanly, and facts a briefing relies on must be in it with their sources.
@Suite struct BundledDataTests {
    let dataset: Dataset

    init() throws {
        dataset = try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
    }

    @Test func coversTheTwentyTwoCountries() {
        #expect(dataset.countries.count == 22)
        #expect(dataset.country("ECU")?.name == "Ecuador")
        #expect(dataset.homicideYears == 2000...2024)
    }

    @Test func ecuador2023RateAndItsSource() throws {
        let record = try #require(dataset.series("ECU", .ratePer100k).record(in: 2023))
        #expect(record.value == 45.72)
        #expect(record.source == "UNODC_OWID")
        #expect(dataset.source(record.source)?.publisher.contains("UNODC") == true)
    }

    @Test func ecuador2023CountKeepsEveryDisagreeingSource() throws {
        let series = dataset.series("ECU", .count)
        #expect(series.value(in: 2023) == 8248)
        #expect(series.record(in: 2023)?.whyDefault?.isEmpty == false)
        let alternatives = Set(series.alternatives(in: 2023).map(\.value))
        #expect(alternatives.isSuperset(of: [7878, 8008]))
    }

    @Test func gapsStayGaps() {
        // UNODC has no Ecuador values for 2003–2006; nothing may fill them.
        #expect(dataset.series("ECU", .ratePer100k).gaps(in: 2003...2006) == [2003, 2004, 2005, 2006])
    }

    @Test func decree110AndTheInternalArmedConflict() throws {
        let decree110 = try #require(dataset.decrees(of: "ECU").first { $0.reference == "Decreto Ejecutivo 110" })
        #expect(decree110.start == PartialDate("2024-01-08"))
        #expect(decree110.end == PartialDate("2024-03-08"))
        #expect(decree110.declaredDays == 60)
        let conflict = try #require(dataset.decrees(of: "ECU").first { $0.kind == .internalArmedConflict })
        #expect(conflict.start == PartialDate("2024-01-09"))
        #expect(dataset.extensions(of: decree110.id).contains { $0.reference == "Decreto Ejecutivo 193" })
    }

    @Test func everyFigureResolvesToASource() {
        let ids = Set(dataset.sources.map(\.id))
        #expect(dataset.homicides.allSatisfy { ids.contains($0.source) })
        #expect(dataset.programFunding.allSatisfy { ids.contains($0.source) })
        #expect(dataset.decrees.allSatisfy { !$0.sources.isEmpty && $0.sources.allSatisfy(ids.contains) })
    }

    @Test func programsAndClaimsArePresent() {
        #expect(dataset.program("plan_colombia")?.recipients == ["COL"])
        #expect(dataset.program("merida") != nil)
        #expect(dataset.program("carsi") != nil)
        #expect(dataset.claims.contains { $0.verdict == .contradicted })
        #expect(!dataset.lessons.isEmpty)
    }

    @Test func regionShareIsNearAThird() throws {
        let share = try #require(RegionalShare.latest(dataset).value)
        #expect(share.year == 2023)
        #expect((0.07...0.10).contains(share.populationShare))
        #expect((0.25...0.35).contains(share.homicideShare))
    }
}
