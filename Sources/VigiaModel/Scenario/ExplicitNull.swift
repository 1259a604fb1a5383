/// An optional property that a JSON document writes as `null` when it has no value, where
/// Swift's synthesized `Encodable` would leave the key out.
///
/// Scenario files and scenario reports are read by people and other programs: a key that is
/// always there shows every field a user may set, and a gap cannot be mistaken for a key a
/// consumer forgot to read. Wrapping the property keeps the synthesized coding, so no type
/// has to spell out every one of its keys just to say this.
@propertyWrapper
public struct ExplicitNull<Value: Encodable>: Encodable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension ExplicitNull: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}

extension ExplicitNull: Equatable where Value: Equatable {}
extension ExplicitNull: Hashable where Value: Hashable {}
extension ExplicitNull: Sendable where Value: Sendable {}

extension KeyedDecodingContainer {
    /// Reads a missing key as no value, as `decodeIfPresent` does for a plain optional; the
    /// synthesized `init(from:)` of a type with an `@ExplicitNull` property calls this overload.
    public func decode<Value: Decodable>(_ type: ExplicitNull<Value>.Type, forKey key: Key) throws -> ExplicitNull<Value> {
        ExplicitNull(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
    }
}
