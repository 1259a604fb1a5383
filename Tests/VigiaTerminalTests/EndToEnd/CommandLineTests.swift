import Foundation
import Testing

/// The `vigia` binary's headless commands, run as a user would run them.
@Suite struct CommandLineTests {
    static let fixtures = BuiltProduct.checkout.appendingPathComponent("Tests/VigiaModelTests/Fixtures/valid")

    private func copyOfFixture() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures, to: url)
        return url
    }

    @Test func validateAcceptsTheBundledData() throws {
        let result = try BuiltProduct.run("vigia", ["validate"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(": valid — 14 files"))
        #expect(result.stdout.contains("decrees.json"))
    }

    @Test func validateReportsBadDataWithPositionAndExit65() throws {
        let folder = try copyOfFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("decrees.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"end\": \"2022-05-08\"", with: "\"end\": \"2022-01-08\"").write(to: file, atomically: true, encoding: .utf8)
        let result = try BuiltProduct.run("vigia", ["validate", "--data", folder.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(folder.path)/decrees.json:3:121: $.decrees[0].end: end 2022-01-08 is before start 2022-03-09"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func validateJSONFormat() throws {
        let folder = try copyOfFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("events.json"))
        let result = try BuiltProduct.run("vigia", ["validate", "--data", folder.path, "--format", "json"])
        #expect(result.status == 66)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["valid"] as? Bool == false)
        let issues = report?["issues"] as? [[String: Any]]
        #expect(issues?.first?["message"] as? String == "no such file")
        #expect((issues?.first?["file"] as? String)?.hasSuffix("events.json") == true)
    }

    @Test func environmentVariableChoosesTheFolder() throws {
        let result = try BuiltProduct.run("vigia", ["validate"], environment: ["VIGIA_DATA": "/nonexistent/vigia"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/vigia: no such data folder"))
    }

    @Test func summaryListsCoverageAndGaps() throws {
        let result = try BuiltProduct.run("vigia", ["summary"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Annual homicides: 22 countries, 2000–2025"))
        #expect(result.stdout.contains("ECU Ecuador"))
        #expect(result.stdout.contains("gaps: 2003–2006"))
    }

    @Test func aUsageErrorFoundWhileRunningShowsTheSubcommandsUsage() throws {
        let result = try BuiltProduct.run("vigia", ["export", "chart", "homicides", "--countries", "ECU,XXX"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: no country \"XXX\""), "\(result.stderr)")
        #expect(result.stderr.contains("\nUsage: vigia export "))
        #expect(result.stderr.hasSuffix("  See 'vigia export --help' for more information.\n"))
    }

    @Test func renderBelowTheMinimumSizePrintsTheWholeNoticeAndExits64() throws {
        let result = try BuiltProduct.run("vigia", ["render", "overview", "--size", "10x5"])
        #expect(result.status == 64, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("Terminal too small: need 40×12, have 10×5"), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "no frame is printed: \(result.stdout)")
        let tiny = try BuiltProduct.run("vigia", ["render", "overview", "--size", "3x1"])
        #expect(tiny.status == 64)
        #expect(tiny.stderr.contains("Terminal too small: need 40×12, have 3×1"), "the notice is whole at any size: \(tiny.stderr)")
        let help = try BuiltProduct.run("vigia", ["render", "--help"])
        #expect(help.stdout.contains("64"), "the exit status is documented: \(help.stdout)")
        let fits = try BuiltProduct.run("vigia", ["render", "overview", "--size", "40x12"])
        #expect(fits.status == 0, "\(fits.stderr)")
    }

    @Test func anUnknownRenderScreenListsEveryScreenRenderTakes() throws {
        let result = try BuiltProduct.run("vigia", ["render", "bogus"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: screen needs one of: overview, homicides, decrees, programs, claims, map, lessons, scenario\n"), "\(result.stderr)")
        #expect(result.stderr.contains("\nUsage: vigia render "))
    }

    @Test func renderUsesASCIIWhenTheLocaleIsNotUTF8() throws {
        for environment in [["LANG": "C", "LC_ALL": ""], ["LANG": "C.UTF-8", "LC_ALL": "C"], ["LANG": "", "LC_ALL": "", "LC_CTYPE": ""]] {
            let result = try BuiltProduct.run("vigia", ["render", "overview", "--size", "80x24"], environment: environment)
            #expect(result.status == 0, "\(environment): \(result.stderr)")
            #expect(result.stdout.contains("Overview"))
            let ascii = result.stdout.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "\(environment): \(result.stdout)")
            let small = try BuiltProduct.run("vigia", ["render", "overview", "--size", "10x5"], environment: environment)
            #expect(small.status == 64)
            #expect(small.stderr.contains("need 40x12, have 10x5"), "\(environment): \(small.stderr)")
        }
        let utf8 = try BuiltProduct.run("vigia", ["render", "overview", "--size", "80x24"], environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
        #expect(utf8.status == 0, "\(utf8.stderr)")
        #expect(utf8.stdout.contains("┌"), "a UTF-8 locale keeps box drawing")
        let forced = try BuiltProduct.run("vigia", ["render", "overview", "--size", "80x24", "--ascii"], environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
        let forcedASCII = forced.stdout.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(forcedASCII, "--ascii wins over a UTF-8 locale")
    }
    @Test func exportJSONWritesNumbersAsNumbersAndGapsAsNull() throws {
        let result = try BuiltProduct.run("vigia", ["export", "homicides", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"rate_per_100k\": 8.32,"))
        #expect(!result.stdout.contains("\"8.32\""))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let argentina = rows.filter { $0["iso3"] as? String == "ARG" && $0["year"] as? Int == 2001 }
        let rate = try #require(argentina.first { $0["measure"] as? String == "rate_per_100k" })
        #expect(rate["rate_per_100k"] as? Double == 8.32)
        #expect(!(rate["rate_per_100k"] is String))
        let count = try #require(argentina.first { $0["measure"] as? String == "count" })
        #expect(count["count"] is NSNull)
    }

    @Test func exportOverviewIsItsOwnTable() throws {
        let overview = try BuiltProduct.run("vigia", ["export", "overview"])
        let homicides = try BuiltProduct.run("vigia", ["export", "homicides"])
        #expect(overview.status == 0 && homicides.status == 0, "\(overview.stderr)\(homicides.stderr)")
        #expect(overview.stdout != homicides.stdout)
        #expect(overview.stdout.hasPrefix("Section,Id,Area,Figure,Value,Unit,Year,Date,Series default,Sources,Note\r\n"))
        #expect(overview.stdout.contains("U.S. aid,carsi,"))
        #expect(overview.stdout.contains("Latest events,"))
        // A row without sources of its own (the count of measures in force) has a gap there, never "".
        let json = try BuiltProduct.run("vigia", ["export", "overview", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let count = try #require(rows.first { $0["section"] as? String == "In force" && $0["id"] is NSNull })
        #expect(count["sources"] is NSNull, "\(count)")
        #expect(!json.stdout.contains(": \"\""), "no value is an empty string")
    }

    @Test func exportKeepsAlternativesWithTheirSources() throws {
        let csv = try BuiltProduct.run("vigia", ["export", "homicides"])
        #expect(csv.stdout.hasPrefix("ISO3,Country,Year,Period,Measure,\"Rate per 100,000\",Homicides (count),Source,Series default,"))
        #expect(csv.stdout.contains("ECU,Ecuador,2023,,rate per 100k,45.72,,UNODC_OWID,yes,"))
        #expect(csv.stdout.contains("ECU,Ecuador,2023,,rate per 100k,44.5,,IC_ROUNDUP_2023,no,"))
        let json = try BuiltProduct.run("vigia", ["export", "homicides", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let alternative = try #require(rows.first { $0["iso3"] as? String == "ECU" && $0["source"] as? String == "IC_ROUNDUP_2023" && $0["year"] as? Int == 2023 })
        #expect(alternative["rate_per_100k"] as? Double == 44.5)
        #expect(alternative["default"] as? Bool == false)
    }
}
