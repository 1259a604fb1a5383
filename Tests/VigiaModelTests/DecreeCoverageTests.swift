import Foundation
import Testing
@testable import VigiaModel

/// A decree decoded from the fields that matter here, as `decrees.json` would give them.
private func decree(_ id: String, kind: String = "extension", start: String?, end: String? = nil,
                    days: Int? = nil, extends: String? = "D1", sources: [String] = ["S1"]) throws -> Decree {
    let object: [String: Any] = [
        "id": id, "country": "AAA", "kind": kind, "start": start ?? NSNull(), "end": end ?? NSNull(),
        "declared_days": days ?? NSNull(), "extends": extends ?? NSNull(), "relevance": "gang_violence",
        "scope": "National", "issuer": "Assembly", "summary": "Test measure.", "sources": sources,
    ]
    return try JSONDecoder().decode(Decree.self, from: JSONSerialization.data(withJSONObject: object))
}

private func day(_ text: String) -> Int { PartialDate(text)!.dayNumber }

private func dataset(decrees: [Decree] = [], events: [SecurityEvent] = [], sources: [Source] = []) -> Dataset {
    Dataset(sources: sources, countries: [], regions: [], population: [], homicides: [], regionalHomicides: [],
            monthlyHomicides: [], decrees: decrees, events: events, programs: [], programFunding: [], usAid: [],
            lessons: [], claims: [])
}

@Test func continuousRenewalsCountAsInForceAndGapsAreUnknown() throws {
    // A 10-day declaration, renewed continuously for 20 more days, then a gap, then an extension.
    let members = [
        try decree("D1", kind: "state_of_exception", start: "2024-01-01", days: 10, extends: nil),
        try decree("D2", kind: "continuous_renewals", start: "2024-01-01", end: "2024-01-30"),
        try decree("D3", start: "2024-03-01", end: "2024-03-10"),
    ]
    let coverage = DecreeCoverage(root: "D1", members: members)
    #expect(coverage.inForce == [day("2024-01-01")...day("2024-01-30"), day("2024-03-01")...day("2024-03-10")])
    #expect(coverage.unknown == [day("2024-01-31")...day("2024-02-29")])
    #expect(coverage.status(on: day("2024-01-20")) == .inForce, "inside the continuous stretch")
    #expect(coverage.status(on: day("2024-02-10")) == .unknown)
    #expect(coverage.status(on: day("2023-12-31")) == .outside)
    #expect(coverage.status(on: day("2024-03-11")) == .outside)

    let year = day("2024-01-01")...day("2024-12-31")
    #expect(coverage.daysInForce(in: year) == 30 + 10)
    #expect(coverage.unknownDays(in: year) == 30, "29 Feb 2024 included; unknown days are not in force")
    #expect(coverage.daysInForce(in: day("2024-02-01")...day("2024-02-29")) == 0)
}

@Test func anUndatedExtensionStretchesTheChainAsUnknown() throws {
    let members = [
        try decree("D1", kind: "state_of_exception", start: "2024-01-01", end: "2024-01-31", extends: nil),
        try decree("D2", start: nil, sources: ["S2"]),
    ]
    let source = try JSONDecoder().decode(Source.self, from: Data("""
        {"id": "S2", "title": "Report", "publisher": "P", "urls": ["https://example.org"], "date": "2024-06-15"}
        """.utf8))
    let data = dataset(decrees: members, sources: [source])
    let coverage = data.coverage(of: "D1")
    #expect(coverage.unknown == [day("2024-02-01")...day("2024-06-15")])
    #expect(coverage.daysInForce(in: day("2024-01-01")...day("2024-12-31")) == 31)
    #expect(data.measuresInForce(on: day("2024-03-01")).isEmpty, "unknown is not in force")
    #expect(data.measuresInForce(on: day("2024-01-15")).map(\.id) == ["D1"])
}

@Test func chainsFollowExtensionsToTheirDeclaration() throws {
    let data = dataset(decrees: [
        try decree("D1", kind: "state_of_exception", start: "2024-01-01", days: 30, extends: nil),
        try decree("D2", start: "2024-01-31", days: 30),
        try decree("D3", start: "2024-03-01", days: 30, extends: "D2"),
        try decree("D4", kind: "court_ruling", start: "2024-01-10", extends: nil),
    ])
    #expect(data.chainRoot(of: try #require(data.decree("D3"))).id == "D1")
    #expect(data.chain(of: "D1").map(\.id) == ["D1", "D2", "D3"])
    #expect(data.coverage(of: "D1").inForce == [day("2024-01-01")...day("2024-03-30")])
    #expect(data.measuresInForce(on: day("2024-03-15")).map(\.id) == ["D1"], "one measure per chain; rulings are not in force")
}

@Test func latestDateIsTheLatestObservationOrStartNotAFutureEnd() throws {
    let data = dataset(decrees: [
        try decree("D1", kind: "state_of_exception", start: "2026-03-02", end: "2026-12-31", extends: nil),
        try decree("D2", kind: "court_ruling", start: "2026-03", extends: nil),
    ])
    #expect(data.latestDate == PartialDate("2026-03-02"), "the end of 31 Dec is announced, not observed; a month counts as its first day")
    #expect(dataset().latestDate == nil)
}

@Test func bundledRegimenIsInForceFrom2022ToMarch2026() throws {
    let data = try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
    let regimen = data.coverage(of: "D039")
    let span = day("2022-03-27")...day("2026-03-31")
    #expect(regimen.daysInForce(in: span) == span.count)
    #expect(regimen.unknown.isEmpty)
    // Honduras: every period to 5 Jan 2025 is listed; the 24th extension is reported in Oct 2025 undated.
    let honduras = data.coverage(of: "D049")
    #expect(honduras.status(on: day("2024-05-01")) == .inForce)
    #expect(honduras.status(on: day("2025-06-01")) == .unknown)
    let latest = try #require(data.latestDate)
    #expect(latest >= PartialDate(year: 2026, month: 3, day: 15))
    #expect(data.measuresInForce(on: day("2026-03-15")).map(\.id).contains("D039"))
}
