/// A value written in the data files as its own text (`2024-01-15`, `2024-01`), so it is
/// decoded by parsing that text and encoded as its `description`.
///
/// One conformance gives both directions, which keeps a value's written form and its parser
/// from drifting apart; each type still says in its own words what a malformed value should be.
public protocol TextCodable: Codable, CustomStringConvertible {
    /// Parses the text form; nil when the text is not a value of this type.
    init?(_ text: String)

    /// What a malformed value is not, and how to write one ("is not a month; write YYYY-MM").
    static var malformedTextHint: String { get }
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" \(Self.malformedTextHint)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
