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
        /// The cross-record rules (`Validator`), with `Dataset` built beside them.
        public var validating: Duration = .zero
        /// What building `Dataset` and its indexes, and checking the map's outlines, add after
        /// the rules: the wait for them.
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
    /// decoding problems file by file. The map's outline file is read and parsed among them,
    /// and checked beside the rules, but its problems are reported only when the data files
    /// have none.
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
        // One job per data file, and a last one for the map's outlines, which are parsed beside
        // the files and checked against their records once the data set is assembled.
        let outlineJob = files.count
        let sizes = (files.map(\.fileName) + [OutlineLoader.fileName]).map { name in
            BoundedFile.size(at: folder.appendingPathComponent(name).path)
        }
        let order = sizes.indices.sorted { sizes[$0] > sizes[$1] }
        let results = ParallelSlots<FileLoad>(count: files.count)
        let outlineFile = ParallelSlots<Result<OutlineLoader.Parsed?, LoadFailure>>(count: 1)
        let paths = displayPaths
        DispatchQueue.concurrentPerform(iterations: order.count) { slot in
            let index = order[slot]
            if index == outlineJob {
                outlineFile.store(Result { () throws(LoadFailure) in try OutlineLoader.read(from: folder, displayPath: shown) }, at: 0)
            } else {
                results.store(loadFile(files[index], in: folder, displayPaths: paths), at: index)
            }
        }
        let loads = results.all
        profile.filesWall = clock.now - phaseStart
        return try assemble(loads, outlines: outlineFile.all[0], displayPaths: displayPaths, profile: &profile)
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
            return loadFile(file, bytes: bytes, displayPaths: displayPaths, started: clock.now) { bytes }
        }
        var profile = Profile()
        return try assemble(loads, displayPaths: displayPaths, profile: &profile)
    }

    /// Cross-checks the files' records and builds the data set, or throws every issue found;
    /// `outlines` is the parsed outline file (nil when the folder has none).
    private static func assemble(_ loads: [FileLoad], outlines: Result<OutlineLoader.Parsed?, LoadFailure> = .success(nil), displayPaths: [DataFile: String],
                                 profile: inout Profile) throws(LoadFailure) -> Dataset {
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
            if let located = load.located { log.register(located, for: file) }
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
        // The data set's indexes and the map's outlines only read the records, as the rules do:
        // they are built and checked beside the rules, on the core the rules leave idle as they
        // finish, and let go if a rule fails. `indexing` is what waiting for them adds after the rules.
        let built = ParallelSlots<Dataset>(count: 1)
        let checkedOutlines = ParallelSlots<Result<[CountryOutline]?, LoadFailure>>(count: 1)
        let indexed = DispatchGroup()
        DispatchQueue.global().async(group: indexed) { built.store(Dataset(folderRecords), at: 0) }
        // Records with a problem already listed refuse the folder, so their outlines go unchecked.
        let outlinesToCheck = log.issues.isEmpty ? outlines : .success(nil)
        DispatchQueue.global().async(group: indexed) {
            checkedOutlines.store(Result { () throws(LoadFailure) -> [CountryOutline]? in
                guard let file = try outlinesToCheck.get() else { return nil }
                return try checkOutlines(file, in: folderRecords)
            }, at: 0)
        }
        var phaseStart = clock.now
        Validator(folder: folderRecords).validate(into: &log)
        profile.validating = clock.now - phaseStart
        phaseStart = clock.now
        indexed.wait()
        if !log.issues.isEmpty { throw .invalid(log.reported) }
        profile.indexing = clock.now - phaseStart
        let dataset = built.all[0]
        guard let checked = try checkedOutlines.all[0].get() else { return dataset }
        return dataset.with(outlines: checked)
    }

    /// The outlines of a parsed outline file, checked against the folder's sources and its
    /// countries in the data set's order (by name), the order missing outlines are reported in.
    private static func checkOutlines(_ file: OutlineLoader.Parsed, in folder: DecodedFolder) throws(LoadFailure) -> [CountryOutline] {
        try OutlineLoader.outlines(in: file, sources: Set(folder.sources.records.map(\.id)), countries: Dataset.ordered(folder.countries.records))
    }

    /// What loading one file produced: where its values are, its records, its problems, its timings.
    private struct FileLoad: Sendable {
        var missing: DataIssue?
        var located: LocatedFile?
        var readIssues: [DataIssue] = []
        var decodeIssues: [DataIssue] = []
        /// Problems beyond the per-file limit, only counted (see `IssueLog`).
        var unlisted: [String: Int] = [:]
        /// A `RecordList` of the file's record type.
        var records: any Sendable
        var parsing: Duration = .zero
        var decoding: Duration = .zero
    }

    /// Reads, parses, shape-checks and decodes one file, with its own issue log.
    private static func loadFile(_ file: DataFile, in folder: URL, displayPaths: [DataFile: String]) -> FileLoad {
        let start = ContinuousClock().now
        let bytes: [UInt8]
        do {
            bytes = try BoundedFile.bytes(at: folder.appendingPathComponent(file.fileName).path)
        } catch {
            switch error {
            case .absent:
                return unreadable(file, missing: DataIssue(file: displayPaths[file]!, position: nil, path: nil, message: "no such file"), displayPaths: displayPaths)
            case .unreadable(let reason):
                return unreadable(file, missing: DataIssue(file: displayPaths[file]!, position: nil, path: nil, message: reason), displayPaths: displayPaths)
            case .tooLarge(let size):
                return unreadable(file, tooLarge: size, displayPaths: displayPaths)
            }
        }
        let path = folder.appendingPathComponent(file.fileName).path
        return loadFile(file, bytes: bytes, displayPaths: displayPaths, started: start) { try? BoundedFile.bytes(at: path) }
    }

    /// A file that could not be read (`missing`) or was refused before parsing (`tooLarge`).
    private static func unreadable(_ file: DataFile, missing: DataIssue? = nil, tooLarge size: Int? = nil, displayPaths: [DataFile: String]) -> FileLoad {
        var log = IssueLog(displayPaths: displayPaths)
        if let size {
            log.add(file, at: nil, path: nil, "the file is \(size / 1_048_576) MB; the limit is \(DataFile.maximumBytes / 1_048_576) MB")
        }
        let (records, _) = decodeRecords(file, nil, array: nil, located: nil, log: log)
        return FileLoad(missing: missing, located: nil, readIssues: log.issues, records: records)
    }

    /// Parses, shape-checks and decodes one file's bytes, with its own issue log; `reload`
    /// gives the bytes again should a position be needed after the tape is let go.
    private static func loadFile(_ file: DataFile, bytes: [UInt8], displayPaths: [DataFile: String], started start: ContinuousClock.Instant,
                                 reload: @escaping @Sendable () -> [UInt8]?) -> FileLoad {
        let clock = ContinuousClock()
        var log = IssueLog(displayPaths: displayPaths)
        let tape: JSONTape
        do {
            tape = try JSONTape(parsing: bytes)
        } catch {
            var text = SourceText(bytes)
            log.add(file, at: text.position(at: error.offset), path: nil, "malformed JSON: \(error.message)")
            let (records, _) = decodeRecords(file, nil, array: nil, located: nil, log: log)
            return FileLoad(missing: nil, located: nil, readIssues: log.issues, records: records, parsing: clock.now - start)
        }
        let located = LocatedFile(tape: tape, reload: reload)
        log.register(located, for: file)
        for duplicate in tape.duplicateKeys {
            log.add(file, at: located.position(ofEntry: duplicate.entry), path: duplicate.path,
                    "duplicate key \"\(duplicate.key)\" (first at \(located.position(ofEntry: duplicate.first).map(\.description) ?? "?")); only the first is used")
        }
        if tape.hasForbidden {
            forbiddenScalars(in: tape, at: 0, path: .root, subject: "data") { entry, path, message in
                log.add(file, at: located.position(ofEntry: entry), path: path, message)
            }
        }
        let array = topLevelArray(tape, file: file, located: located, log: &log)
        let readIssues = log.issues
        let parsed = clock.now
        let (records, decodeLog) = decodeRecords(file, tape, array: array, located: located, log: log)
        located.release()
        return FileLoad(
            missing: nil, located: located, readIssues: readIssues, decodeIssues: Array(decodeLog.issues.dropFirst(readIssues.count)), unlisted: decodeLog.unlisted,
            records: records, parsing: parsed - start, decoding: clock.now - parsed)
    }

    /// Decodes the records of `file` into a `RecordList` of its record type.
    private static func decodeRecords(_ file: DataFile, _ tape: JSONTape?, array: Int?, located: LocatedFile?, log: IssueLog) -> (any Sendable, IssueLog) {
        var decoder = RecordDecoder(log: log)
        let records = decoder.records(of: file, from: tape, array: array, located: located)
        return (records, decoder.log)
    }

    /// The entry of the file's one array, after checking the document's shape.
    private static func topLevelArray(_ tape: JSONTape, file: DataFile, located: LocatedFile, log: inout IssueLog) -> Int? {
        guard tape.entries[0].kind == .object else {
            log.add(file, at: located.position(ofEntry: 0), path: .root, "expected an object with the key \"\(file.key)\", found \(tape.typeName(at: 0))")
            return nil
        }
        tape.forEachMember(of: 0) { key, _ in
            let name = tape.string(at: key)
            guard name != file.key else { return }
            var message = "unknown top-level key \"\(name)\"; this file holds only \"\(file.key)\""
            if Suggestion.closest(to: name, among: [file.key]) != nil { message += " (did you mean \"\(file.key)\"?)" }
            log.add(file, at: located.position(ofEntry: key), path: JSONPath.root.appending(name), message)
        }
        guard let array = tape.member(file.key, of: 0) else {
            log.add(file, at: located.position(ofEntry: 0), path: .root, "missing required key \"\(file.key)\"")
            return nil
        }
        guard tape.entries[array].kind == .array else {
            log.add(file, at: located.position(ofEntry: array), path: JSONPath.root.appending(file.key), "expected an array, found \(tape.typeName(at: array))")
            return nil
        }
        return array
    }
}
