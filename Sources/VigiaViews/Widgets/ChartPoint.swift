/// One sample of a chart series; `y` is nil for a missing value, which breaks the line
/// instead of being interpolated across (a missing year is not a trend).
public struct ChartPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double?

    public init(x: Double, y: Double?) {
        self.x = x
        self.y = y
    }
}
