#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VigiaViews

/// Writes a briefing recording (`RecordingFormat`) as it happens: the header when created,
/// then one line per published state, each written straight to the file (no buffer in this
/// process), so a presenter that crashes leaves every step it showed.
///
/// The file must not exist: a recording is never appended to another one or overwritten.
/// A write that fails (a full disk) ends the recording, is reported once, and never stops
/// the briefing. Its state is guarded by a lock, so any thread may record.
public final class BriefingRecorder: @unchecked Sendable {
    public let path: String
    private var descriptor: Int32
    private var sequence: UInt64 = 0
    private let includesNotes: Bool
    private let log: @Sendable (String) -> Void
    private let lock = NSLock()

    public init(path: String, header: RecordingFormat.Header, log: @escaping @Sendable (String) -> Void = { _ in }) throws(BriefingError) {
        self.path = path
        self.includesNotes = header.notes
        self.log = log
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "it already exists; a recording is never overwritten" : String(cString: strerror(errno))
            throw BriefingError("cannot record to \(path): \(reason)")
        }
        append(RecordingFormat.encode(header))
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Records a state followers were sent, `seconds` after the start; `notes` and `sources`
    /// are written only when the recording includes notes.
    public func record(_ broadcast: BriefingBroadcast, at seconds: Double, notes: [String] = [], sources: [String] = []) {
        lock.withLock {
            sequence += 1
            let line = RecordingFormat.Line(at: Self.rounded(seconds), v: BriefingProtocol.version, type: "state", seq: sequence, state: broadcast,
                                            notes: includesNotes ? notes : nil, sources: includesNotes ? sources : nil)
            append(RecordingFormat.encode(line))
        }
    }

    /// Records the presenter's goodbye and closes the file.
    public func finish(at seconds: Double) {
        lock.withLock {
            append(RecordingFormat.encode(RecordingFormat.Line(at: Self.rounded(seconds), v: BriefingProtocol.version, type: "bye")))
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
        }
    }

    /// Closes and removes a recording that never started (the terminal could not be opened).
    public func discard() {
        lock.withLock {
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
            unlink(path)
        }
    }

    /// Milliseconds are plenty, and keep the lines short.
    private static func rounded(_ seconds: Double) -> Double {
        (max(0, seconds) * 1000).rounded() / 1000
    }

    /// Called with `lock` held.
    private func append(_ bytes: [UInt8]) {
        guard descriptor >= 0 else { return }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                log("recording to \(path) stopped: \(String(cString: strerror(errno)))")
                close(descriptor)
                descriptor = -1
                return
            }
            offset += written
        }
    }
}
