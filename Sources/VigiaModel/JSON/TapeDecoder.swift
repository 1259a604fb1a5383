/// A `Decoder` over one record of a `JSONTape`: the records' `Codable` conformances read the
/// file's bytes directly, with no tree in between.
///
/// It throws what `NodeDecoder` throws, word for word, so messages do not depend on which
/// decoder read the file. A decoder is two words (the shared `TapeDecoding` and an entry), so
/// making one per field allocates nothing; coding paths are worked out from the tape only
/// when an error asks for one.
struct TapeDecoder: Decoder {
    /// Owned by the loop decoding the file, which outlives every decoder it makes.
    unowned(unsafe) let decoding: TapeDecoding
    let entry: Int

    var tape: JSONTape.View { decoding.view }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var codingPath: [any CodingKey] { decoding.codingPath(to: entry) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try openObject(keyedBy: type)
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(decoder: self))
    }

    /// What opening a keyed container checks, for `TapeFields` too: the value is an object,
    /// and its members that `Key` does not declare are noted as unknown fields.
    func openObject<Key: CodingKey>(keyedBy type: Key.Type) throws {
        try checkObject()
        noteUnknownFields(keyedBy: type)
    }

    func checkObject() throws {
        guard tape.entries[entry].kind == .object else {
            throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: codingPath, debugDescription: "expected an object, found \(tape.typeName(at: entry))"))
        }
    }

    func noteUnknownFields<Key: CodingKey>(keyedBy type: Key.Type) {
        if let known = decoding.declaredNames(of: Key.self) {
            var hint = 0
            tape.forEachMember(of: entry) { key, _ in
                if !known.contains(key, in: tape, hint: &hint) {
                    decoding.unknownFields.append(TapeDecoding.UnknownField(key: key, container: entry, known: known.names))
                }
            }
        }
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard tape.entries[entry].kind == .array else {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "expected an array, found \(tape.typeName(at: entry))"))
        }
        return TapeUnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TapeSingleValueContainer(decoder: self)
    }

    func child(_ entry: Int) -> TapeDecoder { TapeDecoder(decoding: decoding, entry: entry) }

    /// Decodes a field's value; a list of strings (every record's `sources`) is read
    /// directly, as `NodeDecoder` does, with the same errors.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == [String].self { return try decodeStrings() as! T }
        return try T(from: self)
    }

    private func decodeStrings() throws -> [String] {
        guard tape.entries[entry].kind == .array else { return try [String](from: self) }
        return try [String].read(self)
    }

    // MARK: Scalars

    private func mismatch<T>(_ type: T.Type) -> DecodingError {
        if tape.entries[entry].kind == .null {
            return DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "expected \(NodeDecoder.describe(type)), found null"))
        }
        return DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(NodeDecoder.describe(type)), found \(tape.typeName(at: entry))"))
    }

    @inline(__always)
    func decodeString() throws -> String {
        guard tape.entries[entry].kind == .string else { throw mismatch(String.self) }
        return decoding.strings.string(at: entry, in: tape)
    }

    func decodeBool() throws -> Bool {
        switch tape.entries[entry].kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self)
        }
    }

    func decodeDouble() throws -> Double {
        guard tape.entries[entry].kind == .number else { throw mismatch(Double.self) }
        switch tape.number(at: entry) {
        case .integer(let value): return Double(value)
        case .double(let value): return value
        }
    }

    func decodeInt() throws -> Int { try decodeInteger(Int.self) }

    /// A whole number of type `T`, with `NodeDecoder`'s errors for fractions and overflow.
    func decodeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard tape.entries[entry].kind == .number else { throw mismatch(type) }
        switch tape.number(at: entry) {
        case .integer(let value):
            if let result = T(exactly: value) { return result }
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(value) is out of range"))
        case .double(let value):
            if value.isFinite, value.rounded() == value, let int = Int(exactly: value), let result = T(exactly: int) { return result }
            throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected a whole number, found \(value)"))
        }
    }

    var isNull: Bool { tape.entries[entry].kind == .null }
}

/// What one file's decoders share: the tape's view, the record being decoded (coding paths start
/// there) and the unknown fields found so far.
final class TapeDecoding {
    /// A field present in the file that the record type does not declare.
    struct UnknownField {
        /// Entry of the field's key and of the object holding it.
        var key: Int
        var container: Int
        var known: [String]
    }

    /// A record type's field names, as strings for messages and as bytes to compare keys with
    /// (all in one buffer: looking a key up must not retain an array per name).
    struct KnownNames {
        var names: [String]
        private var utf8: [UInt8] = []
        private var ends: [Int] = []

        init(names: [String]) {
            self.names = names
            for name in names {
                utf8 += name.utf8
                ends.append(utf8.count)
            }
        }

        /// Whether the key entry `key` is one of the names. The search starts at `hint` and
        /// leaves it after the name found: a record's keys mostly come in declaration order.
        func contains(_ key: Int, in tape: JSONTape.View, hint: inout Int) -> Bool {
            utf8.withUnsafeBufferPointer { all in
                ends.withUnsafeBufferPointer { ends in
                    for step in 0..<ends.count {
                        let name = (hint + step) % ends.count
                        let start = name == 0 ? 0 : ends[name - 1]
                        if tape.keyEquals(key, UnsafeBufferPointer(rebasing: all[start..<ends[name]])) {
                            hint = name + 1
                            return true
                        }
                    }
                    return false
                }
            }
        }
    }

    let view: JSONTape.View
    /// The record being decoded: its entry and its index in the file's array.
    var record = 0
    var recordIndex = 0
    var unknownFields: [UnknownField] = []
    /// The file's repeated string values, made once. Each file is decoded on one thread and
    /// the pool never calls out while it changes, so no two accesses can overlap: the run-time
    /// exclusivity check on each of a file's strings (a tenth of a million per large file)
    /// would only cost time.
    @exclusivity(unchecked) var strings = TapeStringPool()
    /// Field names by record type: a file has a handful of types, so a list beats hashing.
    private var names: [(type: ObjectIdentifier, names: KnownNames?)] = []

    /// `view` must stay valid while this is in use (the decoding loop runs inside `withView`).
    init(view: JSONTape.View) {
        self.view = view
    }

    /// Each record type's field names, worked out once per file instead of once per record.
    func declaredNames<Key: CodingKey>(of type: Key.Type) -> KnownNames? {
        let id = ObjectIdentifier(type)
        for cached in names where cached.type == id { return cached.names }
        let computed = NodeDecoder.declaredNames(of: type).map { KnownNames(names: $0) }
        names.append((id, computed))
        return computed
    }

    /// The coding path from the record to `target`: the record's index, then the key or index
    /// of each value on the way down.
    func codingPath(to target: Int) -> [any CodingKey] {
        let tape = view
        var path: [any CodingKey] = [IndexKey(recordIndex)]
        var current = record
        while current != target {
            let entry = tape.entries[current]
            var child = current + 1
            var index = 0
            let end = Int(entry.payload)
            var step: (any CodingKey)?
            while child < end {
                let value = entry.kind == .object ? child + 1 : child
                let after = tape.next(after: value)
                if value <= target && target < after {
                    step = entry.kind == .object ? NameKey(tape.string(at: child)) : IndexKey(index)
                    current = value
                    break
                }
                child = after
                index += 1
            }
            guard let step else { break }
            path.append(step)
        }
        return path
    }
}

/// A coding key for an object member met in the file.
struct NameKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
