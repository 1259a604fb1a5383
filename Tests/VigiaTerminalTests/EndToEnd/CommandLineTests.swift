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
}
