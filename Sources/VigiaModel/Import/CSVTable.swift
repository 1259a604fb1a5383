/// A comma-separated file read strictly: UTF-8 only, quoted fields, LF or CRLF line ends,
/// every field remembering the line and column it started at for error messages.
///
/// Exports arrive with quirks (a quoted header holding a comma, CRLF endings, stray empty
/// columns), so the reader accepts what RFC 4180 allows and leaves meaning to the importers.
public struct CSVTable: Sendable {
    /// One field and where it starts.
    public struct Field: Sendable, Hashable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    /// One record: its fields and the line it starts on.
    public struct Row: Sendable {
        public var fields: [Field]
        public var line: Int

        /// The field at `index`, or an empty field positioned at the end of the row.
        public func field(_ index: Int) -> Field {
            if index < fields.count { return fields[index] }
            let last = fields.last
            return Field(text: "", line: line, column: (last?.column ?? 1) + (last?.text.count ?? 0))
        }
    }

    public var header: Row
    public var rows: [Row]

    /// Reads `bytes`; `file` names the file in errors.
    public init(bytes: [UInt8], file: String) throws(ImportIssue) {
        if bytes.isEmpty { throw ImportIssue(file: file, line: 1, column: 1, message: "the file is empty") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = Self.firstInvalidUTF8(bytes)
            throw ImportIssue(file: file, line: line, column: column, message: "the file is not UTF-8 text (save it as UTF-8 and import again)")
        }
        var records = try Self.parse(text, file: file)
        if records.isEmpty { throw ImportIssue(file: file, line: 1, column: 1, message: "the file is empty") }
        header = records.removeFirst()
        rows = records
        if rows.isEmpty { throw ImportIssue(file: file, line: header.line + 1, column: 1, message: "the file has a header but no rows") }
    }

    /// Splits the text into rows of fields; blank lines are ignored.
    private static func parse(_ text: String, file: String) throws(ImportIssue) -> [Row] {
        var rows: [Row] = []
        var fields: [Field] = []
        var current = ""
        var line = 1, column = 1
        var fieldStart = (line: 1, column: 1), rowLine = 1
        var quoted = false, wasQuoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endField() {
            fields.append(Field(text: current, line: fieldStart.line, column: fieldStart.column))
            current = ""
            wasQuoted = false
        }
        func endRow() {
            if !(fields.count == 1 && fields[0].text.isEmpty && !wasQuoted) { rows.append(Row(fields: fields, line: rowLine)) }
            fields = []
        }
        while let scalar = pending ?? iterator.next() {
            pending = nil
            let here = (line: line, column: column)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { current.unicodeScalars.append("\""); column += 1 } else { quoted = false; pending = next }
                } else {
                    current.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where current.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case "\"":
                throw ImportIssue(file: file, line: here.line, column: here.column, message: "a quote inside an unquoted field; quote the whole field and double the quote")
            case ",":
                endField()
                fieldStart = (line, column)
            case "\r":
                let next = iterator.next()
                if next != "\n" { throw ImportIssue(file: file, line: here.line, column: here.column, message: "a carriage return that does not end a line") }
                line += 1; column = 1
                endField(); endRow()
                fieldStart = (line, column); rowLine = line
            case "\n":
                endField(); endRow()
                fieldStart = (line, column); rowLine = line
            default:
                current.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw ImportIssue(file: file, line: fieldStart.line, column: fieldStart.column, message: "a quoted field is never closed") }
        if !current.isEmpty || !fields.isEmpty || wasQuoted { endField(); endRow() }
        return rows
    }

    /// Line and column of the first byte that is not valid UTF-8.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let length = Self.sequenceLength(bytes, at: index)
            guard length > 0 else { break }
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            index += length
        }
        let prefix = bytes[lineStart..<index]
        let column = (String(validating: prefix, as: UTF8.self)?.count ?? prefix.count) + 1
        return (line, column)
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
    }
}
