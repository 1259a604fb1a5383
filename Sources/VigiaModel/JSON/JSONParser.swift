/// A strict RFC 8259 parser that keeps positions and refuses hostile input cheaply.
///
/// Hand-edited files must fail with a precise position, and files from strangers must fail
/// in bounded time and memory: nesting is capped, a byte-order mark and invalid UTF-8 are
/// errors, and duplicate keys are reported (the first value wins) rather than silently merged.
public struct JSONParser {
    /// Deepest nesting accepted; the data set needs five levels.
    public static let maximumDepth = 64

    /// A repeated key inside one object: reported, not fatal.
    public struct DuplicateKey: Sendable, Equatable {
        public var key: String
        public var path: JSONPath
        public var position: SourcePosition
        public var firstPosition: SourcePosition
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    /// Where the parser is; extended and shortened in place (only duplicate keys need it).
    private var path = JSONPath.root
    public private(set) var duplicateKeys: [DuplicateKey] = []
    /// True when some string or key holds a character `DatasetLoader.isForbidden` rejects, or
    /// some number is too large to represent. The loader then walks the tree to report each
    /// one with its path; for the usual clean file it skips that walk (a quarter of a load).
    public private(set) var needsScalarCheck = false

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one complete JSON document.
    public mutating func parse() throws(JSONSyntaxError) -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw error("the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
        }
        skipWhitespace()
        guard index < bytes.count else { throw error("the file is empty; expected a JSON object") }
        let root = try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describeCurrent()) after the end of the JSON document")
        }
        return root
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(position: position, message: message)
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte " + hex(byte)
    }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: advance()
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw error("unexpected end of file; expected a value") }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return try parseObject(depth: depth + 1, start: start)
        case UInt8(ascii: "["):
            return try parseArray(depth: depth + 1, start: start)
        case UInt8(ascii: "\""):
            return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(try parseNumber(), at: start)
        default:
            throw error("unexpected \(describeCurrent()); expected a value")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let start = position
        let text = literal.withUTF8Buffer { Array($0) }
        for byte in text {
            guard index < bytes.count, bytes[index] == byte else {
                throw JSONSyntaxError(position: start, message: "invalid literal; expected '\(literal)'")
            }
            advance()
        }
    }

    private mutating func parseObject(depth: Int, start: SourcePosition) throws(JSONSyntaxError) -> JSONNode {
        if try opensEmpty(closer: "}", depth: depth) { return JSONNode(.object([]), at: start) }
        var members: [JSONNode.Member] = []
        // Records have a dozen keys: a linear scan finds duplicates without hashing every key.
        // Large objects switch to a dictionary so a hostile file stays linear.
        var seen: [String: SourcePosition]?
        repeat {
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an object") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeCurrent()); expected a quoted key")
            }
            let keyPosition = position
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("unexpected \(describeCurrent()); expected ':' after key \"\(key)\"")
            }
            advance()
            skipWhitespace()
            path.components.append(.key(key))
            let value = try parseValue(depth: depth)
            path.components.removeLast()
            if members.count == Self.linearKeyLimit, seen == nil {
                seen = Dictionary(members.map { ($0.key, $0.keyPosition) }, uniquingKeysWith: { first, _ in first })
            }
            let first = seen.map { $0[key] } ?? members.first { $0.key == key }?.keyPosition
            if let first {
                duplicateKeys.append(DuplicateKey(key: key, path: path.appending(key), position: keyPosition, firstPosition: first))
            } else {
                seen?[key] = keyPosition
                members.append(JSONNode.Member(key: key, keyPosition: keyPosition, value: value))
            }
        } while try continuesAfterElement(closer: "}", inside: "an object")
        return JSONNode(.object(members), at: start)
    }

    /// Objects up to this many keys look for duplicates by scanning.
    private static let linearKeyLimit = 32

    private mutating func parseArray(depth: Int, start: SourcePosition) throws(JSONSyntaxError) -> JSONNode {
        if try opensEmpty(closer: "]", depth: depth) { return JSONNode(.array([]), at: start) }
        var items: [JSONNode] = []
        repeat {
            skipWhitespace()
            path.components.append(.index(items.count))
            items.append(try parseValue(depth: depth))
            path.components.removeLast()
        } while try continuesAfterElement(closer: "]", inside: "an array")
        return JSONNode(.array(items), at: start)
    }

    /// Enters the object or array whose opener is at `index`: refuses one nested too deep
    /// (a hostile file must not exhaust the stack), steps past the opener, and returns true
    /// when `closer` follows at once, an empty container, stepping past that too.
    private mutating func opensEmpty(closer: Unicode.Scalar, depth: Int) throws(JSONSyntaxError) -> Bool {
        guard depth <= Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        advance()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: closer) else { return false }
        advance()
        return true
    }

    /// What follows an object's member or an array's item: true after a comma (another one
    /// comes), false after `closer` (the container ends); anything else is a syntax error.
    private mutating func continuesAfterElement(closer: Unicode.Scalar, inside container: String) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of file inside \(container); expected ',' or '\(closer)'") }
        switch bytes[index] {
        case UInt8(ascii: ","):
            advance()
            return true
        case UInt8(ascii: closer):
            advance()
            return false
        default:
            throw error("unexpected \(describeCurrent()); expected ',' or '\(closer)'")
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode.Value {
        let startIndex = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { advance() }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number; expected a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            advance()
            if index < bytes.count, isDigit(bytes[index]) { throw error("invalid number; leading zeros are not allowed") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { advance() }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            advance()
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number; expected a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { advance() }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            advance()
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { advance() }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number; expected a digit in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { advance() }
        }
        if isInteger, let value = Self.integer(bytes[startIndex..<index]) { return .integer(value) }
        let text = String(decoding: bytes[startIndex..<index], as: UTF8.self)
        if isInteger, let value = Int(text) { return .integer(value) }
        // Out-of-range literals become ±infinity here; validation reports them as not finite.
        let value = Double(text) ?? .infinity
        if !value.isFinite { needsScalarCheck = true }
        return .number(value)
    }

    /// The value of an already validated integer literal of up to 18 digits (which cannot
    /// overflow), without making a String; nil for longer ones, which take the slow path.
    private static func integer(_ digits: ArraySlice<UInt8>) -> Int? {
        var start = digits.startIndex
        let negative = digits[start] == UInt8(ascii: "-")
        if negative { start += 1 }
        guard digits.endIndex - start <= 18 else { return nil }
        var value = 0
        for byte in digits[start...] { value = value * 10 + Int(byte &- 0x30) }
        return negative ? -value : value
    }

    private func hex(_ byte: UInt8, prefix: Bool = true, width: Int = 2) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return (prefix ? "0x" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Strings are validated byte by byte and made once from their bytes: most have no
    /// escapes, and those that do collect their bytes in a buffer first.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        advance()
        var escaped: [UInt8]?
        var runStart = index
        while true {
            guard index < bytes.count else { throw error("unexpected end of file inside a string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text: String
                if var collected = escaped {
                    collected.append(contentsOf: bytes[runStart..<index])
                    text = String(decoding: collected, as: UTF8.self)
                } else {
                    text = String(decoding: bytes[runStart..<index], as: UTF8.self)
                }
                advance()
                return text
            }
            if byte == UInt8(ascii: "\\") {
                var collected = escaped ?? []
                collected.append(contentsOf: bytes[runStart..<index])
                let escapeStart = position
                advance()
                let scalar = try parseEscape(startingAt: escapeStart)
                if DatasetLoader.isForbidden(scalar) { needsScalarCheck = true }
                UTF8.encode(scalar) { collected.append($0) }
                escaped = collected
                runStart = index
                continue
            }
            if byte < 0x20 {
                throw error("raw control character U+\(hex(byte, prefix: false, width: 4)) inside a string; write it escaped, or better, remove it")
            }
            if byte < 0x80 {
                // advance() for a byte that is neither a newline nor a continuation byte.
                if byte == 0x7F { needsScalarCheck = true }
                index += 1
                column += 1
                continue
            }
            try skipUTF8Sequence()
        }
    }

    /// Checks one multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
    private mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
        let lead = bytes[index]
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
        default: throw error("invalid UTF-8 byte " + hex(lead))
        }
        guard index + length <= bytes.count else { throw error("truncated UTF-8 sequence at end of file") }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { throw error("invalid UTF-8 sequence starting with byte " + hex(lead)) }
            value = (value << 6) | UInt32(next & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value) else {
            throw error("invalid UTF-8 sequence starting with byte " + hex(lead))
        }
        if DatasetLoader.isForbidden(scalar) { needsScalarCheck = true }
        // advance() over one character: a lead byte and its continuation bytes.
        index += length
        column += 1
    }

    private mutating func parseEscape(startingAt start: SourcePosition) throws(JSONSyntaxError) -> Unicode.Scalar {
        guard index < bytes.count else { throw error("unexpected end of file in an escape sequence") }
        let byte = bytes[index]
        advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800...0xDBFF).contains(high) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("unpaired UTF-16 surrogate in \\u escape")
                }
                advance()
                advance()
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired UTF-16 surrogate in \\u escape") }
                let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                guard let scalar = Unicode.Scalar(combined) else { throw error("invalid \\u escape") }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw error("unpaired UTF-16 surrogate in \\u escape") }
            return scalar
        default:
            throw JSONSyntaxError(position: start, message: "invalid escape '\\\(Character(Unicode.Scalar(byte)))' in a string")
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("unexpected end of file in a \\u escape") }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x41 + 10)
            default: throw error("invalid hex digit in a \\u escape")
            }
            value = value << 4 | digit
            advance()
        }
        return value
    }
}
