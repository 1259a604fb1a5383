/// What an import changes in one data file: figures added (as the default or beside another
/// source's default), figures revised (old → new, with both sources), how many were already
/// there, and rows that were not applied because another source holds the figure.
public struct FileDiff: Sendable {
    public var file: DataFile
    public var entries: [DiffEntry] = []
    public var unchanged = 0
    /// Rows not applied, with the reason (another source's figure is kept).
    public var kept: [SkippedRow] = []
    /// Defaults that gain their first alternative without a reason to record (`--reason`).
    public var unexplainedDefaults = 0

    public init(file: DataFile) { self.file = file }

    public func count(_ kind: DiffEntry.Kind) -> Int { entries.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) } }

    /// True when applying the import would change the file.
    public var changesFile: Bool { !entries.isEmpty }
}

/// One figure an import adds or revises.
public struct DiffEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A figure where the data set had none; it is the default.
        case added
        /// A figure beside another source's default, which stays the default.
        case alternative
        /// The same source's figure with a new value, or (with `--default`) another source's
        /// default replaced as the default.
        case revised
    }

    public var kind: Kind
    /// The line of the imported file the figure came from.
    public var line: Int
    /// Country or region code.
    public var area: String
    /// "2023", "FY2023", "2023-01".
    public var period: String
    /// What is measured: "rate_per_100k", "count", an aid series, "monthly_count".
    public var measure: String

    /// What is measured, in words: the key stays for `--format json`.
    public var measureLabel: String {
        if let measure = HomicideMeasure(rawValue: measure) { return measure.label }
        if measure == "monthly_count" { return "homicides in the month" }
        return ForeignAssistanceReader.seriesLabels[measure] ?? DataKey.words(measure)
    }
    public var value: Double
    public var source: String
    public var oldValue: Double?
    public var oldSource: String?
}

/// Everything one import would do: the diff per data file, the rows it leaves out, the new
/// bytes of every file it changes, and whether the data folder would still be valid.
public struct ImportResult: Sendable {
    public var diffs: [FileDiff]
    public var skipped: [SkippedRow]
    /// The source record the import creates, when `--source` named a new one.
    public var newSource: Source?
    /// The new contents of each file that changes.
    public var files: [DataFile: [UInt8]]
    /// What the validator says about the folder with the import applied; empty when valid.
    public var problems: [DataIssue]

    /// True when nothing would change: importing the same file twice gives this.
    public var isNoChange: Bool { files.isEmpty }
}
