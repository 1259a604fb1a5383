/// A problem in a file being imported, located as `FILE:LINE:COLUMN: message` so an editor
/// can jump to it. Any one of them stops the import before anything is written.
public struct ImportIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line; 1 for the header.
    public var line: Int
    /// 1-based column in characters.
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        DataIssue.escaped("\(file):\(line):\(column): \(message)")
    }
}
