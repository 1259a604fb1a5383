/// Turns byte offsets in a file into the line and column an editor shows.
///
/// The parser keeps only offsets; this is asked for the few positions a report needs. A
/// cursor remembers the last answer, so positions asked for in file order cost one pass in
/// all, and a checkpoint every 64 KiB bounds the cost of going back (a duplicate key's first
/// occurrence, a record named earlier) even in a file written on one line.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    private var cursor = Mark(offset: 0, line: 1, column: 1)
    /// The mark at every multiple of `stride` the cursor has passed.
    private var checkpoints = [Mark(offset: 0, line: 1, column: 1)]
    private static let stride = 1 << 16

    private struct Mark: Sendable {
        var offset: Int
        var line: Int
        var column: Int
    }

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The position of the byte at `target` (clamped to the end of the file). Columns count
    /// Unicode scalars: every byte that is not a UTF-8 continuation byte starts one.
    public mutating func position(at target: Int) -> SourcePosition {
        let target = min(max(target, 0), bytes.count)
        if target < cursor.offset {
            cursor = checkpoints[min(target / Self.stride, checkpoints.count - 1)]
        }
        while cursor.offset < target {
            let next = (cursor.offset / Self.stride + 1) * Self.stride
            advance(to: min(next, target))
            if cursor.offset == next && checkpoints.count == next / Self.stride { checkpoints.append(cursor) }
        }
        return SourcePosition(line: cursor.line, column: cursor.column)
    }

    private mutating func advance(to target: Int) {
        var mark = cursor
        bytes.withUnsafeBufferPointer { buffer in
            for index in mark.offset..<target {
                let byte = buffer[index]
                if byte == 0x0A {
                    mark.line += 1
                    mark.column = 1
                } else if byte & 0xC0 != 0x80 {
                    mark.column += 1
                }
            }
        }
        mark.offset = target
        cursor = mark
    }
}
