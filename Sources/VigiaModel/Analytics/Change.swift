/// How a series moved between two years.
public struct Change: Sendable, Hashable {
    public var fromYear: Int
    public var toYear: Int
    public var fromValue: Double
    public var toValue: Double

    public var absolute: Double { toValue - fromValue }

    /// Relative change in percent; nil when the starting value is zero.
    public var percent: Double? {
        fromValue == 0 ? nil : (toValue - fromValue) / fromValue * 100
    }

    /// The multiple of the starting value ("×6.7"); nil when the start is zero.
    public var ratio: Double? {
        fromValue == 0 ? nil : toValue / fromValue
    }
}
