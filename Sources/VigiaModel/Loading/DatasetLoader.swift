import Foundation

/// Loads, decodes and validates a data folder, reporting every problem in one pass.
///
/// Reading never writes: the folder is opened read-only, and nothing is cached beside it.
public enum DatasetLoader {
    /// How long each phase of one load took; `vigia-bench` reports them separately so a slow
    /// load can be pinned on reading and parsing, decoding, validation or indexing.
    public struct Profile: Sendable {
        /// Reading the files, parsing them into trees and checking their shape, summed over
        /// the files (they are read on all cores at once, so this can exceed `filesWall`).
        public var parsing: Duration = .zero
        /// Decoding records from the trees, summed over the files.
        public var decoding: Duration = .zero
        /// Wall time of reading, parsing and decoding every file (in parallel).
        public var filesWall: Duration = .zero
        /// The cross-record rules (`Validator`).
        public var validating: Duration = .zero
        /// Building `Dataset` and its indexes.
        public var indexing: Duration = .zero

        public init() {}

        /// Wall time of the whole load.
        public var total: Duration { filesWall + validating + indexing }
    }

    /// Loads the folder at `folder`; `displayPath` is how errors name it (as the user typed it).
    public static func load(from folder: URL, displayPath: String? = nil) throws(LoadFailure) -> Dataset {
        var profile = Profile()
        return try load(from: folder, displayPath: displayPath, profile: &profile)
    }

    /// Loads the folder at `folder`, recording how long each phase took in `profile`.
    ///
    /// The files are independent until validation, so each is read, parsed and decoded on its
    /// own, on every core at once (the largest first); their issues are then put back in the
    /// order a file-by-file load reports them: reading and shape problems file by file, then
    /// decoding problems file by file.
    public static func load(from folder: URL, displayPath: String? = nil, profile: inout Profile) throws(LoadFailure) -> Dataset {
        let clock = ContinuousClock()
        let phaseStart = clock.now
        let shown = displayPath ?? folder.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missing([DataIssue(file: shown, position: nil, path: nil, message: "no such data folder")])
        }
        var displayPaths: [DataFile: String] = [:]
        for file in DataFile.allCases {
            displayPaths[file] = (shown as NSString).appendingPathComponent(file.fileName)
        }

        let files = DataFile.allCases
        let sizes = files.map { file in
            (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(file.fileName).path)[.size] as? NSNumber)?.intValue ?? 0
        }
        let order = files.indices.sorted { sizes[$0] > sizes[$1] }
        let results = FileResults(count: files.count)
        let paths = displayPaths
        DispatchQueue.concurrentPerform(iterations: order.count) { slot in
            let index = order[slot]
            results.store(loadFile(files[index], in: folder, displayPaths: paths), at: index)
        }
        let loads = results.all
        profile.filesWall = clock.now - phaseStart
        return try assemble(loads, displayPaths: displayPaths, profile: &profile)
            .addingOutlines(from: folder, displayPath: shown)
    }

    /// Loads a data folder held in memory, one byte array per file (an absent entry is a
    /// missing file), with the same parsing, decoding, validation and messages as
    /// `load(from:)` but without touching the disk or other threads. The fuzzer feeds it
    /// arbitrary bytes; `displayPath` names the folder in messages.
    public static func load(files contents: [DataFile: [UInt8]], displayPath: String) throws(LoadFailure) -> Dataset {
        var displayPaths: [DataFile: String] = [:]
        for file in DataFile.allCases {
            displayPaths[file] = (displayPath as NSString).appendingPathComponent(file.fileName)
        }
        let loads = DataFile.allCases.map { file in
            let clock = ContinuousClock()
            guard let bytes = contents[file] else {
                return unreadable(file, missing: DataIssue(file: displayPaths[file]!, position: nil, path: nil, message: "no such file"), displayPaths: displayPaths)
            }
            if bytes.count > DataFile.maximumBytes { return unreadable(file, tooLarge: bytes.count, displayPaths: displayPaths) }
            return loadFile(file, bytes: bytes, displayPaths: displayPaths, started: clock.now)
        }
        var profile = Profile()
        return try assemble(loads, displayPaths: displayPaths, profile: &profile)
    }

    /// Cross-checks the files' records and builds the data set, or throws every issue found.
    private static func assemble(_ loads: [FileLoad], displayPaths: [DataFile: String], profile: inout Profile) throws(LoadFailure) -> Dataset {
        let clock = ContinuousClock()
        let files = DataFile.allCases
        for load in loads {
            profile.parsing += load.parsing
            profile.decoding += load.decoding
        }

        let missing = loads.compactMap(\.missing)
        if !missing.isEmpty { throw .missing(missing) }
        var log = IssueLog(displayPaths: displayPaths)
        for (file, load) in zip(files, loads) {
            if let tree = load.tree { log.register(tree, for: file) }
        }
        for load in loads { log.append(load.readIssues) }
        for load in loads { log.append(load.decodeIssues, unlisted: load.unlisted) }
        func records<Record>(_ file: DataFile) -> RecordList<Record> {
            // Each slot holds the list `decodeRecords` made for that file's record type.
            loads[files.firstIndex(of: file)!].records as! RecordList<Record>
        }
        let folderRecords = DecodedFolder(
            sources: records(.sources),
            countries: records(.countries),
            regions: records(.regions),
            population: records(.population),
            homicides: records(.homicides),
            regionalHomicides: records(.regionalHomicides),
            monthlyHomicides: records(.monthlyHomicides),
            decrees: records(.decrees),
            events: records(.events),
            programs: records(.programs),
            programFunding: records(.programFunding),
            usAid: records(.usAid),
            lessons: records(.lessons),
            claims: records(.claims)
        )
        var phaseStart = clock.now
        Validator(folder: folderRecords).validate(into: &log)
        if !log.issues.isEmpty { throw .invalid(log.reported) }
        profile.validating = clock.now - phaseStart
        phaseStart = clock.now
        let dataset = Dataset(folderRecords)
        profile.indexing = clock.now - phaseStart
        return dataset
    }

    /// What loading one file produced: its tree, its records, its problems, its timings.
    private struct FileLoad: Sendable {
        var missing: DataIssue?
        var tree: JSONNode?
        var readIssues: [DataIssue] = []
        var decodeIssues: [DataIssue] = []
        /// Problems beyond the per-file limit, only counted (see `IssueLog`).
        var unlisted: [String: Int] = [:]
        /// A `RecordList` of the file's record type.
        var records: any Sendable
        var parsing: Duration = .zero
        var decoding: Duration = .zero
    }

    /// One slot per file, each written by exactly one task; read after they have all finished.
    private final class FileResults: @unchecked Sendable {
        private let lock = NSLock()
        private var loads: [FileLoad?]

        init(count: Int) { loads = Array(repeating: nil, count: count) }

        func store(_ load: FileLoad, at index: Int) {
            lock.withLock { loads[index] = load }
        }

        var all: [FileLoad] { lock.withLock { loads.map { $0! } } }
    }

    /// Reads, parses, shape-checks and decodes one file, with its own issue log.
    private static func loadFile(_ file: DataFile, in folder: URL, displayPaths: [DataFile: String]) -> FileLoad {
        let start = ContinuousClock().now
        let bytes: [UInt8]
        do {
            bytes = try readBounded(folder.appendingPathComponent(file.fileName))
        } catch let failure as ReadFailure {
            switch failure {
            case .missing(let reason):
                return unreadable(file, missing: DataIssue(file: displayPaths[file]!, position: nil, path: nil, message: reason), displayPaths: displayPaths)
            case .tooLarge(let size):
                return unreadable(file, tooLarge: size, displayPaths: displayPaths)
            }
        } catch {
            return unreadable(file, missing: DataIssue(file: displayPaths[file]!, position: nil, path: nil, message: error.localizedDescription), displayPaths: displayPaths)
        }
        return loadFile(file, bytes: bytes, displayPaths: displayPaths, started: start)
    }

    /// A file that could not be read (`missing`) or was refused before parsing (`tooLarge`).
    private static func unreadable(_ file: DataFile, missing: DataIssue? = nil, tooLarge size: Int? = nil, displayPaths: [DataFile: String]) -> FileLoad {
        var log = IssueLog(displayPaths: displayPaths)
        if let size {
            log.add(file, at: nil, path: nil, "the file is \(size / 1_048_576) MB; the limit is \(DataFile.maximumBytes / 1_048_576) MB")
        }
        let (records, _) = decodeRecords(file, nil, log: log)
        return FileLoad(missing: missing, tree: nil, readIssues: log.issues, records: records)
    }

    /// Parses, shape-checks and decodes one file's bytes, with its own issue log.
    private static func loadFile(_ file: DataFile, bytes: [UInt8], displayPaths: [DataFile: String], started start: ContinuousClock.Instant) -> FileLoad {
        let clock = ContinuousClock()
        var log = IssueLog(displayPaths: displayPaths)
        var tree: JSONNode?
        var items: [JSONNode]?
        reading: do {
            var parser = JSONParser(bytes: bytes)
            let parsed: JSONNode
            do {
                parsed = try parser.parse()
            } catch {
                log.add(file, at: error.position, path: nil, "malformed JSON: \(error.message)")
                break reading
            }
            tree = parsed
            log.register(parsed, for: file)
            for duplicate in parser.duplicateKeys {
                log.add(file, at: duplicate.position, path: duplicate.path, "duplicate key \"\(duplicate.key)\" (first at \(duplicate.firstPosition)); only the first is used")
            }
            if parser.needsScalarCheck {
                forbiddenScalars(in: parsed, path: .root, subject: "data") { log.add(file, at: $0, path: $1, $2) }
            }
            items = topLevelArray(parsed, file: file, log: &log)
        }
        let readIssues = log.issues
        let parsed = clock.now
        let (records, decodeLog) = decodeRecords(file, items, log: log)
        return FileLoad(
            missing: nil, tree: tree, readIssues: readIssues, decodeIssues: Array(decodeLog.issues.dropFirst(readIssues.count)), unlisted: decodeLog.unlisted,
            records: records, parsing: parsed - start, decoding: clock.now - parsed)
    }

    /// Decodes the records of `file` into a `RecordList` of its record type.
    private static func decodeRecords(_ file: DataFile, _ items: [JSONNode]?, log: IssueLog) -> (any Sendable, IssueLog) {
        var decoder = RecordDecoder(arrays: items.map { [file: $0] } ?? [:], log: log)
        let records: any Sendable
        switch file {
        case .sources: records = decoder.decode(file, as: Source.self)
        case .countries: records = decoder.decode(file, as: Country.self)
        case .regions: records = decoder.decode(file, as: Region.self)
        case .population: records = decoder.decode(file, as: PopulationRecord.self)
        case .homicides, .regionalHomicides: records = decoder.decode(file, as: HomicideRecord.self)
        case .monthlyHomicides: records = decoder.decode(file, as: MonthlyHomicideRecord.self)
        case .decrees: records = decoder.decode(file, as: Decree.self)
        case .events: records = decoder.decode(file, as: SecurityEvent.self)
        case .programs: records = decoder.decode(file, as: Program.self)
        case .programFunding: records = decoder.decode(file, as: FundingRecord.self)
        case .usAid: records = decoder.decode(file, as: AidRecord.self)
        case .lessons: records = decoder.decode(file, as: Lesson.self)
        case .claims: records = decoder.decode(file, as: Claim.self)
        }
        return (records, decoder.log)
    }

    private enum ReadFailure: Error {
        case missing(String)
        case tooLarge(Int)
    }

    private static func readBounded(_ url: URL) throws -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            throw ReadFailure.missing("no such file")
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory { throw ReadFailure.missing("is a folder, expected a JSON file") }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > DataFile.maximumBytes { throw ReadFailure.tooLarge(size) }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw ReadFailure.missing("cannot be opened for reading") }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: DataFile.maximumBytes + 1) ?? Data()
        if data.count > DataFile.maximumBytes { throw ReadFailure.tooLarge(data.count) }
        return [UInt8](data)
    }

    private static func topLevelArray(_ tree: JSONNode, file: DataFile, log: inout IssueLog) -> [JSONNode]? {
        guard case .object(let members) = tree.value else {
            log.add(file, at: tree.position, path: .root, "expected an object with the key \"\(file.key)\", found \(tree.typeName)")
            return nil
        }
        for member in members where member.key != file.key {
            var message = "unknown top-level key \"\(member.key)\"; this file holds only \"\(file.key)\""
            if Suggestion.closest(to: member.key, among: [file.key]) != nil { message += " (did you mean \"\(file.key)\"?)" }
            log.add(file, at: member.keyPosition, path: JSONPath.root.appending(member.key), message)
        }
        guard let member = tree.member(file.key) else {
            log.add(file, at: tree.position, path: .root, "missing required key \"\(file.key)\"")
            return nil
        }
        guard case .array(let items) = member.value.value else {
            log.add(file, at: member.value.position, path: JSONPath.root.appending(file.key), "expected an array, found \(member.value.typeName)")
            return nil
        }
        return items
    }

    /// Rejects what no field may hold: terminal control characters in strings, infinite numbers.
    /// Walks a parsed file for what no field may hold — control characters, escapes and bidi
    /// controls in strings or keys, infinite numbers — and reports each with its position.
    /// Shared by every loader (data, decks, scenarios) so the rule is written once.
    static func forbiddenScalars(in node: JSONNode, path: JSONPath, subject: String, report: (SourcePosition, JSONPath, String) -> Void) {
        switch node.value {
        case .string(let text):
            if let scalar = text.unicodeScalars.first(where: Self.isForbidden) {
                report(node.position, path, "string contains \(describe(scalar)); \(subject) must not carry control characters or escape sequences")
            }
        case .number(let value) where !value.isFinite:
            report(node.position, path, "number is not finite (too large to represent)")
        case .array(let items):
            for (index, item) in items.enumerated() { forbiddenScalars(in: item, path: path.appending(index), subject: subject, report: report) }
        case .object(let members):
            for member in members {
                if let scalar = member.key.unicodeScalars.first(where: Self.isForbidden) {
                    report(member.keyPosition, path.appending(member.key), "key contains \(describe(scalar))")
                }
                forbiddenScalars(in: member.value, path: path.appending(member.key), subject: subject, report: report)
            }
        default:
            break
        }
    }

    /// Control characters (C0, DEL, C1) and bidirectional overrides and isolates.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0x1B: return "an escape character (\(code), ESC)"
        case 0x00: return "a NUL character (\(code))"
        case 0x9B: return "a C1 control sequence introducer (\(code), CSI)"
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "a bidirectional-text control (\(code))"
        default: return "a control character (\(code))"
        }
    }
}
