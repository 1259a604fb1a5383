/// How a value was computed from other sourced values, so that a reader sees it is not
/// itself a published number and can redo the arithmetic.
///
/// A data file normally stores only what a source states. When a figure is worked out (a sum
/// of published parts, a date counted from a stated day), the record carries one of these
/// (JSON key `derived`, or `end_derived` for a decree's end) and the screens print
/// "derived: <arithmetic>" beside the value.
public struct Derivation: Codable, Hashable, Sendable, TapeRecord {
    /// The computation in words or symbols, as shown on screen: "2 + 31 + 2 + 1,807".
    public var arithmetic: String
    /// Every value the computation uses, each with its own source.
    public var inputs: [Input]

    public init(arithmetic: String, inputs: [Input]) {
        self.arithmetic = arithmetic
        self.inputs = inputs
    }

    /// One value the computation uses, with the source that states it.
    public struct Input: Codable, Hashable, Sendable, TapeRecord {
        public var label: String
        public var value: Value
        public var source: String

        public init(label: String, value: Value, source: String) {
            self.label = label
            self.value = value
            self.source = source
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case label, value, source
        }

        /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
        static func read(fields f: inout TapeFields<CodingKeys>) throws -> Input {
            try Derivation.Input(label: f(.label), value: f(.value), source: f(.source))
        }
    }

    /// A number, or a (partial) date for derived dates: JSON `10` or `"2024-04-30"`.
    public enum Value: Codable, Hashable, Sendable, CustomStringConvertible {
        case number(Double)
        case date(PartialDate)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else if let text = try? container.decode(String.self), let date = PartialDate(text) {
                self = .date(date)
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a number or a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let number): try container.encode(number)
            case .date(let date): try container.encode(date)
            }
        }

        /// "1807", "14.5", "2024-04-30": plain, for exports; screens format numbers themselves.
        public var description: String {
            switch self {
            case .number(let number):
                return number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
            case .date(let date):
                return date.description
            }
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case arithmetic, inputs
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> Derivation {
        try Derivation(arithmetic: f(.arithmetic), inputs: f(.inputs))
    }

    /// "derived: 2 + 31 + 2 + 1,807", the words every screen and export uses.
    public var summary: String { "derived: " + arithmetic }

    /// "Federal police forces 2 (PRG-S75); …", the inputs on one line for exports and cards.
    public var inputList: String {
        inputs.map { "\($0.label) \($0.value) (\($0.source))" }.joined(separator: "; ")
    }
}
