/// A parsed JSON value that remembers where it was written.
///
/// Foundation's `JSONSerialization` and `JSONDecoder` forget positions, but someone fixing
/// a hand-edited data file needs `file:line:column`, so the loader parses into this tree
/// and decodes records from it.
public struct JSONNode: Sendable {
    /// Not `indirect`: arrays already give the recursion its indirection, and boxing every
    /// scalar on the heap made allocating and freeing the tree a third of a load.
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// A number without fraction or exponent that fits in `Int`.
        case integer(Int)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One `"key": value` pair of an object, in file order.
    public struct Member: Sendable {
        public var key: String
        public var keyPosition: SourcePosition
        public var value: JSONNode
    }

    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }

    /// The member named `key` of an object (the first one, should the file repeat it).
    public func member(_ key: String) -> Member? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }
    }

    /// A short name of the value's JSON type for error messages.
    public var typeName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer, .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The node reached by following `path` from this node, if every step exists.
    public func node(at path: JSONPath) -> JSONNode? {
        var current = self
        for component in path.components {
            switch (component, current.value) {
            case (.key(let key), .object):
                guard let next = current.member(key) else { return nil }
                current = next.value
            case (.index(let index), .array(let items)):
                guard items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}
