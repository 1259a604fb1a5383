/// One problem found in a data folder, located precisely enough to fix it in an editor.
///
/// Rendered as `FILE:LINE:COLUMN: JSON-PATH: message`, the format compilers use, so
/// editors and terminals can jump to it.
public struct DataIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (the data folder joined with the file name).
    public var file: String
    public var position: SourcePosition?
    public var path: JSONPath?
    public var message: String

    public init(file: String, position: SourcePosition?, path: JSONPath?, message: String) {
        self.file = file
        self.position = position
        self.path = path
        self.message = message
    }

    public var description: String {
        var text = file
        if let position { text += ":\(position.line):\(position.column)" }
        text += ": "
        if let path { text += "\(path): " }
        return Self.escaped(text + message)
    }

    /// Control characters written as `\u{1B}` so an error message can never drive a terminal,
    /// even when it quotes the hostile string it rejects. Everything `vigia` writes to
    /// standard error, and every text field of its JSON reports, goes through this.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if DatasetLoader.isForbidden(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
