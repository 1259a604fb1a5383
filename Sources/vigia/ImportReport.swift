import ArgumentParser
import Foundation
import VigiaModel

/// What `vigia import` prints: per data file, the figures added, the alternatives, the
/// revisions (old → new, with both sources) and the unchanged count; then the skipped rows
/// grouped by reason. Text for people, JSON (every entry and skipped line) for scripts.
struct ImportReport {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// How many entries of one kind the text lists per file before "… and N more".
    static let listed = 40

    var file: String
    var result: ImportResult
    var dataset: Dataset
    var written: Bool

    func print(_ format: Format) {
        switch format {
        case .text: Swift.print(text, terminator: "")
        case .json: Swift.print(json)
        }
    }

    var text: String {
        var lines: [String] = []
        if let source = result.newSource { lines.append("New source \(source.id): \(source.title) (\(source.publisher))") }
        for diff in result.diffs {
            lines.append("\(diff.file.fileName): \(diff.count(.added)) added, \(diff.count(.alternative)) alternatives, \(diff.count(.revised)) revised, \(diff.unchanged) unchanged" + (diff.kept.isEmpty ? "" : ", \(diff.kept.count) kept out"))
            for kind in DiffEntry.Kind.allCases {
                let entries = diff.entries.filter { $0.kind == kind }
                lines += entries.prefix(Self.listed).map { "  " + describe($0) }
                if entries.count > Self.listed { lines.append("  … and \(entries.count - Self.listed) more \(kind.rawValue) (--format json lists all)") }
            }
            lines += groups(diff.kept).map { "  kept out: \($0.rows.count) row\($0.rows.count == 1 ? "" : "s"), \($0.reason)" + examples($0.rows) }
        }
        let skipped = groups(result.skipped)
        if !skipped.isEmpty {
            lines.append("Skipped \(result.skipped.count) row\(result.skipped.count == 1 ? "" : "s") of \(DataIssue.escaped(file)):")
            lines += skipped.map { "  \(String($0.rows.count).leftPadded(to: 6))  \($0.reason)" + examples($0.rows) }
        }
        if result.isNoChange {
            let keptOut = result.diffs.contains { !$0.kept.isEmpty }
            lines.append(keptOut ? "Nothing to change: the rows kept out above are not written, and the data already holds the rest."
                                 : "Nothing to change: the data already holds every figure.")
        } else if written {
            lines.append("Written.")
        } else if result.problems.isEmpty {
            lines.append("Dry run: nothing written; add --write to apply.")
        }
        return lines.map(DataIssue.escaped).joined(separator: "\n") + "\n"
    }

    /// One figure in words: the area's name, the measure's label and each source's citation
    /// (ids and keys are for `--format json`).
    private func describe(_ entry: DiffEntry) -> String {
        let value = Self.number(entry.value, measure: entry.measure)
        let head = "\(entry.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(dataset.areaName(entry.area)) \(entry.period) \(entry.measureLabel)"
        let source = citation(entry.source)
        switch (entry.oldValue, entry.oldSource) {
        case let (old?, oldSource?) where entry.kind == .revised:
            return "\(head): \(Self.number(old, measure: entry.measure)) → \(value) (\(citation(oldSource)) → \(source)) [line \(entry.line)]"
        case let (old?, oldSource?):
            return "\(head): \(value) (\(source)) beside \(Self.number(old, measure: entry.measure)) (\(citation(oldSource))) [line \(entry.line)]"
        default:
            return "\(head): \(value) (\(source)) [line \(entry.line)]"
        }
    }

    /// A source's short citation, the new source's included (it is not in `dataset` yet).
    private func citation(_ sourceID: String) -> String {
        if let source = result.newSource, source.id == sourceID { return source.shortCitation }
        return dataset.citation(sourceID)
    }

    static func number(_ value: Double, measure: String) -> String {
        measure == "rate_per_100k" ? String(format: "%.2f", value) : (value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : "\(value)")
    }

    private func groups(_ rows: [SkippedRow]) -> [(reason: String, rows: [SkippedRow])] {
        var order: [String] = []
        var byReason: [String: [SkippedRow]] = [:]
        for row in rows {
            if byReason[row.reason] == nil { order.append(row.reason) }
            byReason[row.reason, default: []].append(row)
        }
        return order.map { ($0, byReason[$0]!) }
    }

    private func examples(_ rows: [SkippedRow]) -> String {
        let named = rows.map { row in row.area.map { dataset.areaName($0) + " " + row.subject } ?? row.subject }
        var subjects: [String] = []
        for subject in named where !subjects.contains(subject) {
            subjects.append(subject)
            if subjects.count == 4 { break }
        }
        let more = Set(named).count > subjects.count ? ", …" : ""
        return " (" + subjects.joined(separator: ", ") + more + ")"
    }

    // MARK: JSON

    private struct Document: Encodable {
        struct FileDocument: Encodable {
            var file: String
            var added: Int, alternatives: Int, revised: Int, unchanged: Int
            var entries: [Entry]
            var keptOut: [Group]
        }
        struct Entry: Encodable {
            var kind: String, line: Int, area: String, period: String, measure: String
            var value: Double, source: String
            var oldValue: Double?, oldSource: String?
        }
        struct Group: Encodable {
            var reason: String
            var count: Int
            var lines: [Int]
        }
        var file: String
        var written: Bool
        var newSource: String?
        var files: [FileDocument]
        var skipped: [Group]
        var problems: [IssueDocument]
    }

    var json: String {
        let document = Document(
            file: DataIssue.escaped(file), written: written, newSource: result.newSource?.id,
            files: result.diffs.map { diff in
                Document.FileDocument(
                    file: diff.file.fileName, added: diff.count(.added), alternatives: diff.count(.alternative),
                    revised: diff.count(.revised), unchanged: diff.unchanged,
                    entries: diff.entries.map {
                        Document.Entry(kind: $0.kind.rawValue, line: $0.line, area: $0.area, period: $0.period, measure: $0.measure,
                                       value: $0.value, source: $0.source, oldValue: $0.oldValue, oldSource: $0.oldSource)
                    },
                    keptOut: groups(diff.kept).map { Document.Group(reason: $0.reason, count: $0.rows.count, lines: $0.rows.map(\.line)) })
            },
            skipped: groups(result.skipped).map { Document.Group(reason: DataIssue.escaped($0.reason), count: $0.rows.count, lines: $0.rows.map(\.line)) },
            problems: result.problems.map(IssueDocument.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Plain strings and finite numbers: encoding cannot fail.
        return (try? encoder.encode(document)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
