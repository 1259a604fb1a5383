/// The strings already made from one file's bytes, so a value the file repeats (a source id
/// on fifty thousand figures, a series name, a caveat) is one string in memory, not one each.
///
/// Only strings too long to be stored inline (more than 15 bytes) and without escapes are
/// pooled: shorter ones cost no allocation anyway. A string is found by a hash of its bytes
/// in an open-addressed table (a `Dictionary` would hash the hash again) and then compared
/// byte by byte.
struct TapeStringPool {
    /// Hashes by slot, 0 for an empty slot (a hash of 0 is stored as 1).
    private var hashes = [UInt64](repeating: 0, count: 1024)
    private var strings = [String](repeating: "", count: 1024)
    private var count = 0

    /// The text of the string (or key) entry `index` of `tape`.
    mutating func string(at index: Int, in tape: JSONTape.View) -> String {
        let entry = tape.entries[index]
        let start = Int(entry.offset) + 1
        let end = Int(entry.payload)
        guard end - start > 15, entry.flags & JSONTape.Flag.escaped == 0 else { return tape.string(at: index) }
        let contents = UnsafeBufferPointer(rebasing: tape.bytes[start..<end])
        let hash = max(Self.hash(contents), 1)
        let mask = hashes.count - 1
        var slot = Self.slot(hash, mask)
        while hashes[slot] != 0 {
            if hashes[slot] == hash, strings[slot].utf8.withContiguousStorageIfAvailable({ $0.hasSameBytes(as: contents) }) == true { return strings[slot] }
            slot = (slot + 1) & mask
        }
        let made = String(decoding: contents, as: UTF8.self)
        hashes[slot] = hash
        strings[slot] = made
        count += 1
        if count * 2 > hashes.count { grow() }
        return made
    }

    /// Twice the slots, every string placed again.
    private mutating func grow() {
        let old = (hashes, strings)
        hashes = [UInt64](repeating: 0, count: old.0.count * 2)
        strings = [String](repeating: "", count: old.0.count * 2)
        let mask = hashes.count - 1
        for (hash, string) in zip(old.0, old.1) where hash != 0 {
            var slot = Self.slot(hash, mask)
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            strings[slot] = string
        }
    }

    /// The first slot to try: the hash's high bits folded in, as FNV's low bits mix only the
    /// low bits of each byte.
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    /// FNV-1a: one multiplication per byte, enough to tell a file's strings apart.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
