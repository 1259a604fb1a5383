#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed JSON document as one flat list of entries in document order, each remembering
/// only the byte offset where it was written.
///
/// A tree that keeps every value's line and column costs an allocation per value and a
/// line count per byte, although positions are only needed when something is wrong. The
/// tape costs twelve bytes per value and no allocation; strings are made only for the
/// values a record actually reads, and an offset becomes a line and column (`SourceText`)
/// only for a problem that is reported.
public struct JSONTape: Sendable {
    public enum Kind: UInt8, Sendable {
        case null, `false`, `true`, number, string, array, object
    }

    /// One value or object key. Objects hold their members as a key entry followed by the
    /// value's entries; arrays hold their items.
    public struct Entry: Sendable {
        /// Byte offset of the value's first byte (the opening quote of a string).
        public var offset: UInt32
        /// Strings: offset of the closing quote. Numbers: offset just past the literal.
        /// Arrays and objects: index of the first entry after their last descendant.
        public var payload: UInt32
        public var kind: Kind
        public var flags: UInt8
    }

    /// Entry flags.
    public enum Flag {
        /// A string holding a backslash escape: its text must be decoded, not just copied.
        public static let escaped: UInt8 = 1
        /// A string holding a byte above 0x7F.
        public static let nonASCII: UInt8 = 2
        /// A string holding a character `DatasetLoader.isForbidden` rejects, or a number too
        /// large to represent.
        public static let forbidden: UInt8 = 4
        /// A key its object already had: the member is skipped, the first one is used.
        public static let duplicate: UInt8 = 8
        /// A number with a fraction or an exponent.
        public static let fractional: UInt8 = 16
    }

    /// A repeated key inside one object: reported, not fatal.
    public struct DuplicateKey: Sendable {
        public var key: String
        public var path: JSONPath
        /// Entry index of the repeated key and of the first one.
        public var entry: Int
        public var first: Int
    }

    public let bytes: [UInt8]
    public internal(set) var entries: [Entry] = []
    public internal(set) var duplicateKeys: [DuplicateKey] = []
    /// True when some entry carries `Flag.forbidden`, so the forbidden-scalar walk is needed.
    public internal(set) var hasForbidden = false

    /// Parses one complete JSON document.
    public init(parsing bytes: [UInt8]) throws(JSONTapeError) {
        self.bytes = bytes
        let parsed = bytes.withUnsafeBufferPointer { buffer -> Result<JSONTapeParser, JSONTapeError> in
            var parser = JSONTapeParser(bytes: buffer)
            do throws(JSONTapeError) {
                try parser.parseDocument()
            } catch {
                return .failure(error)
            }
            return .success(parser)
        }
        let parser = try parsed.get()
        entries = parser.entries
        duplicateKeys = parser.duplicateKeys
        hasForbidden = parser.hasForbidden
    }

    /// Reads the tape through unsafe pointers, for the decoding loop (see `JSONTape.View`).
    public func withView<Result>(_ body: (View) throws -> Result) rethrows -> Result {
        try entries.withUnsafeBufferPointer { entries in
            try bytes.withUnsafeBufferPointer { bytes in try body(View(entries: entries, bytes: bytes)) }
        }
    }

    public func next(after index: Int) -> Int { withView { $0.next(after: index) } }
    public func items(of index: Int) -> [Int] { withView { $0.items(of: index) } }
    public func member(_ name: String, of index: Int) -> Int? { withView { $0.member(name, of: index) } }
    public func string(at index: Int) -> String { withView { $0.string(at: index) } }
    public func number(at index: Int) -> JSONNumber { withView { $0.number(at: index) } }
    public func typeName(at index: Int) -> String { withView { $0.typeName(at: index) } }

    /// Calls `body` with the key entry and value entry of each member of the object at
    /// `index`, in file order, skipping repeated keys (the first one counts).
    public func forEachMember(of index: Int, _ body: (_ key: Int, _ value: Int) throws -> Void) rethrows {
        try withView { try $0.forEachMember(of: index, body) }
    }
}

extension JSONTape {
    /// The tape's entries and bytes as plain pointers: reading them retains nothing, which
    /// matters when a decoder reads a dozen fields of each of a quarter million records.
    /// Valid only inside `withView`.
    public struct View {
        public let entries: UnsafeBufferPointer<Entry>
        public let bytes: UnsafeBufferPointer<UInt8>

        /// The first entry after `index` and everything inside it.
        @inline(__always)
        public func next(after index: Int) -> Int {
            let entry = entries[index]
            return entry.kind.rawValue >= Kind.array.rawValue ? Int(entry.payload) : index + 1
        }

        /// The value entries of the array at `index`.
        public func items(of index: Int) -> [Int] {
            var result: [Int] = []
            var child = index + 1
            let end = Int(entries[index].payload)
            while child < end {
                result.append(child)
                child = next(after: child)
            }
            return result
        }

        /// How many items the array at `index` holds, without listing them.
        public func count(of index: Int) -> Int {
            var count = 0
            var child = index + 1
            let end = Int(entries[index].payload)
            while child < end {
                count += 1
                child = next(after: child)
            }
            return count
        }

        @inline(__always)
        public func forEachMember(of index: Int, _ body: (_ key: Int, _ value: Int) throws -> Void) rethrows {
            var key = index + 1
            let end = Int(entries[index].payload)
            while key < end {
                let value = key + 1
                if entries[key].flags & Flag.duplicate == 0 { try body(key, value) }
                key = next(after: value)
            }
        }

        /// The value entry of the member named `name` (the first, should the object repeat it).
        public func member(_ name: String, of index: Int) -> Int? {
            var name = name
            return name.withUTF8 { member(utf8: $0, of: index) }
        }

        @inline(__always)
        public func member(utf8 name: UnsafeBufferPointer<UInt8>, of index: Int) -> Int? {
            var key = index + 1
            let end = Int(entries[index].payload)
            while key < end {
                if keyEquals(key, name) { return key + 1 }
                key = next(after: key + 1)
            }
            return nil
        }

        /// True when the key (or string) entry `index` is `name`. A plain ASCII key is compared
        /// byte by byte; one with escapes or other characters is decoded and compared as a
        /// String, as the positioned tree always did (canonical equivalence included).
        @inline(__always)
        public func keyEquals(_ index: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
            let entry = entries[index]
            let start = Int(entry.offset) + 1
            let length = Int(entry.payload) - start
            if entry.flags & (Flag.escaped | Flag.nonASCII) != 0 {
                return string(at: index) == String(decoding: name, as: UTF8.self)
            }
            guard length == name.count else { return false }
            for offset in 0..<length where bytes[start + offset] != name[offset] { return false }
            return true
        }

        /// The text of the string (or key) entry `index`.
        public func string(at index: Int) -> String {
            let entry = entries[index]
            let start = Int(entry.offset) + 1
            let end = Int(entry.payload)
            let contents = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if entry.flags & Flag.escaped == 0 { return String(decoding: contents, as: UTF8.self) }
            return JSONTapeParser.unescaped(contents)
        }

        /// A number entry's value: an `Int` for a literal without fraction or exponent that
        /// fits, else a `Double` (±infinity when out of range; the parser flagged it).
        public func number(at index: Int) -> JSONNumber {
            let entry = entries[index]
            let start = Int(entry.offset)
            let end = Int(entry.payload)
            if entry.flags & Flag.fractional == 0 {
                if let value = JSONTapeParser.integer(bytes, start, end) { return .integer(value) }
                if let value = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) { return .integer(value) }
            }
            return .double(JSONTapeParser.double(bytes, start, end))
        }

        /// A short name of the entry's JSON type for error messages.
        public func typeName(at index: Int) -> String {
            switch entries[index].kind {
            case .null: return "null"
            case .true, .false: return "a boolean"
            case .number: return "a number"
            case .string: return "a string"
            case .array: return "an array"
            case .object: return "an object"
            }
        }
    }
}

/// A JSON number as the loader keeps it: exact when it is a whole number that fits.
public enum JSONNumber: Sendable, Equatable {
    case integer(Int)
    case double(Double)
}

/// Why bytes are not well-formed JSON, at which byte offset (`SourceText` turns it into a
/// line and column).
public struct JSONTapeError: Error, Sendable, Equatable {
    public var offset: Int
    public var message: String
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether both hold the same bytes, compared by `memcmp`: `elementsEqual` is a generic
    /// call per byte, and the parser (a key against the object's earlier keys) and the string
    /// pool (a string against the one with its hash) compare millions of byte runs.
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (count == 0 || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }
}
