/// Strings and numbers: checked byte by byte while parsing, turned into values only when read.
extension JSONTapeParser {
    /// Checks one string (its quotes, escapes and UTF-8) and appends its entry, noting
    /// whether its text needs decoding and whether it holds a forbidden character.
    mutating func parseString() throws(JSONTapeError) {
        let start = index
        index += 1
        var flags: UInt8 = 0
        while true {
            while index + 8 <= bytes.count {
                let plain = Self.plainPrefix(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                index += plain
                if plain < 8 { break }
            }
            guard index < bytes.count else { throw error("unexpected end of file inside a string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                append(.string, at: start, payload: index, flags: flags)
                index += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                let escapeStart = index
                index += 1
                let scalar = try parseEscape(startingAt: escapeStart)
                flags |= JSONTape.Flag.escaped
                if scalar.value >= 0x80 { flags |= JSONTape.Flag.nonASCII }
                if DatasetLoader.isForbidden(scalar) { markForbidden(&flags) }
                continue
            }
            if byte < 0x20 {
                throw error("raw control character U+\(Self.hex(byte, prefix: false, width: 4)) inside a string; write it escaped, or better, remove it")
            }
            if byte < 0x80 {
                if byte == 0x7F { markForbidden(&flags) }
                index += 1
                continue
            }
            flags |= JSONTape.Flag.nonASCII
            if DatasetLoader.isForbidden(try skipUTF8Sequence()) { markForbidden(&flags) }
        }
    }

    /// How many of the eight bytes of `word` (in memory order, little-endian) come before the
    /// first that is not printable ASCII other than the quote and the backslash (0x20…0x7E):
    /// text the byte-by-byte loop would only step over. Keys and ids are mostly shorter than
    /// eight bytes, so the loop starts at the closing quote rather than stepping to it.
    ///
    /// Each test is the "some byte is …" bit trick, whose lowest flagged byte is always a byte
    /// that is so (borrows and carries run only towards higher bytes), so the count is exact.
    @inline(__always)
    static func plainPrefix(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        let deleteOrAbove = ((word &+ ones) | word) & highs
        let special = control | deleteOrAbove | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
        return special.trailingZeroBitCount >> 3
    }

    private mutating func markForbidden(_ flags: inout UInt8) {
        flags |= JSONTape.Flag.forbidden
        hasForbidden = true
    }

    /// Checks one multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
    private mutating func skipUTF8Sequence() throws(JSONTapeError) -> Unicode.Scalar {
        let lead = bytes[index]
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
        default: throw error("invalid UTF-8 byte " + Self.hex(lead))
        }
        guard index + length <= bytes.count else { throw error("truncated UTF-8 sequence at end of file") }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { throw error("invalid UTF-8 sequence starting with byte " + Self.hex(lead)) }
            value = (value << 6) | UInt32(next & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value) else {
            throw error("invalid UTF-8 sequence starting with byte " + Self.hex(lead))
        }
        index += length
        return scalar
    }

    private mutating func parseEscape(startingAt start: Int) throws(JSONTapeError) -> Unicode.Scalar {
        guard index < bytes.count else { throw error("unexpected end of file in an escape sequence") }
        let byte = bytes[index]
        index += 1
        if let simple = Self.simpleEscape(byte) { return simple }
        guard byte == UInt8(ascii: "u") else {
            throw JSONTapeError(offset: start, message: "invalid escape '\\\(Character(Unicode.Scalar(byte)))' in a string")
        }
        let high = try parseHex4()
        if (0xD800...0xDBFF).contains(high) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw error("unpaired UTF-16 surrogate in \\u escape")
            }
            index += 2
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired UTF-16 surrogate in \\u escape") }
            let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            guard let scalar = Unicode.Scalar(combined) else { throw error("invalid \\u escape") }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw error("unpaired UTF-16 surrogate in \\u escape") }
        return scalar
    }

    private static func simpleEscape(_ byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        default: return nil
        }
    }

    private mutating func parseHex4() throws(JSONTapeError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("unexpected end of file in a \\u escape") }
            guard let digit = Self.hexDigit(bytes[index]) else { throw error("invalid hex digit in a \\u escape") }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - 0x30)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - 0x61 + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }

    /// The text of a string's contents (between the quotes) whose escapes the parser has
    /// already checked.
    static func unescaped<Bytes: RandomAccessCollection<UInt8>>(_ contents: Bytes) -> String where Bytes.Index == Int {
        guard contents.contains(UInt8(ascii: "\\")) else { return String(decoding: contents, as: UTF8.self) }
        var collected: [UInt8] = []
        collected.reserveCapacity(contents.count)
        var index = contents.startIndex
        while index < contents.endIndex {
            let byte = contents[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else {
                collected.append(byte)
                continue
            }
            let kind = contents[index]
            index += 1
            if let simple = simpleEscape(kind) {
                collected.append(UInt8(simple.value))
                continue
            }
            var high = hex4(contents, at: index)
            index += 4
            if (0xD800...0xDBFF).contains(high) {
                high = 0x10000 + ((high - 0xD800) << 10) + (hex4(contents, at: index + 2) - 0xDC00)
                index += 6
            }
            UTF8.encode(Unicode.Scalar(high)!) { collected.append($0) }
        }
        return String(decoding: collected, as: UTF8.self)
    }

    private static func hex4<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> UInt32 where Bytes.Index == Int {
        bytes[index..<index + 4].reduce(0) { $0 << 4 | hexDigit($1)! }
    }

    // MARK: Numbers

    mutating func parseNumber() throws(JSONTapeError) {
        let start = index
        var flags: UInt8 = 0
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("invalid number; expected a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, Self.isDigit(bytes[index]) { throw error("invalid number; leading zeros are not allowed") }
        } else {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        var exponent = false
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            flags |= JSONTape.Flag.fractional
            index += 1
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("invalid number; expected a digit after '.'") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            flags |= JSONTape.Flag.fractional
            exponent = true
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("invalid number; expected a digit in the exponent") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        // Only an exponent or some 300 digits can overflow a Double; those few are converted
        // now, so an out-of-range literal is reported as not finite with the others.
        if (exponent || index - start > 300) && !Self.double(bytes, start, index).isFinite {
            if flags & JSONTape.Flag.fractional != 0 || Int(String(decoding: bytes[start..<index], as: UTF8.self)) == nil {
                markForbidden(&flags)
            }
        }
        append(.number, at: start, payload: index, flags: flags)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The value of a checked integer literal of up to 18 digits (which cannot overflow),
    /// without making a String; nil for longer ones.
    @inline(__always)
    static func integer<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Int? where Bytes.Index == Int {
        var index = start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard end - index <= 18 else { return nil }
        var value = 0
        while index < end {
            value = value &* 10 &+ Int(bytes[index] &- 0x30)
            index += 1
        }
        return negative ? -value : value
    }

    /// The nearest Double to a checked number literal (±infinity when out of range).
    static func double<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Double where Bytes.Index == Int {
        if let fast = fastDouble(bytes, start, end) { return fast }
        return Double(String(decoding: bytes[start..<end], as: UTF8.self)) ?? .infinity
    }

    /// Exact powers of ten a Double holds.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// Clinger's fast path: a literal of at most 15 significant digits and no exponent whose
    /// fraction has at most 22 digits is its digits (exact in a Double) divided by an exact
    /// power of ten, one correctly rounded division: the same Double `strtod` returns.
    @inline(__always)
    private static func fastDouble<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Double? where Bytes.Index == Int {
        var index = start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var digits = 0
        var mantissa = 0
        var fraction = -1
        while index < end {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ".") {
                fraction = 0
                continue
            }
            guard isDigit(byte) else { return nil }
            if fraction >= 0 { fraction += 1 }
            if mantissa != 0 || byte != UInt8(ascii: "0") { digits += 1 }
            mantissa = mantissa &* 10 &+ Int(byte &- 0x30)
            if digits > 15 { return nil }
        }
        let scale = max(fraction, 0)
        guard scale <= 22 else { return nil }
        let value = Double(mantissa) / powersOfTen[scale]
        return negative ? -value : value
    }
}
