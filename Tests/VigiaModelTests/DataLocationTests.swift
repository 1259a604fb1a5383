import Foundation
import Testing
@testable import VigiaModel

@Suite struct DataLocationTests {
    @Test func explicitFolderWinsOverEnvironment() {
        let resolved = DataLocation.resolve(explicit: "/data/mine", environment: ["VIGIA_DATA": "/data/env"], executable: nil)
        #expect(resolved.url.path == "/data/mine")
        #expect(resolved.displayPath == "/data/mine")
    }

    @Test func environmentWinsOverBundled() {
        let resolved = DataLocation.resolve(explicit: nil, environment: ["VIGIA_DATA": "/data/env"], executable: nil)
        #expect(resolved.url.path == "/data/env")
    }

    @Test func anInstalledBinaryFindsShareVigiaData() throws {
        // <prefix>/bin/vigia finds <prefix>/share/vigia/Data.
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let data = prefix.appendingPathComponent("share/vigia/Data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try Data("{\"sources\": []}".utf8).write(to: data.appendingPathComponent("sources.json"))
        let resolved = DataLocation.resolve(explicit: nil, environment: [:], executable: prefix.appendingPathComponent("bin/vigia"))
        #expect(resolved.url.standardizedFileURL.path == data.standardizedFileURL.path)
    }

    @Test func aCheckoutBuildFindsTheCheckoutData() {
        let resolved = DataLocation.resolve(explicit: nil, environment: [:], executable: URL(fileURLWithPath: "/nonexistent/bin/vigia"))
        #expect(resolved.url.standardizedFileURL.path == FixtureFolder.bundledData.standardizedFileURL.path)
    }

    @Test func theRunningExecutableIsTheOneBundleNames() throws {
        let running = try #require(DataLocation.runningExecutable)
        let bundled = try #require(Bundle.main.executableURL)
        #expect(running.path == bundled.resolvingSymlinksInPath().path)
    }
}
