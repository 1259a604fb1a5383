import Testing
@testable import VigiaModel

/// A change is computed within one source's series: the cross-source pair of the bundled data
/// (Honduras 2023 UNODC 31.44, 2024 InSight Crime 25.30) is not a −20% change.
@Suite struct SeriesChangeTests {
    private func record(_ year: Int, _ value: Double, _ source: String, isDefault: Bool = true) -> HomicideRecord {
        HomicideRecord(area: "HND", year: year, measure: .ratePer100k, value: value, source: source, isDefault: isDefault, whyDefault: nil, note: nil)
    }

    private var honduras: HomicideSeries {
        HomicideSeries(area: "HND", measure: .ratePer100k, records: [
            record(2022, 34.97, "UNODC_OWID"),
            record(2023, 31.44, "UNODC_OWID"),
            record(2023, 31.1, "IC_ROUNDUP_2023", isDefault: false),
            record(2024, 25.30, "IC_ROUNDUP_2024"),
            record(2025, 23.2, "IC_ROUNDUP_2025_PROCESO"),
        ])
    }

    @Test func defaultsFromDifferentSourcesGiveNoChange() throws {
        let change = try #require(honduras.sourcedChange(to: 2024, overYears: 1).value)
        #expect(change == .differentSources(from: record(2023, 31.44, "UNODC_OWID"), to: record(2024, 25.30, "IC_ROUNDUP_2024")))
        #expect(change.percent == nil)
        #expect(change.isAcrossSources)
        // The plain change says why there is none instead of computing −20%.
        #expect(honduras.change(to: 2024, overYears: 1).value == nil)
        #expect(honduras.change(to: 2024, overYears: 1).gap?.missing.first?.contains("different sources") == true)
    }

    @Test func oneSourceGivesAPlainChange() throws {
        let change = try #require(honduras.sourcedChange(to: 2023, overYears: 1).value)
        #expect(change == .sameSource(Change(fromYear: 2022, toYear: 2023, fromValue: 34.97, toValue: 31.44), source: "UNODC_OWID", usesAlternative: false))
    }

    @Test func theNewerSourceIsUsedWhenItGivesBothYears() throws {
        // Costa Rica: UNODC's 17.75 is the 2023 default, but InSight's 2024 round-up gives 2023 too.
        let costaRica = HomicideSeries(area: "CRI", measure: .ratePer100k, records: [
            HomicideRecord(area: "CRI", year: 2023, measure: .ratePer100k, value: 17.75, source: "UNODC_OWID", isDefault: true, whyDefault: nil, note: nil),
            HomicideRecord(area: "CRI", year: 2023, measure: .ratePer100k, value: 17.7, source: "IC_ROUNDUP_2024", isDefault: false, whyDefault: nil, note: nil),
            HomicideRecord(area: "CRI", year: 2024, measure: .ratePer100k, value: 16.6, source: "IC_ROUNDUP_2024", isDefault: true, whyDefault: nil, note: nil),
        ])
        let change = try #require(costaRica.sourcedChange(to: 2024, overYears: 1).value)
        #expect(change == .sameSource(Change(fromYear: 2023, toYear: 2024, fromValue: 17.7, toValue: 16.6), source: "IC_ROUNDUP_2024", usesAlternative: true))
        #expect(abs((change.percent ?? 0) - (-6.2147)) < 0.001)
    }

    @Test func aMissingEndIsAGap() {
        #expect(honduras.sourcedChange(to: 2022, overYears: 5).gap == Gap(["no HND rate per 100k for 2017"]))
    }

    @Test func aChangeOfSourceIsABreak() {
        #expect(honduras.sourceBreaks(in: 2020...2025) == [2024, 2025])
        // A year without a value is a gap, not a change of source.
        let gapped = HomicideSeries(area: "HND", measure: .ratePer100k, records: [record(2020, 1, "A"), record(2022, 2, "A"), record(2023, 3, "B")])
        #expect(gapped.sourceBreaks(in: 2020...2023) == [2023])
    }

    @Test func bundledHondurasIsTheIssuesPair() throws {
        let dataset = try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
        let change = try #require(dataset.series("HND", .ratePer100k).sourcedChange(to: 2024, overYears: 1).value)
        guard case .differentSources(let from, let to) = change else {
            Issue.record("expected no change across sources, got \(change)")
            return
        }
        #expect((from.value, from.source, to.value, to.source) == (31.44, "UNODC_OWID", 25.30, "IC_ROUNDUP_2024"))
    }
}
