/// One outcome indicator over a program's years: its first and last sourced points.
public struct IndicatorSpan: Sendable, Hashable {
    public var label: String
    /// Every point of the first sourced year in the window (conflicting values are kept).
    public var first: [Program.Outcome]
    /// Every point of the last sourced year, when later than the first.
    public var last: [Program.Outcome]

    public var isGap: Bool { first.isEmpty }
}
