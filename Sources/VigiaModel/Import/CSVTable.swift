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
        guard String(validating: bytes, as: UTF8.self) != nil else {
            let (line, column) = Self.firstInvalidUTF8(bytes)
            throw ImportIssue(file: file, line: line, column: column, message: "the file is not UTF-8 text (save it as UTF-8 and import again)")
        }
        var records = try Self.parse(bytes, file: file)
        if records.isEmpty { throw ImportIssue(file: file, line: 1, column: 1, message: "the file is empty") }
        header = records.removeFirst()
        rows = records
        if rows.isEmpty { throw ImportIssue(file: file, line: header.line + 1, column: 1, message: "the file has a header but no rows") }
        // A field the header does not name belongs to no column: most often an unquoted comma
        // inside a value, which would shift what every importer reads.
        if let long = rows.first(where: { $0.fields.count > header.fields.count }) {
            let extra = long.fields[header.fields.count]
            throw ImportIssue(file: file, line: extra.line, column: extra.column,
                              message: "the row has \(long.fields.count) fields but the header names \(header.fields.count) columns (a comma inside a value must be quoted)")
        }
    }

    /// Splits the bytes (valid UTF-8) into rows of fields; blank lines are ignored. Columns
    /// count characters as Unicode scalars, so a line with accents is located as an editor does.
    private static func parse(_ bytes: [UInt8], file: String) throws(ImportIssue) -> [Row] {
        var cursor = Cursor(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { cursor.index = 3 }
        var rows: [Row] = []
        while cursor.index < bytes.count {
            let row = try cursor.row(file: file)
            if !(row.fields.count == 1 && row.fields[0].text.isEmpty && !cursor.lastWasQuoted) { rows.append(row) }
        }
        return rows
    }

    /// A position in the bytes, reading one row at a time.
    private struct Cursor {
        let bytes: [UInt8]
        var index = 0
        var line = 1, column = 1
        var lastWasQuoted = false

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func advance() {
            if bytes[index] == 0x0A { line += 1; column = 1 } else if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }

        /// Reads fields up to the end of the line (LF or CRLF) or of the bytes.
        mutating func row(file: String) throws(ImportIssue) -> Row {
            let rowLine = line
            var fields: [Field] = []
            while true {
                let (field, quoted) = try self.field(file: file)
                fields.append(field)
                lastWasQuoted = quoted
                guard index < bytes.count else { return Row(fields: fields, line: rowLine) }
                switch bytes[index] {
                case UInt8(ascii: ","):
                    advance()
                case UInt8(ascii: "\r"):
                    guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else {
                        throw ImportIssue(file: file, line: line, column: column, message: "a carriage return that does not end a line")
                    }
                    advance(); advance()
                    return Row(fields: fields, line: rowLine)
                default:
                    advance()
                    return Row(fields: fields, line: rowLine)
                }
            }
        }

        /// A comma or a line end.
        static func endsField(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D }

        /// Reads one field, quoted or not, stopping before the comma or line end after it.
        mutating func field(file: String) throws(ImportIssue) -> (Field, Bool) {
            let start = (line: line, column: column)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                let from = index
                while index < bytes.count, !Self.endsField(bytes[index]) {
                    if bytes[index] == UInt8(ascii: "\"") {
                        throw ImportIssue(file: file, line: line, column: column, message: "a quote inside an unquoted field; quote the whole field and double the quote")
                    }
                    advance()
                }
                return (Field(text: String(decoding: bytes[from..<index], as: UTF8.self), line: start.line, column: start.column), false)
            }
            advance()
            var text: [UInt8] = []
            while true {
                guard index < bytes.count else {
                    throw ImportIssue(file: file, line: start.line, column: start.column, message: "a quoted field is never closed")
                }
                let byte = bytes[index]
                advance()
                if byte == UInt8(ascii: "\"") {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { break }
                    advance()
                }
                text.append(byte)
            }
            if index < bytes.count, !Self.endsField(bytes[index]) {
                throw ImportIssue(file: file, line: line, column: column, message: "text after a closing quote; quote the whole field and double the quote")
            }
            return (Field(text: String(decoding: text, as: UTF8.self), line: start.line, column: start.column), true)
        }
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
