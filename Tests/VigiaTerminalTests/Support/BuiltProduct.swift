import Foundation

/// Runs an executable product of this package as a plain child process (no terminal).
enum BuiltProduct {
    static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `name` with `arguments` and returns its exit status, standard output and standard error.
    static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        guard let path = TmuxHarness.productPath(name) else { throw ProductMissing(name: name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["VIGIA_DATA"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently so a large output cannot block the child.
        let errData = LockedData()
        let reader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData.value, as: UTF8.self))
    }

    /// A copy of the bundled data folder in a new temporary folder, for a test to change; the
    /// caller removes it.
    static func copyOfBundledData() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-data-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: checkout.appendingPathComponent("Data"), to: url)
        return url
    }

    /// Replaces `old` with `new` in the file at `path` inside `folder`. A text that is not there
    /// is an error: a test editing nothing would check the unchanged file.
    static func edit(_ path: String, in folder: URL, replacing old: String, with new: String) throws {
        let file = folder.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        guard text.contains(old) else { throw EditMissed(path: path, text: old) }
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    struct EditMissed: Error, CustomStringConvertible {
        var path: String
        var text: String
        var description: String { "\(path) has no \(text) to replace" }
    }

    struct ProductMissing: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) was not found next to the test bundle; run `swift build` first" }
    }
}

/// A data buffer handed from a reader thread to the test.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var done = false

    func set(_ value: Data) {
        lock.lock()
        data = value
        done = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
