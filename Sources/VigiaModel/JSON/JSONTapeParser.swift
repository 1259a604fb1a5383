/// The strict RFC 8259 parser behind `JSONTape` (and `JSONParser`, which builds its tree
/// from the tape): it refuses hostile input cheaply and says what is wrong at which byte.
///
/// Nesting is capped, a byte-order mark and invalid UTF-8 are errors, and duplicate keys are
/// recorded (the first value wins). It counts nothing per byte but the offset: lines and
/// columns are worked out only for the one error or the few values that need them.
struct JSONTapeParser {
    /// Deepest nesting accepted; the data set needs five levels.
    static let maximumDepth = JSONParser.maximumDepth
    /// Objects up to this many keys look for duplicates by scanning; larger ones use a
    /// dictionary, so a hostile file stays linear.
    static let linearKeyLimit = 32

    /// The document, valid while `JSONTape.init(parsing:)` runs: plain pointer reads, and
    /// slices of it (keys compared for duplicates) retain nothing.
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var entries: [JSONTape.Entry] = []
    var duplicateKeys: [JSONTape.DuplicateKey] = []
    var hasForbidden = false
    /// The arrays and objects being parsed, outermost first (only duplicate keys need it).
    private var open: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // Records average well over ten bytes per value.
        entries.reserveCapacity(bytes.count / 8 + 16)
    }

    mutating func parseDocument() throws(JSONTapeError) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw error("the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
        }
        skipWhitespace()
        guard index < bytes.count else { throw error("the file is empty; expected a JSON object") }
        try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describeCurrent()) after the end of the JSON document")
        }
    }

    func error(_ message: String) -> JSONTapeError {
        JSONTapeError(offset: index, message: message)
    }

    func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte " + Self.hex(byte)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    @inline(__always)
    mutating func append(_ kind: JSONTape.Kind, at offset: Int, payload: Int = 0, flags: UInt8 = 0) {
        entries.append(JSONTape.Entry(offset: UInt32(truncatingIfNeeded: offset), payload: UInt32(truncatingIfNeeded: payload), kind: kind, flags: flags))
    }

    mutating func parseValue(depth: Int) throws(JSONTapeError) {
        guard index < bytes.count else { throw error("unexpected end of file; expected a value") }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"):
            try parseObject(depth: depth + 1)
        case UInt8(ascii: "["):
            try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""):
            try parseString()
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            append(.true, at: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            append(.false, at: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            append(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
        default:
            throw error("unexpected \(describeCurrent()); expected a value")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONTapeError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        let text = literal.utf8Start
        for offset in 0..<count {
            guard index < bytes.count, bytes[index] == text[offset] else {
                throw JSONTapeError(offset: start, message: "invalid literal; expected '\(literal)'")
            }
            index += 1
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONTapeError) {
        guard let object = try openContainer(.object, closer: "}", depth: depth) else { return }
        defer { open.removeLast() }
        var count = 0
        var seen: [String: Int]?
        repeat {
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an object") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeCurrent()); expected a quoted key")
            }
            let key = entries.count
            try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("unexpected \(describeCurrent()); expected ':' after key \"\(Self.unescaped(keyBytes(key)))\"")
            }
            index += 1
            skipWhitespace()
            try parseValue(depth: depth)
            if count == Self.linearKeyLimit, seen == nil { seen = keysSoFar(of: object, before: key) }
            let first = seen != nil ? seen![Self.unescaped(keyBytes(key))] : earlierKey(equalTo: key, in: object)
            if let first {
                entries[key].flags |= JSONTape.Flag.duplicate
                let name = Self.unescaped(keyBytes(key))
                duplicateKeys.append(JSONTape.DuplicateKey(key: name, path: openPath().appending(name), entry: key, first: first))
            } else {
                seen?[Self.unescaped(keyBytes(key))] = key
                count += 1
            }
        } while try continuesAfterElement(closer: "}", inside: "an object")
        entries[object].payload = UInt32(entries.count)
    }

    private func keyBytes(_ key: Int) -> Slice<UnsafeBufferPointer<UInt8>> {
        bytes[Int(entries[key].offset) + 1..<Int(entries[key].payload)]
    }

    /// The first earlier key of `object` equal to `key`, by scanning its members.
    private func earlierKey(equalTo key: Int, in object: Int) -> Int? {
        let entry = entries[key]
        let plain = entry.flags & (JSONTape.Flag.escaped | JSONTape.Flag.nonASCII) == 0
        let length = entry.payload - entry.offset
        var other = object + 1
        while other < key {
            let candidate = entries[other]
            if candidate.flags & JSONTape.Flag.duplicate == 0 {
                let otherPlain = candidate.flags & (JSONTape.Flag.escaped | JSONTape.Flag.nonASCII) == 0
                if plain && otherPlain {
                    if candidate.payload - candidate.offset == length && UnsafeBufferPointer(rebasing: keyBytes(other)).hasSameBytes(as: UnsafeBufferPointer(rebasing: keyBytes(key))) { return other }
                } else if Self.unescaped(keyBytes(other)) == Self.unescaped(keyBytes(key)) {
                    return other
                }
            }
            other = nextEntry(after: other + 1)
        }
        return nil
    }

    private func keysSoFar(of object: Int, before end: Int) -> [String: Int] {
        var keys: [String: Int] = [:]
        var key = object + 1
        while key < end {
            if entries[key].flags & JSONTape.Flag.duplicate == 0 { keys[Self.unescaped(keyBytes(key))] = key }
            key = nextEntry(after: key + 1)
        }
        return keys
    }

    private func nextEntry(after index: Int) -> Int {
        let entry = entries[index]
        return entry.kind.rawValue >= JSONTape.Kind.array.rawValue ? Int(entry.payload) : index + 1
    }

    /// The path of the innermost open container, worked out from the tape (for messages).
    private func openPath() -> JSONPath {
        var components: [JSONPath.Component] = []
        for (depth, container) in open.enumerated().dropLast() {
            let child = open[depth + 1]
            var position = container + 1
            var count = 0
            let isObject = entries[container].kind == .object
            while position < child {
                let value = isObject ? position + 1 : position
                if value == child { break }
                position = nextEntry(after: value)
                count += 1
            }
            components.append(isObject ? .key(Self.unescaped(keyBytes(position))) : .index(count))
        }
        return JSONPath(components)
    }

    private mutating func parseArray(depth: Int) throws(JSONTapeError) {
        guard let array = try openContainer(.array, closer: "]", depth: depth) else { return }
        defer { open.removeLast() }
        repeat {
            skipWhitespace()
            try parseValue(depth: depth)
        } while try continuesAfterElement(closer: "]", inside: "an array")
        entries[array].payload = UInt32(entries.count)
    }

    /// Opens an object or array at `index`: its tape entry and its place on the open stack
    /// (for error paths). Nil for an empty one (`{}`, `[]`), which is closed already.
    private mutating func openContainer(_ kind: JSONTape.Kind, closer: Unicode.Scalar, depth: Int) throws(JSONTapeError) -> Int? {
        let container = entries.count
        append(kind, at: index)
        open.append(container)
        guard try !opensEmpty(closer: closer, depth: depth) else {
            open.removeLast()
            entries[container].payload = UInt32(entries.count)
            return nil
        }
        return container
    }

    /// Enters the object or array whose opener is at `index`: refuses one nested too deep
    /// (a hostile file must not exhaust the stack), steps past the opener, and returns true
    /// when `closer` follows at once, an empty container, stepping past that too.
    private mutating func opensEmpty(closer: Unicode.Scalar, depth: Int) throws(JSONTapeError) -> Bool {
        guard depth <= Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        index += 1
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: closer) else { return false }
        index += 1
        return true
    }

    /// What follows an object's member or an array's item: true after a comma (another one
    /// comes), false after `closer` (the container ends); anything else is a syntax error.
    @inline(__always)
    private mutating func continuesAfterElement(closer: Unicode.Scalar, inside container: String) throws(JSONTapeError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of file inside \(container); expected ',' or '\(closer)'") }
        switch bytes[index] {
        case UInt8(ascii: ","):
            index += 1
            return true
        case UInt8(ascii: closer):
            index += 1
            return false
        default:
            throw error("unexpected \(describeCurrent()); expected ',' or '\(closer)'")
        }
    }

    static func hex(_ byte: UInt8, prefix: Bool = true, width: Int = 2) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return (prefix ? "0x" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
