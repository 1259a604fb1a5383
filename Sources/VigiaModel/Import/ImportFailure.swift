/// Why an import could not be planned or written; nothing is written in any case.
public enum ImportFailure: Error, Sendable, Equatable {
    /// A data file is not one record per line, so it cannot be edited in place.
    case notOneRecordPerLine(DataFile, line: Int)
    /// The source id is not in `sources.json` and no title, publisher, URL and date were given.
    case unknownSource(String)
    /// The source id exists, yet a new source's details were given.
    case sourceExists(String)
    /// The folder is the bundled data, which is written only when `--data` names it.
    case bundled(String)
    /// The folder with the import applied would not validate.
    case invalidResult([DataIssue])
    /// The operating system refused a step of writing `file`; it and later files are unchanged.
    case io(DataFile, String)

    public var message: String {
        switch self {
        case .notOneRecordPerLine(let file, let line):
            return "\(file.fileName):\(line): not one record per line, so it cannot be updated in place"
        case .unknownSource(let id):
            return "source \"\(id)\" is not in sources.json; name an existing source, or describe the new one with --source-title, --publisher, --url and --date"
        case .sourceExists(let id):
            return "source \"\(id)\" already exists; leave out --source-title, --publisher, --url and --date"
        case .bundled(let path):
            return "\(path) is the bundled data, which is not written; copy it and name the copy with --data (or name this folder with --data to write it anyway)"
        case .invalidResult(let issues):
            return "the import would leave the data invalid (\(issues.count) problem\(issues.count == 1 ? "" : "s")); nothing written"
        case .io(let file, let reason):
            return "could not write \(file.fileName): \(reason)"
        }
    }
}
