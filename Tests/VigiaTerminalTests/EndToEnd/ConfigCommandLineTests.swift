import Foundation
import Testing

/// The config file as a user meets it: flags beat the environment, which beats the file.
@Suite struct ConfigCommandLineTests {
    private func withConfig(_ text: String, _ body: (URL) throws -> Void) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home.appendingPathComponent("vigia"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: home.appendingPathComponent("vigia/config.json"))
        try body(home)
    }

    @Test func theDataFolderComesFromFlagThenEnvironmentThenConfig() throws {
        try withConfig(#"{"data": "/nonexistent/from-config"}"#) { home in
            let env = ["XDG_CONFIG_HOME": home.path]
            let fromConfig = try BuiltProduct.run("vigia", ["validate"], environment: env)
            #expect(fromConfig.stderr.contains("/nonexistent/from-config: no such data folder"))
            let fromEnvironment = try BuiltProduct.run("vigia", ["validate"], environment: env.merging(["VIGIA_DATA": "/nonexistent/from-env"]) { $1 })
            #expect(fromEnvironment.stderr.contains("/nonexistent/from-env: no such data folder"))
            let fromFlag = try BuiltProduct.run("vigia", ["validate", "--data", "/nonexistent/from-flag"], environment: env.merging(["VIGIA_DATA": "/nonexistent/from-env"]) { $1 })
            #expect(fromFlag.stderr.contains("/nonexistent/from-flag: no such data folder"))
        }
    }

    @Test func theThemeComesFromTheConfigUnlessTheFlagSaysOtherwise() throws {
        let plain = ["render", "overview", "--size", "60x15", "--color"]
        let dark = try BuiltProduct.run("vigia", plain + ["--theme", "dark"])
        let light = try BuiltProduct.run("vigia", plain + ["--theme", "light"])
        #expect(dark.stdout != light.stdout)
        try withConfig(#"{"theme": "light"}"#) { home in
            let env = ["XDG_CONFIG_HOME": home.path]
            let configured = try BuiltProduct.run("vigia", plain, environment: env)
            let flagged = try BuiltProduct.run("vigia", plain + ["--theme", "dark"], environment: env)
            #expect(configured.stdout == light.stdout)
            #expect(flagged.stdout == dark.stdout)
        }
    }

    @Test func aBadConfigIsLocatedAndStopsTheCommand() throws {
        try withConfig("{\n  \"theme\": \"blue\"\n}\n") { home in
            let result = try BuiltProduct.run("vigia", ["validate"], environment: ["XDG_CONFIG_HOME": home.path])
            #expect(result.status == 65)
            #expect(result.stderr.hasPrefix(home.path + "/vigia/config.json:2:12: $.theme: theme \"blue\" is not one of dark, light or mono\n"))
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func theConfigsCountryAndFolderAreCheckedAndLocatedLikeData() throws {
        try withConfig("{\n  \"country\": \"Atlantis\"\n}\n") { home in
            let result = try BuiltProduct.run("vigia", ["dashboard"], environment: ["XDG_CONFIG_HOME": home.path])
            #expect(result.status == 65)
            #expect(result.stderr == home.path + "/vigia/config.json:2:14: $.country: no country \"Atlantis\"; try its ISO3 code or part of its name\n", "\(result.stderr)")
        }
        try withConfig(#"{"data": "/nonexistent/from-config"}"#) { home in
            let result = try BuiltProduct.run("vigia", ["render", "overview"], environment: ["XDG_CONFIG_HOME": home.path])
            #expect(result.status == 66)
            #expect(result.stderr == home.path + "/vigia/config.json:1:10: $.data: /nonexistent/from-config: no such data folder\n")
        }
    }

    /// `vigia` alone opens the dashboard without ArgumentParser; a bad config file must stop
    /// it exactly as it stops `vigia dashboard`, which is parsed.
    @Test func theBareCommandRefusesABadConfigAsTheDashboardCommandDoes() throws {
        let configs = ["{\n  \"theme\": \"blue\"\n}\n", "{\n  \"country\": \"Atlantis\"\n}\n", #"{"data": "/nonexistent/from-config"}"#]
        for config in configs {
            try withConfig(config) { home in
                let environment = ["XDG_CONFIG_HOME": home.path]
                let bare = try BuiltProduct.run("vigia", [], environment: environment)
                let parsed = try BuiltProduct.run("vigia", ["dashboard"], environment: environment)
                #expect([65, 66].contains(bare.status), "\(config)")
                #expect(bare.status == parsed.status && bare.stderr == parsed.stderr && bare.stdout == parsed.stdout, "\(config)")
                #expect(bare.stderr.hasPrefix(home.path + "/vigia/config.json:"), "\(bare.stderr)")
            }
        }
    }
}
