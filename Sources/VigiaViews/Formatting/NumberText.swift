import VigiaModel

/// Numbers as the widgets print them: fixed decimals, no locale; `grouped` separates thousands.
///
/// Output must not depend on the process locale (a briefing renders the same for every
/// follower, and tests assert exact text), so this avoids locale-aware formatters.
public enum NumberText {
    /// `value` rounded to `decimals` places ("45.7", "-3", "0.25"); "n/a" for nil or
    /// non-finite values, because a missing figure must never read as a number. The rounding
    /// is `FigureText.fixed`, the one the command-line reports use too.
    public static func fixed(_ value: Double?, decimals: Int) -> String {
        guard let value, value.isFinite else { return FigureText.missing }
        return FigureText.fixed(value, decimals: decimals)
    }

    /// As `fixed`, with thousands separated in the whole part ("32,252", "1,234.5"), as
    /// tables print counts; for chart legends and value labels.
    public static func grouped(_ value: Double?, decimals: Int) -> String {
        let text = fixed(value, decimals: decimals)
        guard let value, value.isFinite else { return text }
        var body = Substring(text)
        var sign = ""
        if body.hasPrefix("-") {
            sign = "-"
            body = body.dropFirst()
        }
        let whole = body.prefix { $0 != "." }
        let rest = body.dropFirst(whole.count)
        var out = ""
        for (index, character) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return sign + out + rest
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
