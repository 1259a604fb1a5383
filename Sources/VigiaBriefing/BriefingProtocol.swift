import Foundation
import VigiaModel
import VigiaViews

/// The follow-mode wire format: one JSON object per line, versioned and bounded.
///
/// ```text
/// {"v":1,"type":"state","seq":7,"state":{"deck":"…","step":2,"steps":9,"title":"…","view":{…}}}
/// {"v":1,"type":"bye"}
/// ```
///
/// Only the presenter ever writes. A line longer than `maximumLineBytes`, one that is not
/// JSON, one with another version or an unknown type, or one whose state does not validate is
/// dropped, counted and logged by the receiver; nothing in a line can crash a follower.
public enum BriefingProtocol {
    /// Bumped on any incompatible change; receivers drop other versions.
    public static let version = 1
    /// A state line is about 1 KB; anything near this limit is garbage or an attack.
    public static let maximumLineBytes = 64 * 1024
}

/// One message of the protocol.
public enum BriefingMessage: Hashable, Sendable {
    /// The presenter's position and view, numbered from 1 in publishing order.
    case state(sequence: UInt64, BriefingBroadcast)
    /// The presenter is quitting; followers go back to waiting at once instead of at EOF.
    case bye
}

/// Why an incoming line was dropped.
public enum DropReason: Error, Hashable, Sendable, CustomStringConvertible {
    case oversized
    case malformed(String)
    case unknownVersion(Int)
    case unknownType(String)

    public var description: String {
        switch self {
        case .oversized: return "line longer than \(BriefingProtocol.maximumLineBytes) bytes"
        case .malformed(let why): return "malformed message: \(why)"
        case .unknownVersion(let version): return "unknown protocol version \(version) (this is \(BriefingProtocol.version))"
        case .unknownType(let type): return "unknown message type \"\(type.prefix(40))\""
        }
    }
}

/// Encodes and decodes protocol lines.
public enum MessageCodec {
    private struct Envelope: Codable {
        var v: Int
        var type: String
        var seq: UInt64?
        var state: BriefingBroadcast?
    }

    /// The header alone, decoded first so a newer version's body is never interpreted.
    private struct Header: Decodable {
        var v: Int
        var type: String
    }

    /// The message as one line, newline included.
    public static func encode(_ message: BriefingMessage) -> [UInt8] {
        let envelope: Envelope
        switch message {
        case .state(let sequence, let broadcast): envelope = Envelope(v: BriefingProtocol.version, type: "state", seq: sequence, state: broadcast)
        case .bye: envelope = Envelope(v: BriefingProtocol.version, type: "bye")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and integers cannot fail.
        let data = (try? encoder.encode(envelope)) ?? Data("{}".utf8)
        return [UInt8](data) + [0x0A]
    }

    /// The message in `line` (without its newline), or why it was dropped.
    public static func decode(_ line: some Collection<UInt8>) -> Result<BriefingMessage, DropReason> {
        guard line.count <= BriefingProtocol.maximumLineBytes else { return .failure(.oversized) }
        let bytes = [UInt8](line)
        // The project's parser first: it bounds nesting depth and rejects invalid UTF-8 with a
        // position, so Foundation's decoder only ever sees well-formed, shallow JSON.
        var parser = JSONParser(bytes: bytes)
        do {
            _ = try parser.parse()
        } catch {
            return .failure(.malformed("\(error.message) at \(error.position)"))
        }
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: Data(bytes))
        } catch {
            return .failure(.malformed("no version or type"))
        }
        guard header.v == BriefingProtocol.version else { return .failure(.unknownVersion(header.v)) }
        switch header.type {
        case "bye":
            return .success(.bye)
        case "state":
            guard let envelope = try? decoder.decode(Envelope.self, from: Data(bytes)), let sequence = envelope.seq, let state = envelope.state else {
                return .failure(.malformed("a state message without a valid seq and state"))
            }
            return .success(.state(sequence: sequence, state))
        default:
            return .failure(.unknownType(header.type))
        }
    }
}

/// Splits a byte stream into lines of at most `maximumLineBytes`, in constant memory: an
/// overlong line is discarded as it arrives and reported once, and reading resumes at the next
/// newline.
public struct LineSplitter: Sendable {
    public enum Item: Hashable, Sendable {
        case line([UInt8])
        case oversized
    }

    private var buffer: [UInt8] = []
    private var discarding = false
    public let limit: Int

    public init(limit: Int = BriefingProtocol.maximumLineBytes) {
        self.limit = limit
    }

    public mutating func append(_ bytes: some Collection<UInt8>) -> [Item] {
        var items: [Item] = []
        for byte in bytes {
            if byte == 0x0A {
                if discarding {
                    discarding = false
                } else {
                    items.append(.line(buffer))
                }
                buffer.removeAll(keepingCapacity: true)
                continue
            }
            if discarding { continue }
            if buffer.count >= limit {
                buffer.removeAll(keepingCapacity: true)
                discarding = true
                items.append(.oversized)
                continue
            }
            buffer.append(byte)
        }
        return items
    }
}

/// Logs the first problems of each kind and then only every thousandth, so a hostile peer
/// cannot flood a log (or the screen a captured standard error is replayed on).
final class ThrottledLog: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    private let sink: @Sendable (String) -> Void

    init(_ sink: @escaping @Sendable (String) -> Void) {
        self.sink = sink
    }

    func log(_ kind: String, _ message: @autoclosure () -> String) {
        let count = lock.withLock {
            counts[kind, default: 0] += 1
            return counts[kind, default: 0]
        }
        if count <= 10 || count % 1000 == 0 {
            sink(count > 10 ? "\(message()) (\(count) so far)" : message())
        }
    }
}
