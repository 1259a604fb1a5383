import Foundation
import Testing

/// What a command-line tool is expected to have: a version, completions, an up-to-date man
/// page and an installer that honours PREFIX and DESTDIR.
@Suite struct ConventionsTests {
    @Test func versionIsTheOneSummaryShows() throws {
        let version = try BuiltProduct.run("vigia", ["--version"])
        #expect(version.status == 0)
        let number = version.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(number.split(separator: ".").count == 3 && number.split(separator: ".").allSatisfy { Int($0) != nil })
        let summary = try BuiltProduct.run("vigia", ["summary"])
        #expect(summary.stdout.hasPrefix("Vigía \(number) data: "))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsKnowEverySubcommand(shell: String) throws {
        let result = try BuiltProduct.run("vigia", ["--generate-completion-script", shell])
        #expect(result.status == 0)
        for command in ["render", "validate", "import", "fa-gov"] {
            #expect(result.stdout.contains(command), "\(shell) completion lacks \(command)")
        }
    }

    @Test func theCommittedManPageIsUpToDate() throws {
        let result = try BuiltProduct.run("vigia", ["manual"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: BuiltProduct.checkout.appendingPathComponent("Docs/man/vigia.1"), encoding: .utf8)
        #expect(result.stdout == committed, "Docs/man/vigia.1 is out of date: run `swift run vigia manual > Docs/man/vigia.1`")
        #expect(committed.contains(".SS \"vigia import fa-gov\""))
    }

    @Test func installHonoursPrefixAndDestdirAndTheInstalledBinaryRuns() throws {
        let binary = try #require(TmuxHarness.productPath("vigia"))
        let stage = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: stage) }
        let install = try Self.run("/bin/sh", [BuiltProduct.checkout.appendingPathComponent("Scripts/install.sh").path],
                                   environment: ["DESTDIR": stage.path, "PREFIX": "/opt/vigia", "VIGIA_BINARY": binary])
        #expect(install.status == 0, "\(install.output)")
        let root = stage.appendingPathComponent("opt/vigia")
        for file in ["bin/vigia", "share/vigia/Data/sources.json", "share/man/man1/vigia.1", "share/bash-completion/completions/vigia",
                     "share/zsh/site-functions/_vigia", "share/fish/vendor_completions.d/vigia.fish"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(file).path), "\(file) not installed")
        }
        let installed = root.appendingPathComponent("bin/vigia").path
        let validate = try Self.run(installed, ["validate"])
        #expect(validate.status == 0, "\(validate.output)")
        #expect(validate.output.contains(root.appendingPathComponent("share/vigia/Data").path + ": valid"))
        let render = try Self.run(installed, ["render", "overview", "--size", "80x24"])
        #expect(render.status == 0)
        #expect(render.output.contains("Overview"))
    }

    /// Runs a program with the test's environment (without VIGIA_DATA or a config file) plus `environment`.
    static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["VIGIA_DATA"] = nil
        env["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-no-config").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-run-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
    }
}
