import Foundation

/// Loads and checks briefing decks with the data set's machinery: the positioned `JSONParser`,
/// `NodeDecoder` (unknown fields with a did-you-mean) and `DataIssue`'s
/// `FILE:LINE:COLUMN: JSON-PATH: message`, so a deck error reads like a data error.
///
/// Each step is decoded on its own, so one bad step never hides problems in the others, and
/// every reference (country, decree, program, claim, source, event) is checked against the
/// loaded `Dataset`: a deck that validates can always be shown.
public enum BriefingLoader {
    /// The folder inside a data folder that holds decks.
    public static let folderName = "briefings"

    /// Loads the deck at `url`; `displayPath` is how errors name it.
    public static func load(from url: URL, displayPath: String? = nil, dataset: Dataset) throws(LoadFailure) -> BriefingDeck {
        let shown = displayPath ?? url.path
        let bytes: [UInt8]
        switch read(url) {
        case .success(let read): bytes = read
        case .failure(let failure):
            switch failure {
            case .missing(let reason): throw .missing([DataIssue(file: shown, position: nil, path: nil, message: reason)])
            case .tooLarge(let size):
                throw .invalid([DataIssue(file: shown, position: nil, path: nil, message: "the deck is \(size / 1024) KB; the limit is \(BriefingDeck.maximumBytes / 1024) KB")])
            }
        }
        return try decode(bytes, displayPath: shown, dataset: dataset)
    }

    /// Decodes and checks a deck held in memory (what `load` does after reading the file).
    public static func decode(_ bytes: [UInt8], displayPath: String, dataset: Dataset) throws(LoadFailure) -> BriefingDeck {
        var log = try DeckLog.parse(bytes, file: displayPath, subject: "decks")
        let tree = log.tree
        let deck = decodeDeck(tree, log: &log)
        if let deck { DeckChecker(dataset: dataset).check(deck, log: &log) }
        guard let deck, log.issues.isEmpty else { throw .invalid(log.issues) }
        return deck
    }

    /// Every `*.json` deck under `folder/briefings`, sorted by file name, each loaded or failed.
    /// A data folder without a `briefings` folder simply has no decks.
    public static func loadAll(dataFolder: URL, displayPath: String, dataset: Dataset) -> [(file: String, result: Result<BriefingDeck, LoadFailure>)] {
        CompanionFiles.loadAll(folderName, in: dataFolder, displayPath: displayPath) { (url, shown) throws(LoadFailure) in
            try load(from: url, displayPath: shown, dataset: dataset)
        }
    }

    // MARK: Reading

    private enum ReadFailure: Error {
        case missing(String)
        case tooLarge(Int)
    }

    private static func read(_ url: URL) -> Result<[UInt8], ReadFailure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .failure(.missing("no such deck")) }
        if isDirectory.boolValue { return .failure(.missing("is a folder, expected a JSON deck")) }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return .failure(.missing("cannot be opened for reading")) }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: BriefingDeck.maximumBytes + 1) else { return .failure(.missing("cannot be read")) }
        if data.count > BriefingDeck.maximumBytes { return .failure(.tooLarge(data.count)) }
        return .success([UInt8](data))
    }

    // MARK: Decoding

    private static func decodeDeck(_ tree: JSONNode, log: inout DeckLog) -> BriefingDeck? {
        guard case .object(let members) = tree.value else {
            log.add(at: tree.position, path: .root, "expected an object with \"title\" and \"steps\", found \(tree.typeName)")
            return nil
        }
        let known = BriefingDeck.CodingKeys.allCases.map(\.rawValue)
        for member in members where !known.contains(member.key) {
            var message = "unknown top-level key \"\(member.key)\""
            if let guess = Suggestion.closest(to: member.key, among: known) { message += " (did you mean \"\(guess)\"?)" }
            log.add(at: member.keyPosition, path: JSONPath.root.appending(member.key), message)
        }
        var title: String?
        switch tree.member("title")?.value.value {
        case .string(let text)?: title = text
        case nil: log.add(path: .root, "missing required key \"title\"")
        default: log.add(path: JSONPath.root.appending("title"), "expected a string")
        }
        var description: String?
        switch tree.member("description")?.value.value {
        case .string(let text)?: description = text
        case .null?, nil: break
        default: log.add(path: JSONPath.root.appending("description"), "expected a string or null")
        }
        guard let stepsMember = tree.member("steps") else {
            log.add(path: .root, "missing required key \"steps\"")
            return nil
        }
        guard case .array(let items) = stepsMember.value.value else {
            log.add(path: JSONPath.root.appending("steps"), "expected an array, found \(stepsMember.value.typeName)")
            return nil
        }
        let base = JSONPath([.key("steps")])
        var steps: [BriefingStep] = []
        var allDecoded = true
        for (index, item) in items.enumerated() {
            let collector = NodeDecoder.Collector()
            let decoder = NodeDecoder(node: item, basePath: base, codingPath: [IndexKey(index)], collector: collector)
            do {
                steps.append(try BriefingStep(from: decoder))
            } catch let error as DecodingError {
                allDecoded = false
                report(error, base: base, log: &log)
            } catch {
                allDecoded = false
                log.add(path: base.appending(index), "\(error)")
            }
            for unknown in collector.unknownFields {
                let field = unknown.path.components.last.flatMap { if case .key(let key) = $0 { return key } else { return nil } } ?? ""
                var message = "unknown field \"\(field)\""
                if let guess = Suggestion.closest(to: field, among: unknown.known) { message += " (did you mean \"\(guess)\"?)" }
                log.add(at: unknown.position, path: unknown.path, message)
            }
        }
        guard let title, allDecoded else { return nil }
        return BriefingDeck(title: title, description: description, steps: steps)
    }

    private static func report(_ error: DecodingError, base: JSONPath, log: inout DeckLog) {
        switch error {
        case .keyNotFound(let key, let context):
            log.add(path: JSONPath(codingPath: context.codingPath, under: base), "missing required field \"\(key.stringValue)\"")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            log.add(path: JSONPath(codingPath: context.codingPath, under: base), context.debugDescription)
        @unknown default:
            log.add(path: base, "\(error)")
        }
    }

}

/// Problems in one file of its own (a deck, a scenario, the map's outlines), located by JSON
/// path in its parsed tree.
struct DeckLog {
    let file: String
    let tree: JSONNode
    private(set) var issues: [DataIssue] = []

    init(file: String, tree: JSONNode) {
        self.file = file
        self.tree = tree
    }

    /// Parses one file (a deck or a scenario) and starts its log with what every file is held
    /// to: duplicate keys reported, no control characters, escapes or infinite numbers.
    /// Malformed JSON fails at once with its position.
    static func parse(_ bytes: [UInt8], file: String, subject: String) throws(LoadFailure) -> DeckLog {
        var parser = JSONParser(bytes: bytes)
        let tree = try parser.parse(file: file)
        var log = DeckLog(file: file, tree: tree)
        for duplicate in parser.duplicateKeys {
            log.add(at: duplicate.position, path: duplicate.path, "duplicate key \"\(duplicate.key)\" (first at \(duplicate.firstPosition)); only the first is used")
        }
        // The parser notes whether any string, key or number needs it; the walk is for the messages.
        if parser.needsScalarCheck {
            DatasetLoader.forbiddenScalars(in: tree, path: .root, subject: subject) { log.add(at: $0, path: $1, $2) }
        }
        return log
    }

    mutating func add(at position: SourcePosition?, path: JSONPath?, _ message: String) {
        issues.append(DataIssue(file: file, position: position, path: path, message: message))
    }

    /// Records a problem at the value `path` names, or at its nearest existing parent.
    mutating func add(path: JSONPath, _ message: String) {
        var components = path.components
        var position: SourcePosition?
        while position == nil {
            position = tree.node(at: JSONPath(components))?.position
            if components.isEmpty { break }
            components.removeLast()
        }
        add(at: position, path: path, message)
    }
}

/// The rules that need the data set: every reference resolves, and the selection fits the screen.
struct DeckChecker {
    let dataset: Dataset

    func check(_ deck: BriefingDeck, log: inout DeckLog) {
        if deck.title.trimmingCharacters(in: .whitespaces).isEmpty { log.add(path: JSONPath.root.appending("title"), "the title is empty") }
        if deck.steps.isEmpty { log.add(path: JSONPath.root.appending("steps"), "a deck needs at least one step") }
        if deck.steps.count > BriefingDeck.maximumSteps {
            log.add(path: JSONPath.root.appending("steps"), "\(deck.steps.count) steps; the limit is \(BriefingDeck.maximumSteps)")
        }
        for (index, step) in deck.steps.enumerated() {
            check(step, at: JSONPath([.key("steps"), .index(index)]), log: &log)
        }
    }

    private func check(_ step: BriefingStep, at path: JSONPath, log: inout DeckLog) {
        let countries = Set(dataset.countries.map(\.iso3))
        if step.title.trimmingCharacters(in: .whitespaces).isEmpty { log.add(path: path.appending("title"), "the title is empty") }
        if step.notes.isEmpty || step.notes.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            log.add(path: path.appending("notes"), "speaker notes are empty; say what the screen shows")
        }
        link(step.country, among: countries, field: "country", file: "countries.json", on: [.homicides, .decrees, .map], step, path, log: &log)
        if let compare = step.compare { check(compare: compare, of: step, countries: countries, at: path, log: &log) }
        if let year = step.year { check(year: year, of: step, at: path, log: &log) }
        if step.measure != nil { allowed(on: [.overview, .homicides], step, field: "measure", path, log: &log) }
        link(step.decree, among: Set(dataset.decrees.map(\.id)), field: "decree", file: "decrees.json", on: [.decrees], step, path, log: &log)
        if let decree = step.decree, let country = step.country, let found = dataset.decree(decree), found.country != country {
            log.add(path: path.appending("decree"), "decree \(decree) belongs to \(found.country), not \(country)")
        }
        if step.zoom != nil { allowed(on: [.decrees], step, field: "zoom", path, log: &log) }
        link(step.program, among: Set(dataset.programs.map(\.id)), field: "program", file: "programs.json", on: [.programs], step, path, log: &log)
        link(step.claim, among: Set(dataset.claims.map(\.id)), field: "claim", file: "claims.json", on: [.claims], step, path, log: &log)
        link(step.source, among: Set(dataset.sources.map(\.id)), field: "source", file: "sources.json", on: [.claims], step, path, log: &log)
        link(step.event, among: Set(dataset.events.map(\.id)), field: "event", file: "events.json", on: [.overview], step, path, log: &log)
        checkSources(of: step, at: path, log: &log)
        if let minutes = step.minutes, !(minutes > 0 && minutes <= BriefingStep.maximumMinutes) {
            let given = minutes.rounded() == minutes && abs(minutes) < 1e9 ? String(Int(minutes)) : String(minutes)
            log.add(path: path.appending("minutes"), "minutes must be more than 0 and at most \(Int(BriefingStep.maximumMinutes)), not \(given)")
        }
    }

    /// A step's compared countries: one to eight, each known and listed once.
    private func check(compare: [String], of step: BriefingStep, countries: Set<String>, at path: JSONPath, log: inout DeckLog) {
        if compare.isEmpty { log.add(path: path.appending("compare"), "compare needs at least one country") }
        if compare.count > 8 { log.add(path: path.appending("compare"), "the chart compares at most 8 countries; \(compare.count) given") }
        for (index, code) in compare.enumerated() {
            reference(code, in: countries, what: "country", file: "countries.json", path.appending("compare").appending(index), log: &log)
            if compare.firstIndex(of: code) != index { log.add(path: path.appending("compare").appending(index), "\(code) is listed twice") }
        }
        allowed(on: [.homicides], step, field: "compare", path, log: &log)
    }

    /// A step's year: inside the homicide data when there is any, else inside 1900–2100.
    private func check(year: Int, of step: BriefingStep, at path: JSONPath, log: inout DeckLog) {
        if let years = dataset.homicideYears, !years.contains(year) {
            log.add(path: path.appending("year"), "year \(year) is outside the homicide data (\(years.lowerBound)–\(years.upperBound))")
        } else if !(1900...2100).contains(year) {
            log.add(path: path.appending("year"), "year \(year) is outside 1900–2100")
        }
        allowed(on: [.overview, .homicides, .map], step, field: "year", path, log: &log)
    }

    /// A step's listed sources (known, each once) and the sources its notes cite.
    private func checkSources(of step: BriefingStep, at path: JSONPath, log: inout DeckLog) {
        let sourceIDs = Set(dataset.sources.map(\.id))
        for (index, source) in step.sources.enumerated() {
            reference(source, in: sourceIDs, what: "source", file: "sources.json", path.appending("sources").appending(index), log: &log)
            if step.sources.firstIndex(of: source) != index { log.add(path: path.appending("sources").appending(index), "\(source) is listed twice") }
        }
        for cited in step.citedInNotes where !sourceIDs.contains(cited) {
            var message = "the notes cite [\(cited)], which is not in sources.json"
            if let guess = Suggestion.closest(to: cited, among: sourceIDs.sorted()) { message += " (did you mean \"\(guess)\"?)" }
            log.add(path: path.appending("notes"), message)
        }
    }

    /// A step's link to one record (`field` names both the record and the step's key): the
    /// record must exist, and the step's screen must be one that shows it.
    private func link(_ id: String?, among known: Set<String>, field: String, file: String, on screens: [BriefingStep.Screen],
                      _ step: BriefingStep, _ path: JSONPath, log: inout DeckLog) {
        guard let id else { return }
        reference(id, in: known, what: field, file: file, path.appending(field), log: &log)
        allowed(on: screens, step, field: field, path, log: &log)
    }

    private func reference(_ value: String, in known: Set<String>, what: String, file: String, _ path: JSONPath, log: inout DeckLog) {
        guard !known.contains(value) else { return }
        var message = "\(what) \"\(value)\" is not in \(file)"
        if let guess = Suggestion.closest(to: value, among: known.sorted()) { message += " (did you mean \"\(guess)\"?)" }
        log.add(path: path, message)
    }

    private func allowed(on screens: [BriefingStep.Screen], _ step: BriefingStep, field: String, _ path: JSONPath, log: inout DeckLog) {
        guard !screens.contains(step.screen) else { return }
        let names = screens.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
        log.add(path: path.appending(field), "\(field) needs screen \(names), not \"\(step.screen.rawValue)\"")
    }
}
