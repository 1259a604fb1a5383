import Foundation
import VigiaModel

/// A table of the data behind a screen, writable as CSV, Markdown or JSON, source ids included,
/// so a briefer can hand the numbers on without retyping them.
///
/// Cells are typed (`ExportValue`): JSON writes a number as a number, a yes/no as a boolean, a
/// data key as the key and a gap as `null`; CSV and Markdown write a number in plain digits (no
/// grouping, no rounding), a data key in words and a gap as an empty field.
public struct ExportTable: Sendable, Hashable {
    /// The keys of the JSON objects: data-file field names, for programs that read the export.
    public var columns: [String]
    /// The header row of CSV and Markdown, which people read ("USD millions", not `usd_millions`).
    public var headers: [String]
    public var rows: [[ExportValue]]

    public init(columns: [String], headers: [String]? = nil, rows: [[ExportValue]]) {
        self.columns = columns
        self.headers = headers ?? columns
        self.rows = rows
    }

    /// The cell of `row` under the JSON key `column`, nil when there is no such column.
    public func value(_ column: String, in row: [ExportValue]) -> ExportValue? {
        columns.firstIndex(of: column).flatMap { $0 < row.count ? row[$0] : nil }
    }

    /// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted.
    public var csv: String {
        ([headers] + rows.map { $0.map(\.text) }).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A GitHub-flavoured Markdown table (pipes escaped).
    public var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ") + " |"
        }
        return ([line(headers), line(headers.map { _ in "---" })] + rows.map { line($0.map(\.text)) }).joined(separator: "\n") + "\n"
    }

    /// An array of objects keyed by column name, keys in column order; numbers are JSON numbers,
    /// gaps are `null`.
    public func json() throws -> String {
        guard !rows.isEmpty else { return "[]\n" }
        let objects = rows.map { row in
            "  {\n" + zip(columns, row).map { "    " + $0.jsonLiteral(escapingLineSeparators: true) + ": " + $1.json }.joined(separator: ",\n") + "\n  }"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// One cell of an export: text, a data key with its words, a number, a yes/no, or a gap
/// (nothing sourced).
public enum ExportValue: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Text that is there: made by `text(_:)`, which turns an empty string into a gap, so no
    /// export writes `""` where nothing is known.
    case words(String)
    /// A value the data files spell as a key ("supported_with_caveats"): programs reading the
    /// JSON match the key, people reading CSV or Markdown read the words.
    case keyed(String, words: String)
    case number(Double)
    case integer(Int)
    case flag(Bool)
    case gap

    public init(stringLiteral value: String) { self = .text(value) }

    /// Text, or a gap when there is none: an absent or empty optional field is a gap.
    public static func text(_ value: String?) -> ExportValue {
        value.map { $0.isEmpty ? .gap : .words($0) } ?? .gap
    }

    /// A data file's closed value: its key in JSON, its label in CSV and Markdown.
    public static func keyed<Value: DataEnum>(_ value: Value?) -> ExportValue {
        value.map { .keyed($0.rawValue, words: $0.label) } ?? .gap
    }

    public static func number(_ value: Double?) -> ExportValue { value.map { .number($0) } ?? .gap }
    public static func integer(_ value: Int?) -> ExportValue { value.map { .integer($0) } ?? .gap }

    public var isGap: Bool { self == .gap }

    /// The cell as CSV and Markdown write it: numbers in plain digits, yes/no, a gap empty.
    public var text: String {
        switch self {
        case .words(let text): return text
        case .keyed(_, let words): return words
        case .number(let value): return Self.plainNumber(value)
        case .integer(let value): return String(value)
        case .flag(let value): return value ? "yes" : "no"
        case .gap: return ""
        }
    }

    public var description: String { text }

    /// The cell as a JSON value.
    var json: String {
        switch self {
        case .words(let text), .keyed(let text, _): return text.jsonLiteral(escapingLineSeparators: true)
        case .number(let value): return value.isFinite ? Self.plainNumber(value) : "null"
        case .integer(let value): return String(value)
        case .flag(let value): return value ? "true" : "false"
        case .gap: return "null"
        }
    }

    /// "8.32", "495", "-14.5": the shortest text that reads back as the same number, without
    /// grouping or a trailing ".0", so nothing is rounded away and every reader parses it.
    static func plainNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
