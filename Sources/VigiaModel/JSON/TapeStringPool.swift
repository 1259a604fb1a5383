/// The strings already made from one file's bytes, so a value the file repeats (a source id
/// on fifty thousand figures, a series name, a caveat) is one string in memory, not one each.
///
/// Only strings too long to be stored inline (more than 15 bytes) and without escapes are
/// pooled: shorter ones cost no allocation anyway. Strings are found by a hash of their bytes
/// and then compared byte by byte; a different string with the same hash is simply made anew.
struct TapeStringPool {
    private var strings: [UInt64: String] = [:]

    /// The text of the string (or key) entry `index` of `tape`.
    mutating func string(at index: Int, in tape: JSONTape.View) -> String {
        let entry = tape.entries[index]
        let start = Int(entry.offset) + 1
        let end = Int(entry.payload)
        guard end - start > 15, entry.flags & JSONTape.Flag.escaped == 0 else { return tape.string(at: index) }
        let contents = UnsafeBufferPointer(rebasing: tape.bytes[start..<end])
        let hash = Self.hash(contents)
        if var pooled = strings[hash], pooled.withUTF8({ $0.elementsEqual(contents) }) { return pooled }
        let made = String(decoding: contents, as: UTF8.self)
        if strings[hash] == nil { strings[hash] = made }
        return made
    }

    /// FNV-1a: one multiplication per byte, enough to tell a file's strings apart.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
