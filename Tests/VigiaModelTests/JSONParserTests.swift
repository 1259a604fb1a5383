import Testing
@testable import VigiaModel

private func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONParser(bytes: Array(text.utf8))
    return try parser.parse()
}

private func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
    var parser = JSONParser(bytes: bytes)
    do {
        _ = try parser.parse()
        return nil
    } catch {
        return error
    }
}

private func syntaxError(_ text: String) -> JSONSyntaxError? { syntaxError(Array(text.utf8)) }

@Test func valuesKeepTheirPositions() throws {
    let root = try parse("{\n  \"a\": [1, 2.5, \"x\"],\n  \"é\": {\"b\": null}\n}")
    let a = try #require(root.member("a"))
    #expect(a.keyPosition == SourcePosition(line: 2, column: 3))
    #expect(a.value.position == SourcePosition(line: 2, column: 8))
    guard case .array(let items) = a.value.value else { Issue.record("not an array"); return }
    #expect(items[1].position == SourcePosition(line: 2, column: 12))
    guard case .number(let value) = items[1].value else { Issue.record("not a number"); return }
    #expect(value == 2.5)
    let b = try #require(root.node(at: JSONPath([.key("é"), .key("b")])))
    // Columns count characters, so the two-byte "é" moves "b" by one column, not two.
    #expect(b.position == SourcePosition(line: 3, column: 14))
}

@Test func integersStayExact() throws {
    let root = try parse("[9007199254740993, -4, 1e2]")
    guard case .array(let items) = root.value else { Issue.record("not an array"); return }
    guard case .integer(let big) = items[0].value, case .integer(let negative) = items[1].value, case .number(let exponent) = items[2].value else {
        Issue.record("wrong number kinds"); return
    }
    #expect(big == 9_007_199_254_740_993)
    #expect(negative == -4)
    #expect(exponent == 100)
}

@Test func escapesDecode() throws {
    let root = try parse(#"["a\nb", "\u00e9\ud83d\ude00", "\\\/"]"#)
    guard case .array(let items) = root.value, case .string(let first) = items[0].value,
          case .string(let second) = items[1].value, case .string(let third) = items[2].value else {
        Issue.record("not strings"); return
    }
    #expect(first == "a\nb")
    #expect(second == "é😀")
    #expect(third == "\\/")
}

@Test(arguments: [
    ("{\"a\": 1,}", 1, 9, "expected a quoted key"),
    ("[1, 2", 1, 6, "unexpected end of file"),
    ("{\"a\" 1}", 1, 6, "expected ':'"),
    ("[01]", 1, 3, "leading zeros"),
    ("[1.]", 1, 4, "expected a digit after '.'"),
    ("[tru]", 1, 2, "expected 'true'"),
    ("[\"a\\q\"]", 1, 4, "invalid escape"),
    ("[\"\\ud800\"]", 1, 9, "unpaired UTF-16 surrogate"),
    ("{}\n{}", 2, 1, "after the end of the JSON document"),
    ("", 1, 1, "the file is empty"),
    ("[\"a\u{1B}b\"]", 1, 4, "raw control character U+001B"),
])
func malformedJSONIsLocated(text: String, line: Int, column: Int, message: String) {
    let error = syntaxError(text)
    #expect(error?.position == SourcePosition(line: line, column: column))
    #expect(error?.message.contains(message) == true, "\(String(describing: error?.message))")
}

@Test func byteOrderMarkIsRejected() {
    let error = syntaxError([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
    #expect(error?.message.contains("byte-order mark") == true)
}

@Test func invalidUTF8IsRejected() {
    let overlong = syntaxError(Array("[\"".utf8) + [0xC0, 0xAF] + Array("\"]".utf8))
    #expect(overlong?.message.contains("invalid UTF-8") == true)
    #expect(overlong?.position == SourcePosition(line: 1, column: 3))
    let truncated = syntaxError(Array("[\"".utf8) + [0xE2, 0x82])
    #expect(truncated?.message.contains("UTF-8") == true)
    let surrogate = syntaxError(Array("[\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8))
    #expect(surrogate?.message.contains("invalid UTF-8") == true)
}

@Test func deepNestingFailsWithoutRecursingForever() {
    let depth = 100_000
    let error = syntaxError(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
    #expect(error?.message.contains("nesting deeper than \(JSONParser.maximumDepth)") == true)
    #expect(error?.position == SourcePosition(line: 1, column: JSONParser.maximumDepth + 1))
}

@Test func duplicateKeysAreReportedAndTheFirstWins() throws {
    var parser = JSONParser(bytes: Array("{\"a\": 1,\n \"a\": 2}".utf8))
    let root = try parser.parse()
    #expect(parser.duplicateKeys.count == 1)
    #expect(parser.duplicateKeys.first?.position == SourcePosition(line: 2, column: 2))
    #expect(parser.duplicateKeys.first?.firstPosition == SourcePosition(line: 1, column: 2))
    guard case .integer(let value) = root.member("a")?.value.value else { Issue.record("no value"); return }
    #expect(value == 1)
}

@Test func hugeNumbersBecomeInfinityForValidationToReject() throws {
    let root = try parse("[1e400]")
    guard case .array(let items) = root.value, case .number(let value) = items[0].value else { Issue.record("no number"); return }
    #expect(value.isInfinite)
}

/// The eight-byte scan of strings must stop exactly where the byte-by-byte loop has work to do:
/// every byte value at every position, and every pair of special bytes, among plain filler.
@Test func plainPrefixStopsAtTheFirstByteTheLoopMustSee() {
    func isPlain(_ byte: UInt8) -> Bool { byte >= 0x20 && byte <= 0x7E && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") }
    func word(_ bytes: [UInt8]) -> UInt64 { bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) } }
    func expected(_ bytes: [UInt8]) -> Int { bytes.firstIndex { !isPlain($0) } ?? 8 }
    var mismatches = 0
    for value in 0...255 {
        for position in 0..<8 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
            bytes[position] = UInt8(value)
            if JSONTapeParser.plainPrefix(word(bytes)) != expected(bytes) { mismatches += 1 }
        }
    }
    let specials: [UInt8] = [0x00, 0x1F, 0x20, 0x22, 0x5C, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
    for first in specials {
        for second in specials {
            for low in 0..<8 {
                for high in low..<8 {
                    var bytes = [UInt8](repeating: UInt8(ascii: "~"), count: 8)
                    bytes[high] = second
                    bytes[low] = first
                    if JSONTapeParser.plainPrefix(word(bytes)) != expected(bytes) { mismatches += 1 }
                }
            }
        }
    }
    #expect(mismatches == 0)
}
