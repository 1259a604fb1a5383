import Foundation
import Testing
@testable import VigiaModel

/// How imported figures meet the ones already there: revisions, alternatives, new defaults,
/// sources, and a result that would not validate.
@Suite struct ImportRulesTests {
    static let header = "Entity,Code,Year,\"Homicide rate per 100,000 population\"\n"

    private func batch(_ rows: String, source: String, folder: URL) throws -> ImportBatch {
        let scope = ImportScope(dataset: try DatasetLoader.load(from: folder), source: source)
        return try OWIDReader.read(try ImportFixture.table(Self.header + rows), file: "in.csv", indicator: .rate, scope: scope)
    }

    private func withCopy(_ body: (URL) throws -> Void) throws {
        let folder = try ImportFixture.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    private func ecuador2010(_ folder: URL) throws -> [HomicideRecord] {
        try DatasetLoader.load(from: folder).homicides.filter { $0.area == "ECU" && $0.year == 2010 && $0.measure == .ratePer100k }
    }

    @Test func theSameSourcesNewValueIsARevisionOfOneLine() throws {
        try withCopy { folder in
            let old = try #require(try ecuador2010(folder).first)
            let result = try ImportFixture.plan(try batch("Ecuador,ECU,2010,19.123\n", source: old.source, folder: folder), in: folder, source: old.source)
            let entry = try #require(ImportFixture.diff(result, .homicides)?.entries.first)
            #expect(entry.kind == .revised && entry.oldValue == old.value && entry.value == 19.12 && entry.oldSource == old.source)
            let before = try ImportFixture.lines(folder, .homicides)
            try ImportWriter.apply(result, to: folder)
            let after = try ImportFixture.lines(folder, .homicides)
            #expect(before.count == after.count)
            #expect(zip(before, after).filter { $0 != $1 }.count == 1)
            #expect(try ecuador2010(folder).map(\.value) == [19.12])
        }
    }

    @Test func anotherSourcesValueBecomesAnAlternativeThatNeedsAReason() throws {
        try withCopy { folder in
            let rows = try batch("Ecuador,ECU,2010,19\n", source: "IC_ROUNDUP_2023", folder: folder)
            let unexplained = try ImportFixture.plan(rows, in: folder, source: "IC_ROUNDUP_2023")
            #expect(ImportFixture.diff(unexplained, .homicides)?.count(.alternative) == 1)
            #expect(ImportFixture.diff(unexplained, .homicides)?.unexplainedDefaults == 1)
            #expect(unexplained.problems.contains { $0.message.contains("the default must say why") })
            let before = try Data(contentsOf: folder.appendingPathComponent("homicides.json"))
            #expect(throws: ImportFailure.self) { try ImportWriter.apply(unexplained, to: folder) }
            #expect(try Data(contentsOf: folder.appendingPathComponent("homicides.json")) == before)

            let options = ImportPlanner.Options(reason: "UNODC's series, comparable across countries.")
            let explained = try ImportFixture.plan(rows, in: folder, source: "IC_ROUNDUP_2023", options: options)
            #expect(explained.problems.isEmpty)
            try ImportWriter.apply(explained, to: folder)
            let cell = try ecuador2010(folder)
            #expect(cell.count == 2)
            #expect(cell.first { $0.isDefault }?.source == "UNODC_OWID")
            #expect(cell.first { $0.isDefault }?.whyDefault == options.reason)
            #expect(cell.first { !$0.isDefault }?.value == 19)
        }
    }

    @Test func defaultMakesTheImportedValueTheDefaultAndKeepsTheOldOne() throws {
        try withCopy { folder in
            let rows = try batch("Ecuador,ECU,2010,19\n", source: "IC_ROUNDUP_2023", folder: folder)
            let options = ImportPlanner.Options(makeDefault: true, reason: "A newer count.")
            let result = try ImportFixture.plan(rows, in: folder, source: "IC_ROUNDUP_2023", options: options)
            let entry = try #require(ImportFixture.diff(result, .homicides)?.entries.first)
            #expect(entry.kind == .revised && entry.oldSource == "UNODC_OWID" && entry.source == "IC_ROUNDUP_2023")
            try ImportWriter.apply(result, to: folder)
            let cell = try ecuador2010(folder)
            #expect(cell.first { $0.isDefault }?.source == "IC_ROUNDUP_2023")
            #expect(cell.first { $0.isDefault }?.whyDefault == "A newer count.")
            #expect(cell.first { !$0.isDefault }?.value == 17.4)
        }
    }

    @Test func nothingEntersWithoutASource() throws {
        try withCopy { folder in
            let rows = try batch("Ecuador,ECU,2010,19\n", source: "NEW_SOURCE", folder: folder)
            #expect(throws: ImportFailure.unknownSource("NEW_SOURCE")) { try ImportFixture.plan(rows, in: folder, source: "NEW_SOURCE") }
            let source = Source(id: "NEW_SOURCE", title: "A table", publisher: "A ministry", url: "https://example.org/t", date: PartialDate(year: 2026, month: 3))
            #expect(throws: ImportFailure.sourceExists("UNODC_OWID")) {
                try ImportFixture.plan(rows, in: folder, source: "UNODC_OWID", newSource: Source(id: "UNODC_OWID", title: "t", publisher: "p", url: "https://x.org", date: PartialDate(year: 2026)))
            }
            let result = try ImportFixture.plan(rows, in: folder, source: "NEW_SOURCE", options: .init(reason: "Kept: comparable."), newSource: source)
            #expect(result.problems.isEmpty)
            try ImportWriter.apply(result, to: folder)
            let dataset = try DatasetLoader.load(from: folder)
            #expect(dataset.source("NEW_SOURCE")?.publisher == "A ministry")
        }
    }

    @Test func aidFromAnotherSourceIsKeptOutEvenAsDefault() throws {
        try withCopy { folder in
            let dataset = try DatasetLoader.load(from: folder)
            let old = try #require(dataset.usAid.first { $0.country == "ECU" && $0.fiscalYear == 2010 && $0.basis == .obligated })
            let text = "Country Code,Country Name,Transaction Type Name,Fiscal Year,current_amount\nECU,Ecuador,Obligations,2010,1000000\n"
            let rows = try ForeignAssistanceReader.read(try ImportFixture.table(text), file: "in.csv", scope: ImportScope(dataset: dataset, source: "PRG-P202"))
            let kept = try ImportFixture.plan(rows, in: folder, source: "PRG-P202")
            #expect(kept.isNoChange)
            #expect(ImportFixture.diff(kept, .usAid)?.kept.count == 1)
            #expect(old.usdMillions != 1)
            let asDefault = try ImportFixture.plan(rows, in: folder, source: "PRG-P202", options: .init(makeDefault: true, reason: "r"))
            #expect(asDefault.isNoChange)
            #expect(ImportFixture.diff(asDefault, .usAid)?.kept.count == 1)
        }
    }

    @Test func monthlyCountsAddRevisionsOnlyAsReleases() throws {
        try withCopy { folder in
            let dataset = try DatasetLoader.load(from: folder)
            let held = try #require(dataset.monthlyHomicides.first { $0.country == "ECU" && $0.release == nil })
            let text = "country,month,count\nECU,\(held.month),\(held.count + 5)\nECU,2030-01,10\n"
            let rows = try MonthlyCountReader.read(try ImportFixture.table(text), file: "in.csv", scope: ImportScope(dataset: dataset, source: "EC_EXPRESO_2026"))
            let plain = try ImportFixture.plan(rows, in: folder, source: "EC_EXPRESO_2026")
            let diff = try #require(ImportFixture.diff(plain, .monthlyHomicides))
            #expect(diff.count(.added) == 1 && diff.kept.count == 1)
            let released = try ImportFixture.plan(rows, in: folder, source: "EC_EXPRESO_2026", options: .init(release: PartialDate(year: 2030, month: 2)))
            #expect(ImportFixture.diff(released, .monthlyHomicides)?.count(.added) == 2)
            #expect(released.problems.isEmpty)
        }
    }

    @Test func everyBundledRecordWrittenAsALineReadsBackTheSame() throws {
        func roundTrip<Record: RecordLine & Equatable>(_ type: Record.Type, _ file: DataFile) throws {
            let bytes = [UInt8](try Data(contentsOf: FixtureFolder.bundledData.appendingPathComponent(file.fileName)))
            let lines = try RecordLineFile<Record>(bytes: bytes, file: file)
            #expect(!lines.records.isEmpty)
            #expect(lines.bytes == bytes, "\(file.fileName) is not rewritten byte for byte")
            for record in lines.records {
                #expect(try JSONDecoder().decode(Record.self, from: Data(record.line.utf8)) == record)
            }
        }
        try roundTrip(HomicideRecord.self, .homicides)
        try roundTrip(HomicideRecord.self, .regionalHomicides)
        try roundTrip(MonthlyHomicideRecord.self, .monthlyHomicides)
        try roundTrip(AidRecord.self, .usAid)
        try roundTrip(Source.self, .sources)
    }

    @Test func aFailedReplaceLeavesTheFileAndNoTemporaryBehind() throws {
        try withCopy { folder in
            let result = try ImportFixture.plan(try batch("Ecuador,ECU,1995,11.84\n", source: "UNODC_OWID", folder: folder), in: folder, source: "UNODC_OWID")
            #expect(result.files[.homicides] != nil)
            // A folder where the file was: the rename over it fails, as a full or read-only disk would.
            let target = folder.appendingPathComponent("homicides.json")
            try FileManager.default.removeItem(at: target)
            try FileManager.default.createDirectory(at: target.appendingPathComponent("kept"), withIntermediateDirectories: true)
            #expect(throws: ImportFailure.self) { try ImportWriter.apply(result, to: folder) }
            #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["kept"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasSuffix(".tmp") })
        }
    }
}
