import Foundation

/// Axis ranges with round tick values (0, 10, 20 … rather than 3.7, 11.2 …).
///
/// Round ticks are what readers compare against; the classic "nice numbers" rule (1, 2, 5
/// times a power of ten) keeps axes legible and deterministic for tests.
public struct NiceScale: Hashable, Sendable {
    public var lower: Double
    public var upper: Double
    public var step: Double

    /// A scale covering `low...high` with at most about `maxTicks` ticks.
    public init(low: Double, high: Double, maxTicks: Int) {
        var low = low, high = high
        if !(low.isFinite && high.isFinite) { low = 0; high = 1 }
        if high < low { swap(&low, &high) }
        // Keep the span finite so tick arithmetic cannot overflow.
        low = max(low, -1e300)
        high = min(high, 1e300)
        if high == low {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            low -= low == 0 ? 0 : pad
            high += pad
        }
        let ticks = max(2, maxTicks)
        let range = Self.nice(high - low, round: false)
        var step = Self.nice(range / Double(ticks - 1), round: true)
        var lower = (low / step).rounded(.down) * step
        var upper = (high / step).rounded(.up) * step
        // On a short axis the rule can leave a third of the chart or more above the data (0 to
        // 200 for a highest value of 105). Then the top is put a fifth of a step above the
        // data instead of on a tick: with the next smaller step if its ticks still fit (0, 50,
        // 100 up to 110), else with this one (0, 50 up to 70 for a highest value of 62).
        if upper - high > (upper - lower) / 3, let smaller = Self.smaller(than: step) {
            let smallerLower = (low / smaller).rounded(.down) * smaller
            let top = Self.top(high, step: smaller)
            if ((top - smallerLower) / smaller + 1e-9).rounded(.down) + 1 <= Double(ticks) {
                (step, lower, upper) = (smaller, smallerLower, top)
            } else {
                upper = Self.top(high, step: step)
            }
        }
        self.step = step
        self.lower = lower
        self.upper = upper
    }

    /// The tick values from `lower` up to `upper` (which need not be a tick).
    public var ticks: [Double] {
        let count = ((upper - lower) / step + 1e-9).rounded(.down)
        guard step > 0, count.isFinite, count >= 0, count <= 1000 else { return [lower, upper] }
        return (0...Int(count)).map { lower + Double($0) * step }
    }

    /// The next fifth of `step` above `high` (strictly above, so the highest value never
    /// touches the frame): the top of an axis that does not end on a tick.
    private static func top(_ high: Double, step: Double) -> Double {
        let grain = step / 5
        return ((high / grain).rounded(.down) + 1) * grain
    }

    /// The nice step below `step` (5 below 10, 2 below 5, 1 below 2).
    private static func smaller(than step: Double) -> Double? {
        guard step > 0, step.isFinite else { return nil }
        let power = pow(10, log10(step).rounded(.down))
        let fraction = (step / power).rounded()
        return fraction >= 5 ? 2 * power : fraction >= 2 ? power : power / 2
    }

    /// 1, 2, 5 or 10 times a power of ten near `value` (rounded, or the next one up).
    private static func nice(_ value: Double, round: Bool) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let exponent = log10(value).rounded(.down)
        let power = pow(10, exponent)
        let fraction = value / power
        let niceFraction: Double
        if round {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return niceFraction * power
    }
}
