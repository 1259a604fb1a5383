/// A problem in a file being imported, located as `FILE:LINE:COLUMN: message` so an editor
/// can jump to it. Any one of them stops the import before anything is written. Made only by
/// the import's readers and `CSVTable`, inside this module.
public struct ImportIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line; 1 for the header.
    public var line: Int
    /// 1-based column in characters.
    public var column: Int
    public var message: String

    public var description: String {
        DataIssue.escaped("\(file):\(line):\(column): \(message)")
    }
}
