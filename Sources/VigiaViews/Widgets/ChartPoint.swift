/// One sample of a chart series; `y` is nil for a missing value, which breaks the line
/// instead of being interpolated across (a missing year is not a trend).
public struct ChartPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double?
    /// True where this value comes from another source than the one before it: the line is
    /// not joined across, because a step between two sources' counts is not a change.
    public var startsStretch: Bool

    public init(x: Double, y: Double?, startsStretch: Bool = false) {
        self.x = x
        self.y = y
        self.startsStretch = startsStretch
    }
}
