/// Numbers as the widgets print them: fixed decimals, no locale, no grouping.
///
/// Output must not depend on the process locale (a briefing renders the same for every
/// follower, and tests assert exact text), so this avoids locale-aware formatters.
public enum NumberText {
    /// `value` rounded to `decimals` places ("45.7", "-3", "0.25"); "n/a" for nil or
    /// non-finite values, because a missing figure must never read as a number.
    public static func fixed(_ value: Double?, decimals: Int) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let places = min(max(0, decimals), 6)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let units = Int(scaled)
        let divisor = Int(scale)
        var text = String(units / divisor)
        if places > 0 {
            let fraction = String(units % divisor)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? "-" : "") + text
    }

    /// Axis-tick text: as few decimals as `step` needs, and `k`/`M` suffixes for large
    /// round values so labels stay narrow (homicide counts run to tens of thousands).
    public static func tick(_ value: Double, step: Double) -> String {
        let magnitude = abs(value)
        if step >= 1_000_000, magnitude >= 1_000_000, isWhole(step / 1_000_000) {
            return fixed(value / 1_000_000, decimals: 0) + "M"
        }
        if step >= 1000, magnitude >= 10_000, isWhole(step / 1000) {
            return fixed(value / 1000, decimals: 0) + "k"
        }
        var decimals = 0
        var scaled = step
        while decimals < 4, !isWhole(scaled) {
            scaled *= 10
            decimals += 1
        }
        return fixed(value, decimals: decimals)
    }

    private static func isWhole(_ value: Double) -> Bool {
        abs(value - value.rounded()) < 1e-6 * max(1, abs(value))
    }
}
