import Foundation
import Testing

/// `vigia import` run as an analyst runs it: a dry run, `--write`, a second run, bad files.
@Suite struct ImportCommandLineTests {
    static let fixtures = BuiltProduct.checkout.appendingPathComponent("Tests/VigiaModelTests/Fixtures/import")
    static let owid = fixtures.appendingPathComponent("owid-homicide-rate-unodc.csv").path

    private func contents(_ folder: URL) throws -> [Data] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasSuffix(".json") }
            .map { try Data(contentsOf: folder.appendingPathComponent($0)) }
    }

    @Test func aDryRunShowsTheDiffAndWriteAppliesItOnce() throws {
        let folder = try BuiltProduct.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try contents(folder)
        let arguments = ["import", "owid", Self.owid, "--indicator", "rate", "--source", "UNODC_OWID", "--data", folder.path]
        let dry = try BuiltProduct.run("vigia", arguments)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("homicides.json: "))
        #expect(dry.stdout.contains("alternatives, 0 revised, "))
        #expect(!dry.stdout.contains("alternatives, 1"))
        #expect(dry.stdout.contains("Dry run: nothing written"))
        // People read words: the measure and the source's citation, not their keys.
        #expect(dry.stdout.contains("rate per 100k: ") && dry.stdout.contains("(UNODC via Our World in Data, 2025)"))
        #expect(!dry.stdout.contains("rate_per_100k") && !dry.stdout.contains("(UNODC_OWID)"))
        #expect(try contents(folder) == before)
        let written = try BuiltProduct.run("vigia", arguments + ["--write"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.hasSuffix("Written.\n"))
        #expect(try contents(folder) != before)
        let again = try BuiltProduct.run("vigia", arguments + ["--write", "--format", "json"])
        #expect(again.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any]
        #expect(report?["written"] as? Bool == false)
        let files = report?["files"] as? [[String: Any]]
        #expect(files?.allSatisfy { ($0["entries"] as? [Any])?.isEmpty == true } == true)
        #expect(try BuiltProduct.run("vigia", ["validate", "--data", folder.path]).status == 0)
    }

    @Test func aBadFileIsLocatedAndNothingIsWritten() throws {
        let folder = try BuiltProduct.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try contents(folder)
        let file = folder.appendingPathComponent("bad.csv")
        try Data("country,month,count\nECU,2030-01,12\nECU,2030-02,twelve\n".utf8).write(to: file)
        let result = try BuiltProduct.run("vigia", ["import", "monthly", file.path, "--source", "EC_EXPRESO_2026", "--data", folder.path, "--write"])
        #expect(result.status == 65)
        #expect(result.stderr == "\(file.path):3:13: count \"twelve\" is not a whole number\n")
        #expect(result.stdout.isEmpty)
        #expect(try contents(folder) == before)
    }

    @Test func aFolderWhoseDeckWouldNotLoadIsNotWritten() throws {
        let folder = try BuiltProduct.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deck = folder.appendingPathComponent("briefings/plan-ecuador.json")
        let text = try String(contentsOf: deck, encoding: .utf8)
        #expect(text.contains("\"claim\": \"C13\""))
        try Data(text.replacingOccurrences(of: "\"claim\": \"C13\"", with: "\"claim\": \"C99\"").utf8).write(to: deck)
        let before = try contents(folder)
        let file = folder.appendingPathComponent("new.csv")
        try Data("country,month,count\nECU,2030-01,12\n".utf8).write(to: file)
        let result = try BuiltProduct.run("vigia", ["import", "monthly", file.path, "--source", "EC_EXPRESO_2026", "--data", folder.path, "--write"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("briefings/plan-ecuador.json:"))
        #expect(result.stderr.contains("the import would leave the data invalid"))
        #expect(!result.stdout.contains("Written."))
        #expect(try contents(folder) == before)
    }

    @Test func theBundledDataIsWrittenOnlyWhenDataNamesIt() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-import-bundled-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data("country,month,count\nECU,2030-01,12\n".utf8).write(to: scratch)
        let bundled = BuiltProduct.checkout.appendingPathComponent("Data")
        let before = try contents(bundled)
        let result = try BuiltProduct.run("vigia", ["import", "monthly", scratch.path, "--source", "EC_EXPRESO_2026", "--write"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("is the bundled data, which is not written"))
        #expect(try contents(bundled) == before)
    }

    @Test func aNewSourceNeedsAllItsDetails() throws {
        let result = try BuiltProduct.run("vigia", ["import", "owid", Self.owid, "--indicator", "rate", "--source", "NEW", "--source-title", "T"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("a new source needs all of --source-title, --publisher, --url and --date"))
        let unknown = try BuiltProduct.run("vigia", ["import", "owid", Self.owid, "--indicator", "rate", "--source", "NO_SUCH_SOURCE"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("source \"NO_SUCH_SOURCE\" is not in sources.json"))
        let details = ["--source-title", "T", "--publisher", "P", "--date", "2020"]
        let ftp = try BuiltProduct.run("vigia", ["import", "owid", Self.owid, "--indicator", "rate", "--source", "NEW", "--url", "ftp://x"] + details)
        #expect(ftp.status == 64)
        #expect(ftp.stderr.hasPrefix("Error: --url takes an http or https address without spaces, not \"ftp://x\"\nUsage: vigia import owid"))
        let badID = try BuiltProduct.run("vigia", ["import", "owid", Self.owid, "--indicator", "rate", "--source", "bad id!", "--url", "https://x.org"] + details)
        #expect(badID.status == 64)
        #expect(badID.stderr.hasPrefix("Error: --source \"bad id!\" cannot name a new source"))
    }
}
