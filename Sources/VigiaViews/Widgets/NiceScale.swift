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
        let step = Self.nice(range / Double(ticks - 1), round: true)
        self.step = step
        self.lower = (low / step).rounded(.down) * step
        self.upper = (high / step).rounded(.up) * step
    }

    /// The tick values from `lower` to `upper`.
    public var ticks: [Double] {
        let count = ((upper - lower) / step).rounded()
        guard step > 0, count.isFinite, count >= 0, count <= 1000 else { return [lower, upper] }
        return (0...Int(count)).map { lower + Double($0) * step }
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
