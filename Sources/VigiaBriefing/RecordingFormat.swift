import Foundation
import VigiaModel
import VigiaViews

/// A briefing recording (`vigia brief --record FILE`): JSON lines, the first a header, every
/// other one a follow-mode message (`BriefingProtocol`) with `at`, its seconds since the start.
///
/// ```text
/// {"data":{"date":"2026-03-15","fingerprint":"sha256:17c5044b…","records":2769},"deck":"…","notes":false,"steps":13,"type":"recording","v":1}
/// {"at":0,"seq":1,"state":{…},"type":"state","v":1}
/// {"at":42.5,"seq":2,"state":{…},"type":"state","v":1}
/// {"at":610.2,"type":"bye","v":1}
/// ```
///
/// Why the follow messages themselves: a recording is exactly what a follower received, so it
/// replays through the follower's own code and holds nothing a follower would not see. With
/// `--record-notes` each state line also carries the step's `notes` and `sources`.
public enum RecordingFormat {
    /// Bumped on any incompatible change; readers refuse newer versions with a clear error.
    public static let version = 1
    /// The header's `type`, which tells a recording from any other JSON lines.
    static let headerType = "recording"
    /// A recording larger than this is refused before reading (an hour is well under 10 MB).
    public static let maximumBytes = 64 * 1024 * 1024

    /// What the first line says.
    public struct Header: Codable, Hashable, Sendable {
        public var v: Int
        public var type: String
        public var deck: String
        public var steps: Int
        public var data: DataIdentity
        /// Whether state lines carry the speaker notes.
        public var notes: Bool

        public init(deck: String, steps: Int, data: DataIdentity, notes: Bool) {
            self.v = RecordingFormat.version
            self.type = RecordingFormat.headerType
            self.deck = deck
            self.steps = steps
            self.data = data
            self.notes = notes
        }
    }

    /// Which data set a recording was made with, to tell a replay that its data set is another
    /// one: the data's date and record count, which the viewer reads, and the fingerprint of
    /// the data files' content (`DataFingerprint`), which also notices a record changed in place.
    ///
    /// The fingerprint is optional, so recordings made before it was written still read; they
    /// are compared by date and record count alone.
    public struct DataIdentity: Codable, Hashable, Sendable {
        public var date: String?
        public var records: Int
        public var fingerprint: String?

        public init(date: String?, records: Int, fingerprint: String? = nil) {
            self.date = date
            self.records = records
            self.fingerprint = fingerprint
        }

        public init(_ dataset: Dataset, fingerprint: String? = nil) {
            self.init(date: dataset.latestDate?.description, records: DatasetSummary.files(of: dataset).map(\.records).reduce(0, +),
                      fingerprint: fingerprint)
        }

        /// `data to 2025-11-30, 2,768 records`.
        public var words: String {
            "data to \(date ?? "an unknown date"), \(NumberText.grouped(Double(records), decimals: 0)) records"
        }

        /// What a replay with the data set `here` says when this, the recording's data set, is
        /// another one; nil when they are the same. Fingerprints decide when both have one.
        public func notice(replayingWith here: DataIdentity) -> String? {
            let sameSummary = date == here.date && records == here.records
            if let fingerprint, let other = here.fingerprint {
                if fingerprint == other { return nil }
                if sameSummary {
                    return "Recorded with another version of this data set: the same date and count (\(words)), but some records differ. Steps may differ."
                }
            } else if sameSummary {
                return nil
            }
            return "Recorded with another data set (\(words)); this one has \(here.words). Steps may differ."
        }
    }

    /// One line after the header, as written. `seq`, `state`, `v` and `type` are the follow
    /// message's own fields.
    struct Line: Codable {
        var at: Double
        var v: Int
        var type: String
        var seq: UInt64?
        var state: BriefingBroadcast?
        var notes: [String]?
        var sources: [String]?
    }

    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Plain structs of strings and numbers (finite by construction) always encode.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return [UInt8](data) + [0x0A]
    }
}
