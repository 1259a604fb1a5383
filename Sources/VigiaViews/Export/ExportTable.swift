import Foundation

/// A table of the data behind a screen, writable as CSV, Markdown or JSON, source ids included,
/// so a briefer can hand the numbers on without retyping them.
public struct ExportTable: Sendable, Hashable {
    /// The keys of the JSON objects: data-file field names, for programs that read the export.
    public var columns: [String]
    /// The header row of CSV and Markdown, which people read ("USD millions", not `usd_millions`).
    public var headers: [String]
    public var rows: [[String]]

    public init(columns: [String], headers: [String]? = nil, rows: [[String]]) {
        self.columns = columns
        self.headers = headers ?? columns
        self.rows = rows
    }

    /// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted.
    public var csv: String {
        ([headers] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A GitHub-flavoured Markdown table (pipes escaped).
    public var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ") + " |"
        }
        return ([line(headers), line(headers.map { _ in "---" })] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// An array of objects keyed by column name; empty cells become null.
    public func json() throws -> String {
        let objects = rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(columns, row).map { ($0, $1.isEmpty ? nil : $1) as (String, String?) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(objects), as: UTF8.self) + "\n"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
