/// A `Decoder` that reads `Codable` records straight from a positioned `JSONNode` tree.
///
/// Records stay plain `Codable` types (one definition of every field name), while the loader
/// still learns where each value was written. Fields a record does not know are collected as
/// `unknownFields` with the names it does know, so a typo gets a did-you-mean instead of being
/// silently ignored.
struct NodeDecoder: Decoder {
    /// A field present in the file that the record type does not declare.
    struct UnknownField {
        var path: JSONPath
        var position: SourcePosition
        var known: [String]
    }

    /// Shared by every decoder made while decoding one record (or, reused, one file).
    final class Collector {
        var unknownFields: [UnknownField] = []
        /// Each record type's field names, worked out once instead of once per record
        /// (listing `allCases` allocates, and a file has thousands of records).
        private var names: [ObjectIdentifier: [String]?] = [:]

        func declaredNames<Key: CodingKey>(of type: Key.Type) -> [String]? {
            if let cached = names[ObjectIdentifier(type)] { return cached }
            let computed = NodeDecoder.declaredNames(of: type)
            names.updateValue(computed, forKey: ObjectIdentifier(type))
            return computed
        }
    }

    let node: JSONNode
    let basePath: JSONPath
    /// The coding path is the parent's path plus `key`, joined only when asked for (errors
    /// and nested containers): making a child for every field must not allocate an array.
    private let parentPath: [any CodingKey]
    private let key: (any CodingKey)?
    let collector: Collector
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var codingPath: [any CodingKey] { key.map { parentPath + [$0] } ?? parentPath }

    init(node: JSONNode, basePath: JSONPath, codingPath: [any CodingKey] = [], collector: Collector) {
        self.init(node: node, basePath: basePath, parentPath: codingPath, key: nil, collector: collector)
    }

    private init(node: JSONNode, basePath: JSONPath, parentPath: [any CodingKey], key: (any CodingKey)?, collector: Collector) {
        self.node = node
        self.basePath = basePath
        self.parentPath = parentPath
        self.key = key
        self.collector = collector
    }

    /// This decoder with its coding path joined once, for a container whose fields each make a child.
    private var joined: NodeDecoder {
        key == nil ? self : NodeDecoder(node: node, basePath: basePath, parentPath: codingPath, key: nil, collector: collector)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node.value else {
            throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: codingPath, debugDescription: "expected an object, found \(node.typeName)"))
        }
        if let known = collector.declaredNames(of: Key.self) {
            // The path is built only when there is something to report.
            var here: JSONPath?
            for member in members where !known.contains(member.key) {
                let path = here ?? JSONPath(codingPath: codingPath, under: basePath)
                here = path
                collector.unknownFields.append(UnknownField(path: path.appending(member.key), position: member.keyPosition, known: known))
            }
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: joined, members: members))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = node.value else {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "expected an array, found \(node.typeName)"))
        }
        return UnkeyedContainer(decoder: joined, items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(decoder: self)
    }

    /// Decodes a field's value. A list of strings (every record's `sources`) is read directly:
    /// through `Array.init(from:)` each element costs two boxed containers, and lists of
    /// ids were a tenth of all decoding. The errors are the ones the generic path throws.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == [String].self { return try decodeStrings() as! T }
        return try T(from: self)
    }

    private func decodeStrings() throws -> [String] {
        guard case .array(let items) = node.value else { return try [String](from: self) }
        let parent = joined
        var strings: [String] = []
        strings.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            strings.append(try parent.child(item, key: IndexKey(index)).decodeScalar(String.self))
        }
        return strings
    }

    func child(_ node: JSONNode, key: any CodingKey) -> NodeDecoder {
        NodeDecoder(node: node, basePath: basePath, parentPath: codingPath, key: key, collector: collector)
    }

    static func declaredNames<Key: CodingKey>(of type: Key.Type) -> [String]? {
        guard let iterable = type as? any CaseIterable.Type else { return nil }
        return names(of: iterable)
    }

    private static func names<T: CaseIterable>(of type: T.Type) -> [String] {
        T.allCases.compactMap { ($0 as? any CodingKey)?.stringValue }
    }

    // MARK: Scalars

    func decodeScalar<T>(_ type: T.Type) throws -> T {
        let context = { (message: String) in DecodingError.Context(codingPath: codingPath, debugDescription: message) }
        switch node.value {
        case .null:
            throw DecodingError.valueNotFound(type, context("expected \(Self.describe(type)), found null"))
        case .bool(let value):
            if let result = value as? T { return result }
        case .string(let value):
            if let result = value as? T { return result }
        case .integer(let value):
            if let result = Self.convert(integer: value, to: type) { return result }
            if Self.isIntegerType(type) {
                throw DecodingError.dataCorrupted(context("\(value) is out of range"))
            }
        case .number(let value):
            if T.self == Double.self { return value as! T }
            if Self.isIntegerType(type) {
                if value.isFinite, value.rounded() == value, let int = Int(exactly: value), let result = Self.convert(integer: int, to: type) {
                    return result
                }
                throw DecodingError.typeMismatch(type, context("expected a whole number, found \(value)"))
            }
        case .array, .object:
            break
        }
        throw DecodingError.typeMismatch(type, context("expected \(Self.describe(type)), found \(node.typeName)"))
    }

    private static func isIntegerType<T>(_ type: T.Type) -> Bool {
        type == Int.self || type == Int64.self || type == Int32.self || type == UInt.self || type == UInt64.self
    }

    private static func convert<T>(integer: Int, to type: T.Type) -> T? {
        switch type {
        case is Int.Type: return integer as? T
        case is Double.Type: return Double(integer) as? T
        case is Int64.Type: return Int64(exactly: integer) as? T
        case is Int32.Type: return Int32(exactly: integer) as? T
        case is UInt.Type: return UInt(exactly: integer) as? T
        case is UInt64.Type: return UInt64(exactly: integer) as? T
        default: return nil
        }
    }

    static func describe<T>(_ type: T.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Double.Type: return "a number"
        default: return isIntegerType(type) ? "a whole number" : "\(type)"
        }
    }

    static func typeMismatchMessage<T>(_ type: T.Type, found node: JSONNode) -> String {
        "expected \(describe(type)), found \(node.typeName)"
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let members: [JSONNode.Member]

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { member(key) != nil }

    /// The member named `key`. Lengths are compared first: most keys a lookup passes over
    /// differ in length, and that is cheaper to see than a string comparison.
    private func member(_ key: Key) -> JSONNode.Member? {
        let name = key.stringValue
        let length = name.utf8.count
        return members.first { $0.key.utf8.count == length && $0.key == name }
    }

    private func node(for key: Key) throws -> JSONNode {
        guard let member = member(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing required field \"\(key.stringValue)\""))
        }
        return member.value
    }

    /// The value of an optional field, or nil when it is absent or null: one lookup instead
    /// of the three (`contains`, `decodeNil`, `decode`) of the protocol's default.
    private func present(_ key: Key) -> JSONNode? {
        guard let member = member(key) else { return nil }
        if case .null = member.value.value { return nil }
        return member.value
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try present(key).map { try decoder.child($0, key: key).decodeScalar(type) }
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try present(key).map { try decoder.child($0, key: key).decodeScalar(type) }
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try present(key).map { try decoder.child($0, key: key).decodeScalar(type) }
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try present(key).map { try decoder.child($0, key: key).decodeScalar(type) }
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present(key).map { try decoder.child($0, key: key).decodeValue(type) }
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try node(for: key).value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.child(try node(for: key), key: key).decodeValue(type)
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.child(try node(for: key), key: key).decodeScalar(type) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.child(try node(for: key), key: key).decodeScalar(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.child(try node(for: key), key: key).decodeScalar(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.child(try node(for: key), key: key).decodeScalar(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.child(try node(for: key), key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(try node(for: key), key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder.child(try node(for: key), key: key) }
}

/// A coding key for array positions, spelled so `JSONPath` turns it back into `[n]`.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let items: [JSONNode]
    var currentIndex = 0

    init(decoder: NodeDecoder, items: [JSONNode]) {
        self.decoder = decoder
        self.items = items
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "unexpected end of array"))
        }
        defer { currentIndex += 1 }
        return decoder.child(items[currentIndex], key: IndexKey(currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = items[currentIndex].value {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: try next()) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decodeScalar(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decodeScalar(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decodeScalar(type) }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decodeScalar(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool {
        if case .null = decoder.node.value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }
    func decode(_ type: String.Type) throws -> String { try decoder.decodeScalar(type) }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.decodeScalar(type) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.decodeScalar(type) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.decodeScalar(type) }
}
