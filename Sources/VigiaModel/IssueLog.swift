/// Collects issues while a folder is loaded, resolving JSON paths to positions in the files.
struct IssueLog {
    private(set) var issues: [DataIssue] = []
    private var trees: [DataFile: JSONNode] = [:]
    private let displayPaths: [DataFile: String]

    init(displayPaths: [DataFile: String]) {
        self.displayPaths = displayPaths
    }

    mutating func register(_ tree: JSONNode, for file: DataFile) {
        trees[file] = tree
    }

    /// Records a problem at an explicit position.
    mutating func add(_ file: DataFile, at position: SourcePosition?, path: JSONPath?, _ message: String) {
        issues.append(DataIssue(file: displayPaths[file] ?? file.fileName, position: position, path: path, message: message))
    }

    /// Records a problem at a path, locating the value the path names (or its nearest parent).
    mutating func add(_ file: DataFile, path: JSONPath, _ message: String) {
        add(file, at: position(of: path, in: file), path: path, message)
    }

    private func position(of path: JSONPath, in file: DataFile) -> SourcePosition? {
        guard let tree = trees[file] else { return nil }
        var components = path.components
        while true {
            if let node = tree.node(at: JSONPath(components)) { return node.position }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }
}
