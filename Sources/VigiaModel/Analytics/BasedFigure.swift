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
    /// The arithmetic and inputs when the figure is computed from several sourced values (a
    /// sum of annual amounts), so a reader can redo it; nil for a figure a source states.
    public var derivation: Derivation?

    public init(_ value: Computed<Double>, qualifier: Qualifier = .exact, basis: String, sources: [String] = [], derivation: Derivation? = nil) {
        self.value = value
        self.qualifier = qualifier
        self.basis = basis
        self.derivation = derivation
        // A figure built from two values of one source (a population and the region's) names it once.
        var unique: [String] = []
        for source in sources where !unique.contains(source) { unique.append(source) }
        self.sources = unique
    }

    static func gap(_ reason: String, basis: String = "") -> BasedFigure {
        BasedFigure(.gap(Gap([reason])), basis: basis)
    }
}
