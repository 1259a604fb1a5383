import Foundation

/// A data file of one record per line, edited in place: records are read from their lines,
/// and only the lines of records that change are rewritten, so every other byte of the file
/// (number spellings, notes, order) stays as it was and a re-import's diff shows only the
/// changed records.
struct RecordLineFile<Record: RecordLine> {
    /// One record and the text of its line (without indentation and trailing comma).
    struct Entry {
        var record: Record
        var text: String
    }

    let file: DataFile
    private var head: [Substring]
    private var tail: [Substring]
    private(set) var entries: [Entry]
    private(set) var changed = false

    /// Reads `bytes` of `file`; throws when its records are not one per line.
    init(bytes: [UInt8], file: DataFile) throws(ImportFailure) {
        self.file = file
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notOneRecordPerLine(file, line: 1) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let open = lines.firstIndex(where: { $0.hasSuffix("[") }),
              let close = lines.lastIndex(where: { $0.drop(while: \.isWhitespace).hasPrefix("]") }), open < close
        else { throw .notOneRecordPerLine(file, line: 1) }
        head = Array(lines[...open])
        tail = Array(lines[close...])
        entries = []
        let decoder = JSONDecoder()
        for index in (open + 1)..<close {
            var body = lines[index].drop(while: \.isWhitespace)
            if body.hasSuffix(",") { body = body.dropLast() }
            guard body.hasPrefix("{"), body.hasSuffix("}"), let record = try? decoder.decode(Record.self, from: Data(body.utf8)) else {
                throw .notOneRecordPerLine(file, line: index + 1)
            }
            entries.append(Entry(record: record, text: String(body)))
        }
    }

    var records: [Record] { entries.map(\.record) }

    /// Replaces the record at `index`, rewriting only its line.
    mutating func replace(at index: Int, with record: Record) {
        entries[index] = Entry(record: record, text: record.line)
        changed = true
    }

    /// Inserts a record into its group (`group`: same area and measure, say) before the first
    /// member it comes `before` (a later year), else after the group's last member, else at
    /// the end of the file.
    mutating func insert(_ record: Record, group: (Record) -> Bool, before: (Record) -> Bool) {
        let entry = Entry(record: record, text: record.line)
        changed = true
        let members = entries.indices.filter { group(entries[$0].record) }
        if let next = members.first(where: { before(entries[$0].record) }) {
            entries.insert(entry, at: next)
        } else if let last = members.last {
            entries.insert(entry, at: last + 1)
        } else {
            entries.append(entry)
        }
    }

    /// The file's bytes: its head and tail as read, each record on its line.
    var bytes: [UInt8] {
        let indent = "    "
        let body = entries.enumerated().map { indent + $0.element.text + ($0.offset == entries.count - 1 ? "" : ",") }
        return Array((head.map(String.init) + body + tail.map(String.init)).joined(separator: "\n").utf8)
    }
}
