import Foundation
@testable import VigiaModel

/// A throwaway copy of the valid fixture folder that a test may break in one place.
struct FixtureFolder {
    static let valid = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/valid")
    static let bundledData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-fixture-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.valid, to: url)
    }

    /// Replaces the first occurrence of `text` in `file` (which must contain it).
    func replace(_ text: String, with replacement: String, in file: String) throws {
        let fileURL = url.appendingPathComponent(file)
        let contents = try String(contentsOf: fileURL, encoding: .utf8)
        guard let range = contents.range(of: text) else {
            throw FixtureError.textNotFound(text, file)
        }
        try contents.replacingCharacters(in: range, with: replacement).write(to: fileURL, atomically: true, encoding: .utf8)
    }

    func write(_ bytes: [UInt8], to file: String) throws {
        try Data(bytes).write(to: url.appendingPathComponent(file))
    }

    func remove(_ file: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(file))
    }

    /// Loads the folder, returning the issues (empty when it loaded).
    func issues() -> [DataIssue] {
        do {
            _ = try DatasetLoader.load(from: url, displayPath: "F")
            return []
        } catch {
            return error.issues
        }
    }

    func failure() -> LoadFailure? {
        do {
            _ = try DatasetLoader.load(from: url, displayPath: "F")
            return nil
        } catch {
            return error
        }
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: url)
    }

    enum FixtureError: Error {
        case textNotFound(String, String)
    }
}
