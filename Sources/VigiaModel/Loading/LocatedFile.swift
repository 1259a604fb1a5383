import Foundation

/// Where the values of one data file were written: turns entries and JSON paths into the
/// line and column a problem is reported at.
///
/// While the file is decoded its tape is at hand. Afterwards the tape is let go (it is about
/// the size of the file again); should a cross-record rule then need a position, the file
/// is parsed once more. Positions are needed only when something is wrong.
final class LocatedFile: @unchecked Sendable {
    /// Guards everything below: a file is located from the thread that decoded it and,
    /// later, from the one that validates the folder.
    private let lock = NSLock()
    private let reload: @Sendable () -> [UInt8]?
    private var tape: JSONTape?
    private var text: SourceText?
    /// The last array item found by index, so items asked for in order are found in one pass.
    private var lastItem: (array: Int, index: Int, entry: Int)?

    init(tape: JSONTape?, reload: @escaping @Sendable () -> [UInt8]?) {
        self.tape = tape
        self.text = tape.map { SourceText($0.bytes) }
        self.reload = reload
    }

    /// Lets the tape go; it is parsed again if a position is asked for later.
    func release() {
        lock.withLock {
            tape = nil
            text = nil
            lastItem = nil
        }
    }

    /// Where the byte at `offset` is.
    func position(atOffset offset: Int) -> SourcePosition? {
        lock.withLock {
            loadIfNeeded()
            return text?.position(at: offset)
        }
    }

    /// Where the entry `entry` of the tape being decoded was written.
    func position(ofEntry entry: Int) -> SourcePosition? {
        lock.withLock {
            guard let offset = tape?.entries[entry].offset else { return nil }
            return text?.position(at: Int(offset))
        }
    }

    /// Where `path` (or its nearest existing parent) was written.
    func position(of path: JSONPath) -> SourcePosition? {
        lock.withLock {
            loadIfNeeded()
            guard let tape else { return nil }
            let entry = deepestEntry(along: path, in: tape)
            return text?.position(at: Int(tape.entries[entry].offset))
        }
    }

    private func loadIfNeeded() {
        guard tape == nil, let bytes = reload(), let parsed = try? JSONTape(parsing: bytes) else { return }
        tape = parsed
        text = SourceText(bytes)
    }

    /// The entry `path` names, or that of its longest prefix that exists.
    private func deepestEntry(along path: JSONPath, in tape: JSONTape) -> Int {
        var current = 0
        for component in path.components {
            let next: Int?
            switch (component, tape.entries[current].kind) {
            case (.key(let key), .object): next = tape.member(key, of: current)
            case (.index(let index), .array): next = item(index, of: current, in: tape)
            default: next = nil
            }
            guard let next else { break }
            current = next
        }
        return current
    }

    private func item(_ index: Int, of array: Int, in tape: JSONTape) -> Int? {
        var position = 0
        var entry = array + 1
        if let last = lastItem, last.array == array, last.index <= index {
            position = last.index
            entry = last.entry
        }
        let end = Int(tape.entries[array].payload)
        while entry < end && position < index {
            entry = tape.next(after: entry)
            position += 1
        }
        guard entry < end else { return nil }
        lastItem = (array, index, entry)
        return entry
    }
}
