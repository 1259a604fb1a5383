import Foundation

/// Loads and checks a scenario file with the data files' machinery: the positioned
/// `JSONParser`, `NodeDecoder` (unknown fields with a did-you-mean) and `DataIssue`, so a bad
/// scenario reads `FILE:LINE:COLUMN: JSON-PATH: message` like a bad data file and fails with
/// the same exit statuses (65 invalid, 66 missing).
public enum ScenarioLoader {
    /// A scenario is a few hundred bytes; anything near this is not one.
    public static let maximumBytes = 256 * 1024

    /// A scenario and the fingerprint of the bytes it was read from, so a later save can tell
    /// whether someone else changed the file in between.
    public struct Loaded: Sendable {
        public var scenario: Scenario
        public var fingerprint: FileFingerprint
    }

    /// Loads the scenario at `url`; `displayPath` is how errors name it. With a `dataset`,
    /// the recipient and source ids must exist in it.
    public static func load(from url: URL, displayPath: String? = nil, dataset: Dataset?) throws(LoadFailure) -> Loaded {
        let shown = displayPath ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .missing([DataIssue(file: shown, position: nil, path: nil, message: "no such scenario file")])
        }
        if isDirectory.boolValue { throw .missing([DataIssue(file: shown, position: nil, path: nil, message: "is a folder, expected a JSON scenario")]) }
        let modified = FileFingerprint.modificationTime(of: url)
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw .missing([DataIssue(file: shown, position: nil, path: nil, message: "cannot be opened for reading")])
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumBytes + 1) else {
            throw .missing([DataIssue(file: shown, position: nil, path: nil, message: "cannot be read")])
        }
        if data.count > maximumBytes {
            throw .invalid([DataIssue(file: shown, position: nil, path: nil, message: "the file is over \(maximumBytes / 1024) KB; a scenario is a few hundred bytes")])
        }
        let bytes = [UInt8](data)
        let scenario = try decode(bytes, displayPath: shown, dataset: dataset)
        return Loaded(scenario: scenario, fingerprint: FileFingerprint(bytes: bytes, modified: modified))
    }

    /// Every scenario in the data folder's `scenarios/` (the bundled default among them),
    /// checked against `dataset`, for `vigia validate`.
    public static func loadAll(dataFolder: URL, displayPath: String, dataset: Dataset) -> [(file: String, result: Result<Scenario, LoadFailure>)] {
        CompanionFiles.loadAll(ScenarioLocation.folderName, in: dataFolder, displayPath: displayPath) { (url, shown) throws(LoadFailure) in
            try load(from: url, displayPath: shown, dataset: dataset).scenario
        }
    }

    /// Decodes and checks a scenario held in memory.
    public static func decode(_ bytes: [UInt8], displayPath: String, dataset: Dataset?) throws(LoadFailure) -> Scenario {
        // The briefing decks' single-file log: locates a path in this file's tree.
        var log = try DeckLog.parse(bytes, file: displayPath, subject: "a scenario")
        let tree = log.tree
        let collector = NodeDecoder.Collector()
        var scenario: Scenario?
        do {
            scenario = try Scenario(from: NodeDecoder(node: tree, basePath: .root, collector: collector))
        } catch let error as DecodingError {
            // Decoding stops at its first problem; a file missing several fields hears of all,
            // found in the tree (a missing field decoding stopped at is among them).
            let missing = missingFields(in: tree)
            switch error {
            case .keyNotFound(let key, let context):
                let path = JSONPath(codingPath: context.codingPath)
                if !missing.contains(where: { $0.path == path && $0.field == key.stringValue }) {
                    log.add(path: path, "missing required field \"\(key.stringValue)\"")
                }
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                log.add(path: JSONPath(codingPath: context.codingPath), context.debugDescription)
            @unknown default:
                log.add(path: .root, "\(error)")
            }
            for field in missing {
                log.add(path: field.path, "missing required field \"\(field.field)\"")
            }
        } catch {
            log.add(path: .root, "\(error)")
        }
        for unknown in collector.unknownFields {
            let field = unknown.path.components.last.flatMap { if case .key(let key) = $0 { return key } else { return nil } } ?? ""
            let isPillar = unknown.known.contains(Pillar.policeReform.rawValue)
            var message = isPillar ? "unknown pillar \"\(field)\"; pillars are \(unknown.known.joined(separator: ", "))" : "unknown field \"\(field)\""
            if let guess = Suggestion.closest(to: field, among: unknown.known) { message += " (did you mean \"\(guess)\"?)" }
            log.add(at: unknown.position, path: unknown.path, message)
        }
        if let scenario {
            let sources = dataset.map { Set($0.sources.map(\.id)) }
            let countries = dataset.map { Set($0.countries.map(\.iso3)) }
            for problem in scenario.problems(sources: sources, countries: countries) {
                log.add(path: problem.path, problem.message)
            }
        }
        guard let scenario, log.issues.isEmpty else { throw .invalid(log.issues) }
        return scenario
    }

    /// The required fields `tree` leaves out, and the pillars its allocation leaves out, each
    /// with the path of the object that lacks it. `start_year` may be left out (it reads as null).
    static func missingFields(in tree: JSONNode) -> [(path: JSONPath, field: String)] {
        guard case .object(let members) = tree.value else { return [] }
        let present = Set(members.map(\.key))
        var missing = Scenario.CodingKeys.allCases.filter { $0 != .startYear && !present.contains($0.stringValue) }
            .map { (path: JSONPath.root, field: $0.stringValue) }
        if let allocation = members.first(where: { $0.key == Scenario.CodingKeys.allocation.stringValue })?.value,
           case .object(let shares) = allocation.value {
            let named = Set(shares.map(\.key))
            let path = JSONPath.root.appending(Scenario.CodingKeys.allocation.stringValue)
            missing += Pillar.allCases.filter { !named.contains($0.rawValue) }.map { (path: path, field: $0.rawValue) }
        }
        return missing
    }

}

/// Where scenarios live: the read-only bundled default and the user's own file.
public enum ScenarioLocation {
    /// The data folder's folder of scenarios.
    public static let folderName = "scenarios"
    /// The bundled default, relative to the data folder.
    public static let defaultRelativePath = folderName + "/plan_ecuador_default.json"

    /// The bundled default inside `dataFolder`.
    public static func bundledDefault(in dataFolder: URL) -> URL {
        dataFolder.appendingPathComponent(defaultRelativePath)
    }

    /// `$XDG_DATA_HOME/vigia/scenario.json`, else `~/.local/share/vigia/scenario.json` (the
    /// XDG base-directory default), so edits never go into the data folder or the checkout.
    public static func userFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("vigia/scenario.json")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/vigia/scenario.json")
    }
}
