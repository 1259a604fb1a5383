import Foundation
import VigiaModel
import VigiaViews

/// Reads a briefing recording (`RecordingFormat`), trusting nothing in it.
///
/// A file that is not a recording, one of a newer version, one whose header is cut off, and a
/// bad line anywhere but at the very end are refused with `FILE:LINE: message` (exit 65). A
/// recording cut short by a crash (no goodbye, or a last line cut off mid-write) is not an
/// error: it plays what it has and says where it ends.
public enum RecordingReader {
    /// What a recording holds.
    public struct Recording: Sendable {
        public var header: RecordingFormat.Header
        public var states: [RecordedState]
        /// Seconds from the start to the goodbye, or to the last complete line.
        public var duration: Double
        /// Nil when the presenter said goodbye; else where and why the recording ends.
        public var cutShort: String?
    }

    /// Why a file cannot be replayed; `line` is 1-based, nil for the file as a whole.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var message: String
        /// 65 (EX_DATAERR) for a bad recording, 66 (EX_NOINPUT) for a file that cannot be read.
        public var exitStatus: Int32

        public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    public static func read(_ path: String) throws(Failure) -> Recording {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(file: path, line: nil, message: "no such recording, or it cannot be read", exitStatus: 66)
        }
        defer { try? handle.close() }
        // Reading an empty file gives nil rather than empty data: that file is a bad recording,
        // said with its line like any other, while a failed read is a file that cannot be read.
        let data: Data
        do {
            data = try handle.read(upToCount: RecordingFormat.maximumBytes + 1) ?? Data()
        } catch {
            throw Failure(file: path, line: nil, message: "cannot be read", exitStatus: 66)
        }
        guard data.count <= RecordingFormat.maximumBytes else {
            throw Failure(file: path, line: nil, message: "larger than \(RecordingFormat.maximumBytes / 1024 / 1024) MB; not a briefing recording", exitStatus: 65)
        }
        return try parse([UInt8](data), file: path)
    }

    /// Reads a recording held in memory; `file` is how errors name it.
    public static func parse(_ bytes: [UInt8], file: String) throws(Failure) -> Recording {
        func fail(_ line: Int, _ message: String) -> Failure { Failure(file: file, line: line, message: message, exitStatus: 65) }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        // Text after the last newline is a line the writer did not finish.
        let unfinished = lines.removeLast()
        guard let first = lines.first else {
            throw fail(1, unfinished.isEmpty ? "the recording is empty: it has no header and no step" : "cut off inside its first line; not a usable recording")
        }
        let header = try readHeader(first, fail: { fail(1, $0) })
        var recording = Recording(header: header, states: [], duration: 0, cutShort: nil)
        var ended = false
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            if line.isEmpty { continue }
            if ended { throw fail(number, "a line after the presenter's goodbye") }
            ended = try readLine(line, into: &recording, fail: { fail(number, $0) })
        }
        if recording.states.isEmpty && unfinished.isEmpty { throw fail(lines.count + 1, "the recording holds no step") }
        if !unfinished.isEmpty {
            recording.cutShort = "The recording ends at \(Presenter.clockText(recording.duration)), cut short: line \(lines.count + 1) was never finished."
        } else if !ended {
            recording.cutShort = "The recording ends at \(Presenter.clockText(recording.duration)), cut short: the presenter never said goodbye."
        }
        if recording.states.isEmpty { throw fail(lines.count + 1, "the recording was cut short before its first step") }
        return recording
    }

    private static func readHeader(_ line: [UInt8], fail: (String) -> Failure) throws(Failure) -> RecordingFormat.Header {
        var parser = JSONParser(bytes: line)
        guard (try? parser.parse()) != nil,
              let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              object["type"] as? String == RecordingFormat.headerType else {
            throw fail("not a Vigía briefing recording (the first line is not a recording header)")
        }
        guard let version = object["v"] as? Int else { throw fail("the recording header has no version") }
        guard version <= RecordingFormat.version else {
            throw fail("recording version \(version) is newer than this vigia reads (\(RecordingFormat.version)); replay it with a newer vigia")
        }
        guard version == RecordingFormat.version, let header = try? JSONDecoder().decode(RecordingFormat.Header.self, from: Data(line)) else {
            throw fail("the recording header is incomplete")
        }
        // The header's words are drawn (the deck's title, the data's date): nothing that could drive a terminal.
        for text in [header.deck, header.data.date ?? ""] where text.count > 300 || text.unicodeScalars.contains(where: SafeText.isUnsafe) {
            throw fail("the recording header has a title or date that is too long or carries control characters")
        }
        return header
    }

    /// Adds one line to `recording`; returns true for the goodbye.
    private static func readLine(_ line: [UInt8], into recording: inout Recording, fail: (String) -> Failure) throws(Failure) -> Bool {
        let message: BriefingMessage
        switch MessageCodec.decode(line) {
        case .success(let decoded): message = decoded
        case .failure(let reason): throw fail("\(reason)")
        }
        guard let fields = try? JSONDecoder().decode(RecordingFormat.Line.self, from: Data(line)) else {
            throw fail("a message without its time (\"at\")")
        }
        guard fields.at.isFinite, fields.at >= recording.duration else {
            throw fail("time \(fields.at) goes back (the line before is at \(recording.duration))")
        }
        recording.duration = fields.at
        switch message {
        case .bye:
            return true
        case .state(let sequence, let broadcast):
            guard sequence == UInt64(recording.states.count + 1) else {
                throw fail("message \(sequence) is out of order (expected \(recording.states.count + 1))")
            }
            let texts = (fields.notes ?? []) + (fields.sources ?? [])
            guard texts.count <= 200, !texts.contains(where: { $0.count > 10_000 || $0.unicodeScalars.contains(where: SafeText.isUnsafe) }) else {
                throw fail("notes that are too long or carry control characters")
            }
            do {
                let checked = try broadcast.validated()
                recording.states.append(RecordedState(at: fields.at, broadcast: checked, notes: fields.notes, sources: fields.sources))
            } catch {
                throw fail("a state that cannot be shown: \(error)")
            }
            return false
        }
    }
}
