import Foundation

extension HomicideSeries {
    /// The change from `year - years` to `year` within one source's series
    /// (`sourcedChange`); a gap names whichever end is unsourced, or says that the two
    /// years' values come from different sources.
    public func change(to year: Int, overYears years: Int) -> Computed<Change> {
        switch sourcedChange(to: year, overYears: years) {
        case .gap(let gap):
            return .gap(gap)
        case .value(.sameSource(let change, _, _)):
            return .value(change)
        case .value(.differentSources(let from, let to)):
            return .gap(Gap(["\(area) \(from.year) and \(to.year) come from different sources (\(from.source), \(to.source))"]))
        }
    }

    /// Compound annual growth from `from` to `to`, in percent per year.
    ///
    /// Only the two endpoints matter (intermediate gaps do not affect it), but both must be
    /// sourced and positive.
    public func compoundAnnualGrowth(from: Int, to: Int) -> Computed<Double> {
        guard to > from else { return .gap(Gap(["the period \(from)–\(to) is empty"])) }
        switch change(to: to, overYears: to - from) {
        case .gap(let gap):
            return .gap(gap)
        case .value(let change):
            guard change.fromValue > 0, change.toValue > 0 else {
                return .gap(Gap(["growth is undefined with a zero value"]))
            }
            return .value((pow(change.toValue / change.fromValue, 1 / Double(to - from)) - 1) * 100)
        }
    }
}
