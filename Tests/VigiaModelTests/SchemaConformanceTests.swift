import Foundation
import Testing

/// The bundled data must conform to the published JSON Schemas, checked by an independent,
/// standard validator (python3's jsonschema), so the schemas and the Swift loader cannot drift apart.
@Suite struct SchemaConformanceTests {
    static let checkout = FixtureFolder.bundledData.deletingLastPathComponent()
    static let schemas = checkout.appendingPathComponent("Docs/schema")
    static let script = checkout.appendingPathComponent("Tests/Scripts/check_schemas.py")

    private func check(_ folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script.path, folder.path, Self.schemas.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func bundledDataConformsToTheSchemas() throws {
        let result = try check(FixtureFolder.bundledData)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func theValidFixtureConformsToTheSchemas() throws {
        let result = try check(FixtureFolder.valid)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func anUnknownFieldFailsTheSchemas() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        try folder.replace("\"summary\": \"Renewal.\"", with: "\"summary\": \"Renewal.\", \"sumary\": \"x\"", in: "decrees.json")
        let result = try check(folder.url)
        #expect(result.status == 1)
        #expect(result.output.contains("decrees.json: $.decrees[1]: Additional properties are not allowed ('sumary' was unexpected)"), "\(result.output)")
    }
}
