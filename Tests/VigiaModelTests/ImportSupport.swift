import Foundation
@testable import VigiaModel

/// The real export files and a throwaway copy of the bundled data to import them into.
enum ImportFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import")
    static let owid = folder.appendingPathComponent("owid-homicide-rate-unodc.csv")
    static let foreignAssistance = folder.appendingPathComponent("foreignassistance-us_foreign_aid_country.csv")

    /// A fresh copy of `Data/`, removed by the caller.
    static func copyOfBundledData() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-import-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: FixtureFolder.bundledData, to: url)
        return url
    }

    static func table(_ url: URL) throws -> CSVTable {
        try CSVTable(bytes: [UInt8](try Data(contentsOf: url)), file: url.lastPathComponent)
    }

    static func table(_ text: String) throws(ImportIssue) -> CSVTable {
        try CSVTable(bytes: Array(text.utf8), file: "in.csv")
    }

    static func plan(_ batch: ImportBatch, in folder: URL, source: String, options: ImportPlanner.Options = .init(), newSource: Source? = nil) throws -> ImportResult {
        try ImportPlanner(folder: folder, displayPath: "D", options: options).plan(batch, sourceID: source, newSource: newSource)
    }

    static func diff(_ result: ImportResult, _ file: DataFile) -> FileDiff? {
        result.diffs.first { $0.file == file }
    }

    static func lines(_ folder: URL, _ file: DataFile) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent(file.fileName), encoding: .utf8).components(separatedBy: "\n")
    }

    /// True when every line of `old` appears in `new` in the same order: only lines were added.
    static func onlyAdded(_ old: [String], _ new: [String]) -> Bool {
        var index = new.startIndex
        for line in old {
            // The line that used to end the array gains a comma when a record is added after it.
            guard let found = new[index...].firstIndex(where: { $0 == line || $0 == line + "," }) else { return false }
            index = found + 1
        }
        return true
    }
}
