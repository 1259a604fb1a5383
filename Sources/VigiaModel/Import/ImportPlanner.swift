import Foundation

/// Works out what an import does to a data folder, without writing anything: each figure is
/// compared with the records of its file, the changed files are edited line by line in
/// memory, and the whole folder is validated as it would be after the write.
///
/// The rules: a figure the data set lacks is added; the same source's figure with a new value
/// is revised; an equal value is unchanged, whichever source states it. A different value
/// from another source never overwrites: an annual homicide figure becomes an alternative
/// beside the default (unless `makeDefault`, with the reason recorded), and an aid or monthly
/// figure, which have no alternatives, is kept out and reported (monthly: unless it is given
/// as a later release).
public struct ImportPlanner {
    /// How an import treats figures that another source already holds.
    public struct Options: Sendable {
        /// Make imported figures the default where another source's figure was (`--default`).
        public var makeDefault = false
        /// Why the default is the default: recorded on the new defaults (with `makeDefault`),
        /// or on a kept default that gains its first alternative.
        public var reason: String?
        /// The release date given to imported monthly counts (`--release`).
        public var release: PartialDate?

        public init(makeDefault: Bool = false, reason: String? = nil, release: PartialDate? = nil) {
            self.makeDefault = makeDefault
            self.reason = reason
            self.release = release
        }
    }

    let contents: [DataFile: [UInt8]]
    let displayPath: String
    let options: Options
    /// The folder whose briefing decks must still load after the import; nil for files held
    /// only in memory, which have no decks.
    let deckFolder: URL?

    /// Reads every file of the folder at `folder` (already loaded and valid).
    public init(folder: URL, displayPath: String, options: Options) {
        var contents: [DataFile: [UInt8]] = [:]
        for file in DataFile.allCases {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file.fileName).path) { contents[file] = [UInt8](data) }
        }
        self.init(contents: contents, displayPath: displayPath, options: options, deckFolder: folder)
    }

    /// Plans against files held in memory.
    public init(contents: [DataFile: [UInt8]], displayPath: String, options: Options) {
        self.init(contents: contents, displayPath: displayPath, options: options, deckFolder: nil)
    }

    private init(contents: [DataFile: [UInt8]], displayPath: String, options: Options, deckFolder: URL?) {
        self.contents = contents
        self.displayPath = displayPath
        self.options = options
        self.deckFolder = deckFolder
    }

    /// The diff and new file contents for `batch`, citing `sourceID`; `newSource` is appended
    /// to the sources when given (it must carry that id).
    public func plan(_ batch: ImportBatch, sourceID: String, newSource: Source? = nil) throws(ImportFailure) -> ImportResult {
        var sources = try lineFile(Source.self, .sources)
        let exists = sources.records.contains { $0.id == sourceID }
        if exists, newSource != nil { throw .sourceExists(sourceID) }
        if !exists, newSource == nil { throw .unknownSource(sourceID) }
        var files: [DataFile: [UInt8]] = [:]
        var diffs: [FileDiff] = []
        let homicideTargets: [(DataFile, [ImportBatch.Figure<HomicideRecord>])] = [
            (.homicides, batch.homicides), (.regionalHomicides, batch.regionalHomicides),
        ]
        for (file, figures) in homicideTargets where !figures.isEmpty {
            var lines = try lineFile(HomicideRecord.self, file)
            diffs.append(mergeHomicides(figures, into: &lines))
            if lines.changed { files[file] = lines.bytes }
        }
        if !batch.usAid.isEmpty {
            var lines = try lineFile(AidRecord.self, .usAid)
            diffs.append(mergeAid(batch.usAid, into: &lines))
            if lines.changed { files[.usAid] = lines.bytes }
        }
        if !batch.monthlyHomicides.isEmpty {
            var lines = try lineFile(MonthlyHomicideRecord.self, .monthlyHomicides)
            diffs.append(mergeMonthly(batch.monthlyHomicides, into: &lines))
            if lines.changed { files[.monthlyHomicides] = lines.bytes }
        }
        if let newSource, !files.isEmpty {
            sources.insert(newSource, group: { _ in false }, before: { _ in false })
            files[.sources] = sources.bytes
        }
        return ImportResult(
            diffs: diffs, skipped: batch.skipped, newSource: files.isEmpty ? nil : newSource, files: files,
            problems: files.isEmpty ? [] : validate(files))
    }

    private func lineFile<Record>(_ type: Record.Type, _ file: DataFile) throws(ImportFailure) -> RecordLineFile<Record> {
        try RecordLineFile(bytes: contents[file] ?? [], file: file)
    }

    /// The validator's problems with the folder as it would be after the import: its data
    /// files, then its briefing decks checked against that data, as `vigia validate` checks them.
    private func validate(_ changed: [DataFile: [UInt8]]) -> [DataIssue] {
        let merged = contents.merging(changed) { _, new in new }
        let dataset: Dataset
        do {
            dataset = try DatasetLoader.load(files: merged, displayPath: displayPath)
        } catch {
            return error.issues
        }
        guard let deckFolder else { return [] }
        return BriefingLoader.loadAll(dataFolder: deckFolder, displayPath: displayPath, dataset: dataset).flatMap { deck in
            if case .failure(let failure) = deck.result { return failure.issues }
            return []
        }
    }
}
