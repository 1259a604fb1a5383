/// A change between two years of one area's homicide figures, computed within one source's
/// series only.
///
/// Sources count differently (police records, death certificates, estimates that fill in
/// non-reporting years), so a change from one source's value to another's mixes a real
/// movement with a difference of method. When the two years' defaults come from different
/// sources, the newer year's source is used for both ends if it gives the earlier year too;
/// otherwise no change is computed and both values are kept, each with its source, for the
/// reader to weigh.
public enum SeriesChange: Sendable, Hashable {
    /// Both ends from `source`. `usesAlternative` is true when the earlier end is not that
    /// year's default but the newer source's own figure for it.
    case sameSource(Change, source: String, usesAlternative: Bool)
    /// The defaults come from different sources and the newer one gives no figure for the
    /// earlier year: no change is computed.
    case differentSources(from: HomicideRecord, to: HomicideRecord)

    /// The change, when one source gives both ends.
    public var change: Change? {
        if case .sameSource(let change, _, _) = self { return change }
        return nil
    }

    /// The relative change in percent, when one source gives both ends and the start is not zero.
    public var percent: Double? { change?.percent }

    /// True when the two years' defaults come from different sources and no change is computed.
    public var isAcrossSources: Bool {
        if case .differentSources = self { return true }
        return false
    }
}

extension HomicideSeries {
    /// The change from `year - years` to `year` within one source's series (`SeriesChange`);
    /// a gap names whichever end is unsourced.
    public func sourcedChange(to year: Int, overYears years: Int) -> Computed<SeriesChange> {
        let fromYear = year - years
        guard let start = record(in: fromYear), let end = record(in: year) else {
            var missing: [String] = []
            if record(in: fromYear) == nil { missing.append("no \(area) \(measure.label) for \(fromYear)") }
            if record(in: year) == nil { missing.append("no \(area) \(measure.label) for \(year)") }
            return .gap(Gap(missing))
        }
        if start.source == end.source {
            return .value(.sameSource(Change(fromYear: fromYear, toYear: year, fromValue: start.value, toValue: end.value),
                                      source: end.source, usesAlternative: false))
        }
        if let own = (recordsByYear[fromYear] ?? []).first(where: { $0.source == end.source }) {
            return .value(.sameSource(Change(fromYear: fromYear, toYear: year, fromValue: own.value, toValue: end.value),
                                      source: end.source, usesAlternative: true))
        }
        return .value(.differentSources(from: start, to: end))
    }

    /// The years of `range` at which the default's source differs from the previous sourced
    /// year's: where a line drawn through the defaults must show a break, since the values on
    /// either side were counted by different sources. A gap between two years of one source is
    /// not a change of source.
    public func sourceBreaks(in range: ClosedRange<Int>) -> Set<Int> {
        var breaks: Set<Int> = []
        var previous: String?
        for year in range {
            guard let source = record(in: year)?.source else { continue }
            if let previous, previous != source { breaks.insert(year) }
            previous = source
        }
        return breaks
    }
}
