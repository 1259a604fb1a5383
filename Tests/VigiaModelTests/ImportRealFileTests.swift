import Foundation
import Testing
@testable import VigiaModel

/// The two real exports imported into a copy of the bundled data: what they say about the
/// figures the data set already holds, and that writing them changes only what they add.
@Suite struct ImportRealFileTests {
    @Test func owidRatesEqualTheBundledUNODCValues() throws {
        let folder = try ImportFixture.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset = try DatasetLoader.load(from: folder)
        let table = try ImportFixture.table(ImportFixture.owid)
        let batch = try OWIDReader.read(table, file: "owid.csv", indicator: .rate, scope: ImportScope(dataset: dataset, source: "UNODC_OWID"))
        let result = try ImportFixture.plan(batch, in: folder, source: "UNODC_OWID")
        let bundled = dataset.homicides.filter { $0.source == "UNODC_OWID" && $0.measure == .ratePer100k }
        let homicides = try #require(ImportFixture.diff(result, .homicides))
        #expect(homicides.count(.revised) == 0)
        #expect(homicides.count(.alternative) == 0)
        #expect(homicides.unchanged == bundled.count)
        #expect(!bundled.isEmpty)
        // Every added figure is for a year the data set did not have for that country.
        for entry in homicides.entries {
            #expect(!dataset.homicides.contains { $0.area == entry.area && String($0.year) == entry.period && $0.measure == .ratePer100k })
        }
        let regional = try #require(ImportFixture.diff(result, .regionalHomicides))
        let bundledRegional = dataset.regionalHomicides.filter { $0.source == "UNODC_OWID" && $0.measure == .ratePer100k }
        #expect(regional.count(.revised) == 0)
        #expect(regional.unchanged == bundledRegional.count)
        #expect(Set(batch.regionalHomicides.map(\.record.area)) == ["LAC", "WLD"])
        #expect(result.problems.isEmpty)
        // Regions that are not the data set's, and countries outside it, are skipped and counted.
        #expect(result.skipped.contains { $0.subject == "Americas (UN)" && $0.reason.contains("region") })
        #expect(result.skipped.contains { $0.subject == "Afghanistan" && $0.reason.contains("outside the data set") })
        // Every row is accounted for: taken or skipped (the file has 4,885 data rows).
        #expect(batch.figureCount + result.skipped.count == table.rows.count)
        #expect(table.rows.count == 4885)
    }

    @Test func foreignAssistanceRowsForEcuadorAndColombiaEqualTheBundledAid() throws {
        let folder = try ImportFixture.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset = try DatasetLoader.load(from: folder)
        let scope = ImportScope(dataset: dataset, chosen: ["ECU", "COL"], source: "PRG-P201")
        let batch = try ForeignAssistanceReader.read(try ImportFixture.table(ImportFixture.foreignAssistance), file: "fa.csv", scope: scope)
        let bundled = dataset.usAid.filter { ["ECU", "COL"].contains($0.country) }
        #expect(!bundled.isEmpty)
        for record in bundled {
            let imported = batch.usAid.first { $0.record.country == record.country && $0.record.fiscalYear == record.fiscalYear && $0.record.series == record.series }
            #expect(imported?.record.usdMillions == record.usdMillions, "\(record.country) FY\(record.fiscalYear) \(record.series)")
            #expect(imported?.record.basis == record.basis)
        }
        let result = try ImportFixture.plan(batch, in: folder, source: "PRG-P201")
        let aid = try #require(ImportFixture.diff(result, .usAid))
        #expect(aid.count(.revised) == 0)
        #expect(aid.kept.isEmpty)
        #expect(aid.unchanged == bundled.count)
        #expect(result.skipped.contains { $0.reason.contains("transition quarter") })
        #expect(result.skipped.contains { $0.reason.contains("President's Budget Requests") })
        #expect(result.problems.isEmpty)
    }

    @Test func writingTwiceChangesNothingTheSecondTimeAndKeepsEveryLine() throws {
        let folder = try ImportFixture.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset = try DatasetLoader.load(from: folder)
        let before = try ImportFixture.lines(folder, .homicides), aidBefore = try ImportFixture.lines(folder, .usAid)
        func importBoth() throws -> [ImportResult] {
            let owid = try OWIDReader.read(try ImportFixture.table(ImportFixture.owid), file: "o", indicator: .rate, scope: ImportScope(dataset: dataset, source: "UNODC_OWID"))
            let aid = try ForeignAssistanceReader.read(
                try ImportFixture.table(ImportFixture.foreignAssistance), file: "f", scope: ImportScope(dataset: dataset, years: 1999...2025, source: "PRG-P201"), preliminaryFrom: 2024)
            return [try ImportFixture.plan(owid, in: folder, source: "UNODC_OWID"), try ImportFixture.plan(aid, in: folder, source: "PRG-P201")]
        }
        for result in try importBoth() {
            #expect(!result.isNoChange)
            try ImportWriter.apply(result, to: folder)
        }
        _ = try DatasetLoader.load(from: folder)
        let after = try ImportFixture.lines(folder, .homicides)
        #expect(after.count > before.count)
        #expect(ImportFixture.onlyAdded(before, after))
        #expect(ImportFixture.onlyAdded(aidBefore, try ImportFixture.lines(folder, .usAid)))
        let bytes = try DataFile.allCases.map { try Data(contentsOf: folder.appendingPathComponent($0.fileName)) }
        for result in try importBoth() {
            #expect(result.isNoChange)
            #expect(result.diffs.allSatisfy { $0.entries.isEmpty && $0.kept.isEmpty })
        }
        #expect(try DataFile.allCases.map { try Data(contentsOf: folder.appendingPathComponent($0.fileName)) } == bytes)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
