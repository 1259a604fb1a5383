import Foundation

/// A closed set of string values in a data file (a decree's kind, a funding basis, ...).
///
/// Decoding an unknown value fails with the list of allowed values and the closest one,
/// rather than Swift's generic "cannot initialize" message.
public protocol DataEnum: RawRepresentable<String>, CaseIterable, Codable, Hashable, Sendable {
    /// Words for a person; the raw value is the key in the data files and `--format json`.
    var label: String { get }
}

extension DataEnum {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            let allowed = Self.allCases.map(\.rawValue)
            var message = "unknown value \"\(raw)\"; expected one of \(allowed.joined(separator: ", "))"
            if let guess = Suggestion.closest(to: raw, among: allowed) { message += " (did you mean \"\(guess)\"?)" }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: message)
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension DataEnum {
    /// The raw value with its underscores as spaces ("lower_bound" reads "lower bound"), for
    /// values whose key is already an English phrase; a type overrides it when it is not.
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}
