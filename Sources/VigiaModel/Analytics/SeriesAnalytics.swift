import Foundation

extension HomicideSeries {
    /// The change from `year - years` to `year`; a gap names whichever end is unsourced.
    public func change(to year: Int, overYears years: Int) -> Computed<Change> {
        let from = year - years
        switch (value(in: from), value(in: year)) {
        case let (start?, end?):
            return .value(Change(fromYear: from, toYear: year, fromValue: start, toValue: end))
        case (let start, let end):
            var missing: [String] = []
            if start == nil { missing.append("no \(area) \(measure.label) for \(from)") }
            if end == nil { missing.append("no \(area) \(measure.label) for \(year)") }
            return .gap(Gap(missing))
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
