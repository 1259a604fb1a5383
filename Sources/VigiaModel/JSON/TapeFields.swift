/// One record's fields, read straight from the tape by the record's own initialiser.
///
/// It reads what the synthesized `init(from:)` reads through `TapeDecoder`, with the same
/// lookups, minus what `Codable` costs per field on a quarter million records: a boxed
/// container per record, an unspecialised generic call per field, and a scan of the object's
/// members from its first key for every field. Fields are asked for in their declaration
/// order, the order files write them in, so each lookup starts just after the member the
/// previous one found and usually matches at once.
///
/// It only succeeds or refuses: a record it refuses is decoded again through `Decodable`
/// (`RecordDecoder`), which throws the error users see, so messages, and which problem of a
/// record is reported first, stay those of `Decodable`.
struct TapeFields<Key: CodingKey> {
    let record: TapeDecoder
    /// The key entry to try first: the one after the member found last.
    private var hint: Int
    /// How many of the object's members the fields read so far were found in.
    private var found = 0
    /// How many unknown fields the file's records had noted when this object was opened.
    private let noted: Int

    init(_ record: TapeDecoder) throws {
        try record.checkObject()
        self.record = record
        hint = record.entry + 1
        noted = record.decoding.unknownFields.count
    }

    /// Notes the members `Key` does not declare as unknown fields, as opening a keyed
    /// container does, once every field has been read: when the fields were found in every
    /// member, there is none, and the members need not be compared with every name.
    ///
    /// They are listed before those of the objects read inside this one, where `Decodable`,
    /// which notes them on opening the object, lists them.
    func close() {
        var members = 0
        record.tape.forEachMember(of: record.entry) { _, _ in members += 1 }
        guard found < members else { return }
        let inner = record.decoding.unknownFields.count
        record.noteUnknownFields(keyedBy: Key.self)
        guard noted < inner else { return }
        let own = record.decoding.unknownFields[inner...]
        record.decoding.unknownFields.insert(contentsOf: own, at: noted)
        record.decoding.unknownFields.removeLast(own.count)
    }

    /// The field `key`: a required one must be present; an optional one is nil when absent
    /// or null (as `decodeIfPresent`).
    mutating func callAsFunction<Value: TapeReadable>(_ key: Key) throws -> Value {
        guard let entry = member(key), Value.absent == nil || record.tape.entries[entry].kind != .null else {
            if let absent = Value.absent { return absent }
            throw TapeFieldRefused()
        }
        return try Value.read(record.child(entry))
    }

    /// The value entry of the member named `key`, searched from `hint` to the object's end,
    /// then from its start. Repeated keys are skipped, so the first one counts.
    private mutating func member(_ key: Key) -> Int? {
        var name = key.stringValue
        let tape = record.tape
        let first = record.entry + 1
        let end = Int(tape.entries[record.entry].payload)
        let match = name.withUTF8 { utf8 in
            scan(tape, utf8, from: hint, to: end) ?? scan(tape, utf8, from: first, to: hint)
        }
        guard let key = match else { return nil }
        found += 1
        hint = tape.next(after: key + 1)
        return key + 1
    }

    @inline(__always)
    private func scan(_ tape: JSONTape.View, _ name: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var key = start
        while key < end {
            if tape.entries[key].flags & JSONTape.Flag.duplicate == 0 && tape.keyEquals(key, name) { return key }
            key = tape.next(after: key + 1)
        }
        return nil
    }
}

/// Thrown by `TapeFields` for a field `Decodable` would refuse too.
struct TapeFieldRefused: Error {}

/// A type `TapeFields` reads a field as, with the errors `TapeDecoder` throws for it.
protocol TapeReadable {
    static func read(_ decoder: TapeDecoder) throws -> Self
    /// The value of an absent (or null) field; nil for a required one.
    static var absent: Self? { get }
}

extension TapeReadable {
    static var absent: Self? { nil }
}

extension Optional: TapeReadable where Wrapped: TapeReadable {
    static func read(_ decoder: TapeDecoder) throws -> Self { try Wrapped.read(decoder) }
    static var absent: Self? { .some(nil) }
}

extension String: TapeReadable {
    static func read(_ decoder: TapeDecoder) throws -> String { try decoder.decodeString() }
}

extension Int: TapeReadable {
    static func read(_ decoder: TapeDecoder) throws -> Int { try decoder.decodeInt() }
}

extension Double: TapeReadable {
    static func read(_ decoder: TapeDecoder) throws -> Double { try decoder.decodeDouble() }
}

extension Bool: TapeReadable {
    static func read(_ decoder: TapeDecoder) throws -> Bool { try decoder.decodeBool() }
}

/// A list of values (`sources`, a program's outcomes): elements are read as their type reads them.
extension Array: TapeReadable where Element: TapeReadable {
    static func read(_ decoder: TapeDecoder) throws -> [Element] {
        let tape = decoder.tape
        guard tape.entries[decoder.entry].kind == .array else { throw TapeFieldRefused() }
        var elements: [Element] = []
        elements.reserveCapacity(tape.count(of: decoder.entry))
        var item = decoder.entry + 1
        let end = Int(tape.entries[decoder.entry].payload)
        while item < end {
            elements.append(try Element.read(decoder.child(item)))
            item = tape.next(after: item)
        }
        return elements
    }
}

/// A record type read by its fields, in a file's array or nested in another record (a
/// program's outcomes, a claim's figures): `read(fields:)` reads what the synthesized
/// `init(from:)` reads, and the memberwise initialiser's labels keep every field in its place.
protocol TapeRecord: TapeReadable {
    associatedtype Fields: CodingKey
    static func read(fields: inout TapeFields<Fields>) throws -> Self
}

extension TapeRecord {
    static func read(_ decoder: TapeDecoder) throws -> Self {
        var fields = try TapeFields<Fields>(decoder)
        let record = try read(fields: &fields)
        fields.close()
        return record
    }
}

extension TapeReadable where Self: DataEnum {
    static func read(_ decoder: TapeDecoder) throws -> Self {
        guard let value = Self(rawValue: try decoder.decodeString()) else { throw TapeFieldRefused() }
        return value
    }
}

extension TapeReadable where Self: TextCodable {
    static func read(_ decoder: TapeDecoder) throws -> Self {
        guard let value = Self(try decoder.decodeString()) else { throw TapeFieldRefused() }
        return value
    }
}
