import Foundation
import Testing

/// `vigia scenario show|compare|validate`, run as a user would run them.
@Suite struct ScenarioCommandLineTests {
    static let bundled = BuiltProduct.checkout.appendingPathComponent("Data/scenarios/plan_ecuador_default.json").path

    @Test func compareInEveryFormat() throws {
        let text = try BuiltProduct.run("vigia", ["scenario", "compare", Self.bundled])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("constant dollars: no sourced deflator"))
        #expect(text.stdout.contains("Plan Colombia"))
        let markdown = try BuiltProduct.run("vigia", ["scenario", "compare", Self.bundled, "--format", "md"])
        #expect(markdown.stdout.contains("| Scenario | 5 yrs | $93.4m | $18.7m |"), "\(markdown.stdout)")
        let json = try BuiltProduct.run("vigia", ["scenario", "show", Self.bundled, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["scenario"] as? [String: Any])?["duration_years"] as? Int == 5)
    }

    @Test func compareRoundsMoneyAsTheScreenAndSaysOneYr() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-scenario-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("one.json")
        // 193.25 for one year: C's "%.1f" printed $193.2m here while the screen said $193.3m.
        let text = try String(contentsOfFile: Self.bundled, encoding: .utf8)
            .replacingOccurrences(of: "\"duration_years\": 5", with: "\"duration_years\": 1")
            .replacingOccurrences(of: "\"annual_budget_usd_millions\": 18.68", with: "\"annual_budget_usd_millions\": 193.25")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try BuiltProduct.run("vigia", ["scenario", "compare", file.path, "--format", "md"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("| Scenario | 1 yr | $193.3m | $193.3m |"), "\(result.stdout)")
        #expect(!result.stdout.contains("1 yrs"))
        #expect(!result.stdout.contains("-0%"))
    }

    @Test func validateExitsLikeDataFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-scenario-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try BuiltProduct.run("vigia", ["scenario", "validate", Self.bundled])
        #expect(good.status == 0)
        let bad = folder.appendingPathComponent("bad.json")
        let text = try String(contentsOfFile: Self.bundled, encoding: .utf8).replacingOccurrences(of: "\"duration_years\": 5", with: "\"duration_years\": 0")
        try text.write(to: bad, atomically: true, encoding: .utf8)
        let invalid = try BuiltProduct.run("vigia", ["scenario", "validate", bad.path])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains("\(bad.path):8:21: $.duration_years: duration 0 years is outside 1–30"), "\(invalid.stderr)")
        let missing = try BuiltProduct.run("vigia", ["scenario", "validate", folder.appendingPathComponent("none.json").path])
        #expect(missing.status == 66)
    }

    @Test func validateReportsEveryMissingFieldNotJustTheFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-scenario-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let partial = folder.appendingPathComponent("partial.json")
        try Data(#"{"name": 1, "recipient": "ECU", "allocation": {"prisons": 100}}"#.utf8).write(to: partial)
        let result = try BuiltProduct.run("vigia", ["scenario", "validate", partial.path])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(partial.path):1:10: $.name: expected a string, found a number", "\(result.stderr)")
        for field in ["annual_budget_usd_millions", "budget_basis", "budget_sources", "duration_years", "allocation_basis", "notes"] {
            #expect(lines.contains("\(partial.path):1:1: $: missing required field \"\(field)\""), "\(field): \(result.stderr)")
        }
        for pillar in ["financial_intelligence", "police_reform", "courts", "community_prevention", "private_sector", "military_support"] {
            #expect(lines.contains { $0.hasSuffix("$.allocation: missing required field \"\(pillar)\"") }, "\(pillar): \(result.stderr)")
        }
        #expect(!result.stderr.contains("\"start_year\""), "start_year may be left out")
        #expect(lines.last == "\(partial.path): invalid scenario — 13 problems", "\(result.stderr)")
    }

    @Test func validatingTheDataFolderChecksItsScenarios() throws {
        let good = try BuiltProduct.run("vigia", ["validate"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains(" records, 1 briefing deck, 1 scenario\n"), "\(good.stdout)")
        #expect(good.stdout.contains("scenarios/plan_ecuador_default.json     5 years, Plan Ecuador (illustrative starting point)\n"), "\(good.stdout)")
        let folder = try BuiltProduct.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = "scenarios/plan_ecuador_default.json"
        try BuiltProduct.edit(scenario, in: folder, replacing: "\"duration_years\": 5", with: "\"duration_years\": 1")
        let oneYear = try BuiltProduct.run("vigia", ["validate", "--data", folder.path])
        #expect(oneYear.stdout.contains("     1 year, Plan Ecuador"), "\(oneYear.stdout)")
        try BuiltProduct.edit(scenario, in: folder, replacing: "\"recipient\": \"ECU\"", with: "\"recipient\": \"ECX\"")
        let result = try BuiltProduct.run("vigia", ["validate", "--data", folder.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(folder.path)/scenarios/plan_ecuador_default.json:"), "\(result.stderr)")
        #expect(result.stderr.contains("recipient \"ECX\" is not in countries.json"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("invalid — 1 problem in scenarios\n"), "\(result.stderr)")
        let json = try BuiltProduct.run("vigia", ["validate", "--data", folder.path, "--format", "json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(report?["valid"] as? Bool == false)
        #expect((report?["scenarios"] as? [[String: Any]])?.first?["valid"] as? Bool == false)
    }
}
