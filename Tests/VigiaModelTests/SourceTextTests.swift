import Testing
@testable import VigiaModel

/// The line and column of every offset, counted from the start: what `SourceText` must give
/// whichever order it is asked in.
private func counted(_ bytes: [UInt8], to offset: Int) -> SourcePosition {
    var line = 1, column = 1
    for byte in bytes[..<offset] {
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }
    return SourcePosition(line: line, column: column)
}

@Test func positionsMatchCountingFromTheStartInAnyOrder() {
    // Several 64 KiB checkpoints, multi-byte characters and lines of every length.
    var text = ""
    for index in 0..<30_000 { text += index % 7 == 0 ? "é🙂 line \(index)\n" : "{\"k\": \(index)} " }
    let bytes = Array(text.utf8)
    #expect(bytes.count > 3 * 65_536)
    var source = SourceText(bytes)
    let offsets = [0, 150_000, 10, 200_000, 65_536, 65_535, 131_072, bytes.count, 7, 199_999] + stride(from: 3, to: bytes.count, by: 4099)
    for offset in offsets {
        #expect(source.position(at: offset) == counted(bytes, to: offset), "offset \(offset)")
    }
}

@Test func aLocatedFileFindsAPathAfterItsTapeWasLetGo() throws {
    let bytes = Array("{\n  \"regions\": [\n    {\"code\": \"A\"},\n    {\"code\": \"B\", \"name\": \"x\"}\n  ]\n}".utf8)
    let located = LocatedFile(tape: try JSONTape(parsing: bytes)) { bytes }
    let path = JSONPath([.key("regions"), .index(1), .key("name")])
    let whileDecoding = located.position(of: path)
    located.release()
    #expect(whileDecoding == SourcePosition(line: 4, column: 27))
    #expect(located.position(of: path) == whileDecoding)
    // A path that goes further than the file is placed at its deepest existing part.
    #expect(located.position(of: JSONPath([.key("regions"), .index(7)])) == SourcePosition(line: 2, column: 14))
}
