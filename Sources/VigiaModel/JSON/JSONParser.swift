/// Parses a document into the positioned tree (`JSONNode`) that briefing decks and scenario
/// files are decoded from.
///
/// The syntax is `JSONTapeParser`'s, so every loader accepts and refuses the same bytes with
/// the same messages; this adds a line and column to every value, which small documents can
/// afford. Data folders are decoded from the tape itself (`TapeDecoder`).
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
    public private(set) var duplicateKeys: [DuplicateKey] = []
    /// True when some string or key holds a character `DatasetLoader.isForbidden` rejects, or
    /// some number is too large to represent; the caller then walks the tree to report each.
    public private(set) var needsScalarCheck = false

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one complete JSON document.
    public mutating func parse() throws(JSONSyntaxError) -> JSONNode {
        var text = SourceText(bytes)
        let tape: JSONTape
        do {
            tape = try JSONTape(parsing: bytes)
        } catch {
            throw JSONSyntaxError(position: text.position(at: error.offset), message: error.message)
        }
        needsScalarCheck = tape.hasForbidden
        var positions = [SourcePosition]()
        positions.reserveCapacity(tape.entries.count)
        for entry in tape.entries { positions.append(text.position(at: Int(entry.offset))) }
        duplicateKeys = tape.duplicateKeys.map {
            DuplicateKey(key: $0.key, path: $0.path, position: positions[$0.entry], firstPosition: positions[$0.first])
        }
        return Self.node(at: 0, of: tape, positions: positions)
    }

    private static func node(at index: Int, of tape: JSONTape, positions: [SourcePosition]) -> JSONNode {
        let value: JSONNode.Value
        switch tape.entries[index].kind {
        case .null: value = .null
        case .true: value = .bool(true)
        case .false: value = .bool(false)
        case .string: value = .string(tape.string(at: index))
        case .number:
            switch tape.number(at: index) {
            case .integer(let integer): value = .integer(integer)
            case .double(let double): value = .number(double)
            }
        case .array:
            value = .array(tape.items(of: index).map { node(at: $0, of: tape, positions: positions) })
        case .object:
            var members: [JSONNode.Member] = []
            tape.forEachMember(of: index) { key, item in
                members.append(JSONNode.Member(key: tape.string(at: key), keyPosition: positions[key], value: node(at: item, of: tape, positions: positions)))
            }
            value = .object(members)
        }
        return JSONNode(value, at: positions[index])
    }
}
