import Foundation
import Testing
@testable import VigiaModel

/// The config file: what it may hold, and the located errors a bad one gets.
@Suite struct UserConfigTests {
    private func problems(_ text: String) -> [String] {
        do {
            _ = try UserConfig.parse(Array(text.utf8), file: "config.json")
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test func readsEverySetting() throws {
        let config = try UserConfig.parse(Array(#"{"theme": "light", "country": "COL", "data": "~/vigia-data"}"#.utf8), file: "c", home: "/home/ana")
        #expect(config == UserConfig(theme: "light", country: "COL", data: "/home/ana/vigia-data"))
    }

    @Test func badSettingsAreLocatedLikeData() {
        #expect(problems("{\n  \"theme\": \"blue\"\n}") == [#"config.json:2:12: $.theme: theme "blue" is not one of dark, light or mono"#])
        #expect(problems(#"{"contry": "ECU"}"#) == [#"config.json:1:2: $.contry: unknown setting "contry"; the settings are theme, country and data (did you mean "country"?)"#])
        #expect(problems(#"{"data": 3}"#) == [#"config.json:1:10: $.data: expected a non-empty string without control characters, found a number"#])
        #expect(problems("[]") == ["config.json:1:1: $: expected an object with theme, country or data, found an array"])
        #expect(problems("{\"theme\": \"dark\",}").first?.hasPrefix("config.json:1:") == true)
        #expect(problems(#"{"theme": "dark", "theme": "mono"}"#).first?.contains("duplicate setting \"theme\"") == true)
    }

    @Test func theFileIsLookedForUnderXDGConfigHomeElseHome() {
        #expect(UserConfig.location(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])?.path == "/x/vigia/config.json")
        #expect(UserConfig.location(environment: ["HOME": "/h"])?.path == "/h/.config/vigia/config.json")
        #expect(UserConfig.location(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"])?.path == "/h/.config/vigia/config.json")
    }
}
