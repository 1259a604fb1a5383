/// A number with what it measures and where it comes from, or the gap that prevents it.
///
/// Comparisons across programs are only fair when each figure says its stage (appropriated,
/// obligated, …), its window and its sources, so the figure carries them instead of a screen
/// having to remember them.
public struct BasedFigure: Sendable, Hashable {
    public var value: Computed<Double>
    /// The source's hedge ("more than", "about"), carried into every figure derived from it.
    public var qualifier: Qualifier
    /// What the number is, in words: stage, window, scope, denominator.
    public var basis: String
    public var sources: [String]

    public init(_ value: Computed<Double>, qualifier: Qualifier = .exact, basis: String, sources: [String] = []) {
        self.value = value
        self.qualifier = qualifier
        self.basis = basis
        // A figure built from two values of one source (a population and the region's) names it once.
        var unique: [String] = []
        for source in sources where !unique.contains(source) { unique.append(source) }
        self.sources = unique
    }

    static func gap(_ reason: String, basis: String = "") -> BasedFigure {
        BasedFigure(.gap(Gap([reason])), basis: basis)
    }
}
