/// The result of an analytic that may lack inputs: a value, or the gap that prevents it.
///
/// Analytics never fill a missing year; they say which inputs were missing, and screens show
/// that as a gap.
public enum Computed<Value: Sendable>: Sendable {
    case value(Value)
    case gap(Gap)

    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    public var gap: Gap? {
        if case .gap(let gap) = self { return gap }
        return nil
    }
}

extension Computed: Equatable where Value: Equatable {}

/// What was missing, in words a briefer can read ("no ECU rate for 2003").
public struct Gap: Sendable, Hashable, CustomStringConvertible {
    public var missing: [String]

    public init(_ missing: [String]) {
        self.missing = missing
    }

    public var description: String { "gap: " + missing.joined(separator: "; ") }
}
