import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an import's changed files into the data folder, each atomically: the new bytes go
/// to a temporary file beside it, which is flushed and renamed over the file, and the folder
/// is flushed so the rename survives a power cut (as scenarios are saved). The sources go
/// first, so a figure is never on disk before the source it cites; a failure part-way leaves
/// every file either as it was or wholly new, and the folder valid.
public enum ImportWriter {
    /// Writes `result`'s files into `folder`, refusing when the folder would not validate.
    public static func apply(_ result: ImportResult, to folder: URL) throws(ImportFailure) {
        if !result.problems.isEmpty { throw .invalidResult(result.problems) }
        let order = DataFile.allCases.filter { result.files[$0] != nil }.sorted { first, _ in first == .sources }
        for file in order {
            try replace(folder.appendingPathComponent(file.fileName), with: result.files[file]!, file: file)
        }
        guard flushFolder(folder) else { throw .io(order.last ?? .sources, "could not flush the folder: " + String(cString: strerror(errno))) }
    }

    /// True when `folder` is the bundled data rather than one the user named.
    public static func isBundled(_ folder: URL, bundled: URL) -> Bool {
        folder.standardizedFileURL.resolvingSymlinksInPath().path == bundled.standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func replace(_ target: URL, with bytes: [UInt8], file: DataFile) throws(ImportFailure) {
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw .io(file, String(cString: strerror(errno))) }
        var renamed = false
        defer { if !renamed { unlink(temporary.path) } }
        var offset = 0
        var failed = false
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failed = true
                break
            }
            offset += written
        }
        let reason = failed || fsync(descriptor) != 0 ? String(cString: strerror(errno)) : nil
        if close(descriptor) != 0 || reason != nil { throw .io(file, reason ?? String(cString: strerror(errno))) }
        renamed = rename(temporary.path, target.path) == 0
        if !renamed { throw .io(file, String(cString: strerror(errno))) }
    }

    private static func flushFolder(_ folder: URL) -> Bool {
        let descriptor = open(folder.path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return fsync(descriptor) == 0
    }
}
