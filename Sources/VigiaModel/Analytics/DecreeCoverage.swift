/// What the data says about one measure, day by day, once its extensions and continuous
/// renewals are put together: in force, unknown, or outside what the data covers.
///
/// A chain is a declaration and every record that extends it. Inside the chain's span (its
/// first dated day to its last known day), a day no record covers is *unknown*, not "not in
/// force": El Salvador's régimen was renewed 48 times, and a gap between two itemised
/// extensions only means the renewal in between is not in the data. Counting such days as
/// either in force or lifted would be a guess, so analytics count neither.
public struct DecreeCoverage: Hashable, Sendable {
    /// What the data says about one day.
    public enum Status: Hashable, Sendable {
        case inForce
        /// Inside the chain's span, but no record covers the day.
        case unknown
        /// Before the chain's first day or after its last known one.
        case outside
    }

    /// The id of the declaration the chain hangs from.
    public let root: String
    /// Days in force: sorted, disjoint and not adjacent.
    public let inForce: [ClosedRange<Int>]
    /// Days inside the chain's span that no record covers: sorted and disjoint.
    public let unknown: [ClosedRange<Int>]

    /// The coverage of `members` (the declaration `root` and its extensions). Rulings add no
    /// days. An undated extension cannot be placed, but it shows the chain went on: `reported`
    /// holds the days such extensions were reported on, and the chain's span runs to the
    /// latest of them, unknown past its last covered day.
    public init(root: String, members: [Decree], reported: [Int] = []) {
        self.root = root
        let merged = Self.merge(members.compactMap(\.daysInForce))
        inForce = merged
        var gaps = zip(merged, merged.dropFirst()).map { ($0.0.upperBound + 1)...($0.1.lowerBound - 1) }
        if let last = merged.last?.upperBound, let latest = reported.max(), latest > last {
            gaps.append((last + 1)...latest)
        }
        unknown = gaps
    }

    /// The status of day number `day` (days since 1970-01-01).
    public func status(on day: Int) -> Status {
        if inForce.contains(where: { $0.contains(day) }) { return .inForce }
        if unknown.contains(where: { $0.contains(day) }) { return .unknown }
        return .outside
    }

    /// How many days of `range` the measure was in force (continuous stretches included).
    public func daysInForce(in range: ClosedRange<Int>) -> Int {
        Self.overlap(inForce, range)
    }

    /// How many days of `range` the data knows nothing about; they are not in `daysInForce`.
    public func unknownDays(in range: ClosedRange<Int>) -> Int {
        Self.overlap(unknown, range)
    }

    /// Ranges merged where they overlap or touch.
    static func merge(_ ranges: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    private static func overlap(_ ranges: [ClosedRange<Int>], _ window: ClosedRange<Int>) -> Int {
        ranges.reduce(0) { total, range in
            let low = max(range.lowerBound, window.lowerBound), high = min(range.upperBound, window.upperBound)
            return total + max(0, high - low + 1)
        }
    }
}

extension Decree {
    /// Whether the record is a measure that is in force over a period, as opposed to a ruling,
    /// a vote or another one-off act.
    public var isPeriodMeasure: Bool {
        switch kind {
        case .stateOfException, .extensionOfMeasure, .curfew, .internalArmedConflict, .militaryDeployment, .continuousRenewals:
            return true
        case .courtRuling, .referendum, .other:
            return false
        }
    }

    /// The days the data places the measure in force: start to the stated end, else to start +
    /// declared days, else the start alone (all that is known). Nil when undated or not a
    /// period measure.
    public var daysInForce: ClosedRange<Int>? {
        guard isPeriodMeasure, let start else { return nil }
        let first = start.dayNumber
        var last = start.lastDayNumber
        if let end {
            last = end.lastDayNumber
        } else if start.isComplete, let declaredDays {
            last = first + declaredDays - 1
        }
        return first...max(first, last)
    }
}
