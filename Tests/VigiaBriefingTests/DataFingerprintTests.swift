import Foundation
import Testing
import VigiaModel
@testable import VigiaBriefing

/// A recording names its data set by the fingerprint of the data files' content as well as by
/// date and record count: a record changed in place is noticed on replay, and a recording made
/// before fingerprints were written still reads and is compared as before.
@Suite struct DataFingerprintTests {
    private static let data = BriefingTestSupport.checkout.appendingPathComponent("Data")

    /// A copy of the bundled data with one claim renamed: same date, same record count.
    private func changedCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-fingerprint-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.data, to: folder)
        let claims = folder.appendingPathComponent("claims.json")
        let text = try String(contentsOf: claims, encoding: .utf8)
        try text.replacingOccurrences(of: "\"id\": \"C18\"", with: "\"id\": \"C19\"").write(to: claims, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func theDigestIsSHA256() {
        var empty = SHA256()
        empty.update([UInt8]())
        #expect(empty.hexDigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var abc = SHA256()
        abc.update(Array("abc".utf8))
        #expect(abc.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Two blocks, fed in pieces that do not fall on a block's edge.
        var long = SHA256()
        let text = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        long.update(text[..<20])
        long.update(text[20...])
        #expect(long.hexDigest() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func aRecordChangedInPlaceIsNoticedThoughDateAndCountAgree() throws {
        let copy = try changedCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let bundled = try #require(DataFingerprint.of(folder: Self.data))
        #expect(bundled.hasPrefix("sha256:") && bundled.count == 7 + 64)
        #expect(DataFingerprint.of(folder: Self.data) == bundled, "the same files give the same fingerprint")
        let changed = try #require(DataFingerprint.of(folder: copy))
        #expect(changed != bundled)

        let dataset = BriefingTestSupport.dashboard.dataset
        let recorded = RecordingFormat.DataIdentity(dataset, fingerprint: bundled)
        let changedSet = try DatasetLoader.load(from: copy, displayPath: "copy")
        let here = RecordingFormat.DataIdentity(changedSet, fingerprint: changed)
        #expect(here.words == recorded.words, "the copy has the same date and record count")
        #expect(recorded.notice(replayingWith: RecordingFormat.DataIdentity(dataset, fingerprint: bundled)) == nil)
        #expect(recorded.notice(replayingWith: here)
            == "Recorded with another version of this data set: the same date and count (\(recorded.words)), but some records differ. Steps may differ.")
        #expect(DataFingerprint.of(folder: copy.appendingPathComponent("no-such-folder")) == nil)
    }

    /// A header without a fingerprint reads, and is compared by date and record count alone.
    @Test func anOlderRecordingWithoutAFingerprintReadsAndComparesAsBefore() throws {
        let dataset = BriefingTestSupport.dashboard.dataset
        let summary = RecordingFormat.DataIdentity(dataset)
        let header = "{\"data\":{\"date\":\"\(summary.date ?? "")\",\"records\":\(summary.records)},\"deck\":\"D\",\"notes\":false,\"steps\":1,\"type\":\"recording\",\"v\":1}\n"
        let state = String(decoding: RecordingFormat.encode(RecordingFormat.Line(
            at: 0, v: 1, type: "state", seq: 1, state: BriefingTestSupport.broadcast(step: 0))), as: UTF8.self)
        let recording = try RecordingReader.parse(Array((header + state).utf8), file: "old.jsonl")
        #expect(recording.header.data == summary && recording.header.data.fingerprint == nil)
        let here = RecordingFormat.DataIdentity(dataset, fingerprint: DataFingerprint.of(folder: Self.data))
        #expect(recording.header.data.notice(replayingWith: here) == nil)
        let other = RecordingFormat.DataIdentity(date: "1999-01-01", records: 12)
        #expect(other.notice(replayingWith: here) == "Recorded with another data set (data to 1999-01-01, 12 records); this one has \(here.words). Steps may differ.")
    }
}
