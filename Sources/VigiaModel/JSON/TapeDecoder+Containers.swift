/// The containers of `TapeDecoder`, mirroring `NodeDecoder`'s (same lookups, same errors).
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TapeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        var keys: [Key] = []
        decoder.tape.forEachMember(of: decoder.entry) { key, _ in
            if let typed = Key(stringValue: decoder.tape.string(at: key)) { keys.append(typed) }
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { member(key) != nil }

    /// The value entry of the member named `key` (the first, should the object repeat it).
    @inline(__always)
    private func member(_ key: Key) -> Int? {
        var name = key.stringValue
        let tape = decoder.tape
        return name.withUTF8 { utf8 -> Int? in
            var child = decoder.entry + 1
            let end = Int(tape.entries[decoder.entry].payload)
            while child < end {
                if tape.keyEquals(child, utf8) { return child + 1 }
                child = tape.next(after: child + 1)
            }
            return nil
        }
    }

    private func value(for key: Key) throws -> TapeDecoder {
        guard let entry = member(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing required field \"\(key.stringValue)\""))
        }
        return decoder.child(entry)
    }

    /// The value of an optional field, or nil when it is absent or null: one lookup instead
    /// of the three (`contains`, `decodeNil`, `decode`) of the protocol's default.
    private func present(_ key: Key) -> TapeDecoder? {
        guard let entry = member(key), decoder.tape.entries[entry].kind != .null else { return nil }
        return decoder.child(entry)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key)?.decodeString() }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key)?.decodeInt() }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key)?.decodeDouble() }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key)?.decodeBool() }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present(key)?.decodeValue(type) }

    func decodeNil(forKey key: Key) throws -> Bool { try value(for: key).isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(for: key).decodeValue(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(for: key).decodeString() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(for: key).decodeBool() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(for: key).decodeDouble() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(for: key).decodeInt() }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try value(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try value(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { try value(for: key) }
}

struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: TapeDecoder
    /// The next item's entry.
    private var item: Int
    private let end: Int
    private(set) var currentIndex = 0

    init(decoder: TapeDecoder) {
        self.decoder = decoder
        item = decoder.entry + 1
        end = Int(decoder.tape.entries[decoder.entry].payload)
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { decoder.tape.count(of: decoder.entry) }
    var isAtEnd: Bool { item >= end }

    private mutating func next() throws -> TapeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "unexpected end of array"))
        }
        defer {
            item = decoder.tape.next(after: item)
            currentIndex += 1
        }
        return decoder.child(item)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoder.tape.entries[item].kind == .null else { return false }
        item += 1
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: try next()) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decodeString() }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decodeInt() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decodeDouble() }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decodeBool() }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}

struct TapeSingleValueContainer: SingleValueDecodingContainer {
    let decoder: TapeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.isNull }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }
    func decode(_ type: String.Type) throws -> String { try decoder.decodeString() }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.decodeBool() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.decodeDouble() }
    func decode(_ type: Int.Type) throws -> Int { try decoder.decodeInt() }
}
