import Foundation

/// The user's settings file, `$XDG_CONFIG_HOME/vigia/config.json` (else `~/.config/vigia/config.json`):
/// a JSON object with any of `theme` (dark, light or mono), `country` (an ISO3 code or name the
/// dashboard opens on) and `data` (the data folder). Flags beat the environment, which beats
/// this file; a bad file is refused with the same `FILE:LINE:COLUMN: JSON-PATH: message` as data.
public struct UserConfig: Sendable, Equatable {
    public var theme: String?
    public var country: String?
    public var data: String?
    /// The file the settings came from and where each value stands in it, so a setting found
    /// wrong later (a country the data lacks, a folder that is gone) is reported at its place.
    var file: String?
    var positions: [String: SourcePosition] = [:]

    public static let themes = ["dark", "light", "mono"]
    static let keys = ["theme", "country", "data"]

    public init(theme: String? = nil, country: String? = nil, data: String? = nil) {
        self.theme = theme
        self.country = country
        self.data = data
    }

    /// Equal settings, wherever they were written.
    public static func == (lhs: UserConfig, rhs: UserConfig) -> Bool {
        (lhs.theme, lhs.country, lhs.data) == (rhs.theme, rhs.country, rhs.data)
    }

    /// A problem with `key`'s value, located in the file as the data's problems are.
    public func issue(_ key: String, _ message: String) -> DataIssue {
        DataIssue(file: file ?? "config.json", position: positions[key], path: JSONPath.root.appending(key), message: message)
    }

    /// Where the file is looked for.
    public static func location(environment: [String: String]) -> URL? {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return URL(fileURLWithPath: base).appendingPathComponent("vigia/config.json")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/vigia/config.json")
    }

    /// The settings in the file for `environment`; empty when there is no file.
    public static func load(environment: [String: String]) throws(LoadFailure) -> UserConfig {
        guard let url = location(environment: environment), let data = FileManager.default.contents(atPath: url.path) else { return UserConfig() }
        return try parse([UInt8](data), file: url.path, home: environment["HOME"])
    }

    /// Parses the bytes of a settings file named `file`; `~/` in `data` becomes `home`.
    public static func parse(_ bytes: [UInt8], file: String, home: String? = nil) throws(LoadFailure) -> UserConfig {
        var issues: [DataIssue] = []
        func issue(_ position: SourcePosition?, _ path: JSONPath?, _ message: String) {
            issues.append(DataIssue(file: file, position: position, path: path, message: message))
        }
        var parser = JSONParser(bytes: bytes)
        let tree = try parser.parse(file: file)
        guard case .object(let members) = tree.value else {
            throw .invalid([DataIssue(file: file, position: tree.position, path: .root, message: "expected an object with theme, country or data, found \(tree.typeName)")])
        }
        for duplicate in parser.duplicateKeys {
            issue(duplicate.position, duplicate.path, "duplicate setting \"\(duplicate.key)\" (first at \(duplicate.firstPosition))")
        }
        var config = UserConfig()
        config.file = file
        for member in members {
            let path = JSONPath.root.appending(member.key)
            guard keys.contains(member.key) else {
                let hint = Suggestion.closest(to: member.key, among: keys).map { " (did you mean \"\($0)\"?)" } ?? ""
                issue(member.keyPosition, path, "unknown setting \"\(member.key)\"; the settings are theme, country and data" + hint)
                continue
            }
            guard case .string(let text) = member.value.value, !text.isEmpty, !text.unicodeScalars.contains(where: DatasetLoader.isForbidden) else {
                issue(member.value.position, path, "expected a non-empty string without control characters, found \(member.value.typeName)")
                continue
            }
            config.positions[member.key] = member.value.position
            switch member.key {
            case "theme":
                if themes.contains(text) { config.theme = text } else {
                    issue(member.value.position, path, "theme \"\(text)\" is not one of dark, light or mono")
                }
            case "country": config.country = text
            default: config.data = text.hasPrefix("~/") ? (home ?? "~") + text.dropFirst() : text
            }
        }
        if !issues.isEmpty { throw .invalid(issues) }
        return config
    }
}
