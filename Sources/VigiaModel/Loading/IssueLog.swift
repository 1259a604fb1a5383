/// Collects issues while a folder is loaded, resolving JSON paths to positions in the files.
///
/// At most `maximumListedPerFile` problems are kept per file; the rest are only counted and
/// summed up in one line (`reported`), so a hostile file of millions of bad records cannot
/// exhaust memory, take minutes to describe, or flood the terminal. Messages are built only
/// for problems that are kept (`add` takes them as autoclosures).
struct IssueLog {
    /// Problems listed per file; a real edit produces a handful, a broken generator thousands.
    static let maximumListedPerFile = 1000

    private(set) var issues: [DataIssue] = []
    private var files: [DataFile: LocatedFile] = [:]
    private let displayPaths: [DataFile: String]
    /// Problems listed so far per file, by the file as issues name it.
    private var listed: [String: Int] = [:]
    /// Problems found beyond the limit per file, by the file as issues name it.
    private var counted: [String: Int] = [:]
    /// Per data file (in `DataFile.allCases` order): whether its list is full, and how many
    /// problems `add` has counted since. A file of millions of bad records reaches `add` once
    /// per record, and this spares each of those two lookups by a hashed file name.
    private var full = [Bool](repeating: false, count: DataFile.allCases.count)
    private var overflow = [Int](repeating: 0, count: DataFile.allCases.count)

    /// Problems found beyond the limit per file, by the file as issues name it.
    var unlisted: [String: Int] {
        var all = counted
        for (slot, file) in DataFile.allCases.enumerated() where overflow[slot] > 0 {
            all[displayPaths[file] ?? file.fileName, default: 0] += overflow[slot]
        }
        return all
    }

    init(displayPaths: [DataFile: String]) {
        self.displayPaths = displayPaths
    }

    mutating func register(_ located: LocatedFile, for file: DataFile) {
        files[file] = located
    }

    /// A log of the same folder (same files, same names) with no problems in it yet, for
    /// rules checked on another thread and appended afterwards.
    func empty() -> IssueLog {
        var log = IssueLog(displayPaths: displayPaths)
        log.files = files
        return log
    }

    /// Adds issues already resolved elsewhere (a file loaded on another thread), and the number
    /// that log found beyond its limit.
    mutating func append(_ more: [DataIssue], unlisted extra: [String: Int] = [:]) {
        for issue in more { keep(issue) }
        for (file, count) in extra { counted[file, default: 0] += count }
    }

    /// The listed issues followed by one line per file whose further problems were only counted.
    var reported: [DataIssue] {
        var all = issues
        for file in DataFile.allCases {
            let name = displayPaths[file] ?? file.fileName
            if let count = unlisted[name], count > 0 {
                all.append(DataIssue(file: name, position: nil, path: nil, message: "\(count) more problem\(count == 1 ? "" : "s") in this file not listed (only the first \(Self.maximumListedPerFile) are)"))
            }
        }
        return all
    }

    /// Records a problem at an explicit position.
    mutating func add(_ file: DataFile, at position: @autoclosure () -> SourcePosition?, path: @autoclosure () -> JSONPath?, _ message: @autoclosure () -> String) {
        guard !isFull(file) else { return }
        let name = displayPaths[file] ?? file.fileName
        guard hasRoom(name) else { return }
        keep(DataIssue(file: name, position: position(), path: path(), message: message()))
    }

    /// Records a problem at a path, locating the value the path names (or its nearest parent).
    /// The path too is built only for a problem that is listed.
    mutating func add(_ file: DataFile, path: @autoclosure () -> JSONPath, _ message: @autoclosure () -> String) {
        guard !isFull(file), hasRoom(displayPaths[file] ?? file.fileName) else { return }
        let path = path()
        let position = position(of: path, in: file)
        add(file, at: position, path: path, message())
    }

    /// True while `name` has fewer than the maximum listed; otherwise counts one more unlisted.
    private mutating func hasRoom(_ name: String) -> Bool {
        if listed[name, default: 0] < Self.maximumListedPerFile { return true }
        counted[name, default: 0] += 1
        return false
    }

    /// True (counting one more unlisted problem) once `file`'s list is full.
    private mutating func isFull(_ file: DataFile) -> Bool {
        let slot = DataFile.allCases.firstIndex(of: file)!
        if full[slot] {
            overflow[slot] += 1
            return true
        }
        if listed[displayPaths[file] ?? file.fileName, default: 0] >= Self.maximumListedPerFile { full[slot] = true }
        return false
    }

    private mutating func keep(_ issue: DataIssue) {
        guard hasRoom(issue.file) else { return }
        listed[issue.file, default: 0] += 1
        issues.append(issue)
    }

    /// Where `path` (or its nearest existing parent) was written, for messages that point at a second place.
    func position(of path: JSONPath, in file: DataFile) -> SourcePosition? {
        files[file]?.position(of: path)
    }
}
