import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a file looked like when it was read: size, modification time and a hash of its bytes.
///
/// Compared before a save so that a file someone else changed since it was opened (another
/// `vigia`, an editor) is never overwritten without asking. The hash catches a same-size edit
/// within the file system's timestamp resolution; the time catches a rewrite with equal bytes
/// only as a harmless false alarm.
public struct FileFingerprint: Hashable, Sendable {
    public var size: Int
    /// Seconds since 1970, as the file system reports the last modification.
    public var modified: Double
    /// FNV-1a over the bytes: not a security hash, a change detector.
    public var hash: UInt64

    public init(bytes: [UInt8], modified: Double) {
        size = bytes.count
        self.modified = modified
        hash = Self.fnv1a(bytes)
    }

    /// The fingerprint of the file at `url` now, or nil when there is no such file.
    public static func of(_ url: URL) -> FileFingerprint? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return FileFingerprint(bytes: [UInt8](data), modified: modificationTime(of: url))
    }

    /// The last modification of the file, or of the file a link at `url` leads to, as a save
    /// compares it; 0 when it cannot be examined. From `stat`: Foundation's `attributesOfItem`
    /// builds a dictionary of every attribute, about 0.15 ms of the dashboard's first frame,
    /// which reads the scenario's.
    static func modificationTime(of url: URL) -> Double {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return 0 }
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// Saves scenarios atomically: the new bytes go to a temporary file in the same folder, which
/// is flushed to disk and then renamed over the target, and the folder is flushed so the
/// rename itself survives a power cut. A crash, a full disk or a dropped SSH link at any point
/// leaves the target either as it was or wholly new, never half-written.
public enum ScenarioStore {
    /// The steps of a save, in order; a test hook can fail at any of them.
    public enum Step: String, CaseIterable, Sendable {
        case createTemporary, writeTemporary, flushTemporary, rename, flushFolder
    }

    /// Why a save did not happen.
    public enum SaveError: Error, Hashable, Sendable {
        /// The file on disk is not the one that was opened; nothing was written.
        case changedOnDisk
        /// The target is the bundled default, which is never written.
        case readOnly
        /// The scenario does not pass validation (shares not 100 %, …).
        case invalid([String])
        /// The operating system refused a step; the target is untouched.
        case io(Step, String)

        public var message: String {
            switch self {
            case .changedOnDisk: return "the file changed on disk since it was opened"
            case .readOnly: return "the bundled default is read-only; save to your own file"
            case .invalid(let problems): return problems.joined(separator: "; ")
            case .io(let step, let reason): return "could not save (\(step.rawValue)): \(reason)"
            }
        }
    }

    /// The bytes a scenario is saved as: pretty-printed with sorted keys and a final newline,
    /// so the same scenario always gives the same file and diffs stay small.
    public static func encode(_ scenario: Scenario) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and finite numbers cannot fail; validation rejects the rest first.
        let data = (try? encoder.encode(scenario)) ?? Data("{}".utf8)
        return [UInt8](data) + [0x0A]
    }

    /// Writes `scenario` to `url` unless the file there no longer matches `expected` (nil:
    /// there was no file) and `overwriteChanged` is false. `readOnly` lists files never to be
    /// written (the bundled default). `interrupt` is called before each step; a throw there
    /// aborts the save as a crash at that step would, which is how tests prove atomicity.
    /// Returns the fingerprint of the file as written.
    public static func save(
        _ scenario: Scenario, to url: URL, expected: FileFingerprint?, overwriteChanged: Bool = false,
        readOnly: [URL] = [], interrupt: ((Step) throws -> Void)? = nil
    ) throws(SaveError) -> FileFingerprint {
        let target = url.standardizedFileURL.resolvingSymlinksInPath()
        try checkSaveAllowed(scenario, to: target, expected: expected, overwriteChanged: overwriteChanged, readOnly: readOnly)
        let bytes = encode(scenario)
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(.createTemporary, error.localizedDescription)
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        var descriptor: Int32 = -1
        var renamed = false
        defer {
            if descriptor >= 0 { close(descriptor) }
            if !renamed { unlink(temporary.path) }
        }
        func step(_ step: Step, _ body: () -> Bool) throws(SaveError) {
            do {
                try interrupt?(step)
            } catch {
                throw .io(step, "interrupted: \(error)")
            }
            guard body() else { throw .io(step, String(cString: strerror(errno))) }
        }
        try step(.createTemporary) {
            descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            return descriptor >= 0
        }
        try step(.writeTemporary) { writeAll(bytes, to: descriptor) }
        try step(.flushTemporary) {
            guard fsync(descriptor) == 0 else { return false }
            let closed = close(descriptor) == 0
            descriptor = -1
            return closed
        }
        try step(.rename) {
            renamed = rename(temporary.path, target.path) == 0
            return renamed
        }
        // The new file is in place; flushing the folder makes the rename durable. A failure
        // here cannot leave a half-written file, so it is reported but the save stands.
        try step(.flushFolder) { flushFolder(folder) }
        return FileFingerprint(bytes: bytes, modified: FileFingerprint.modificationTime(of: target))
    }

    /// Refuses a save to a read-only file, of a scenario with problems, or over a file that
    /// changed since it was opened (unless `overwriteChanged`).
    private static func checkSaveAllowed(
        _ scenario: Scenario, to target: URL, expected: FileFingerprint?, overwriteChanged: Bool, readOnly: [URL]
    ) throws(SaveError) {
        if readOnly.contains(where: { $0.standardizedFileURL.resolvingSymlinksInPath().path == target.path }) { throw .readOnly }
        let problems = scenario.problems()
        if !problems.isEmpty { throw .invalid(problems.map(\.message)) }
        if !overwriteChanged {
            let current = FileFingerprint.of(target)
            if !Self.matches(current, expected) { throw .changedOnDisk }
        }
    }

    /// Writes every byte, retrying after interruptions; false (with `errno` set) on a failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// Flushes a folder, making a rename in it durable; false (with `errno` set) on a failure.
    private static func flushFolder(_ folder: URL) -> Bool {
        let folderDescriptor = open(folder.path, O_RDONLY)
        guard folderDescriptor >= 0 else { return false }
        defer { close(folderDescriptor) }
        return fsync(folderDescriptor) == 0
    }

    /// Whether the file now on disk is the one that was opened: both absent, or the same
    /// size, bytes and modification time.
    static func matches(_ current: FileFingerprint?, _ expected: FileFingerprint?) -> Bool {
        switch (current, expected) {
        case (nil, nil): return true
        case let (current?, expected?): return current == expected
        default: return false
        }
    }
}
