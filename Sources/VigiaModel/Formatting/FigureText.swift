/// The one rounding and spelling of figures shared by the screens (`Format`, `NumberText` in
/// VigiaViews) and the command-line reports (`ScenarioReport`), so `vigia scenario compare`
/// and the scenario screen never print the same figure two ways ($193.2m against $193.3m).
///
/// Rounding is half away from zero on the decimal value, never the C library's `%.1f`
/// (round-half-even on the binary value), and never depends on the process locale.
public enum FigureText {
    /// What a missing figure reads as in text and tables: never blank, never zero.
    public static let missing = "n/a"

    /// `value` rounded to `decimals` places ("45.7", "-3", "0.25"); `minus` leads a negative
    /// value that does not round to zero (so never "-0"); `missing` for non-finite values.
    public static func fixed(_ value: Double, decimals: Int, minus: String = "-") -> String {
        guard value.isFinite else { return missing }
        let places = min(max(0, decimals), 6)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let units = Int(scaled)
        let divisor = Int(scale)
        var text = String(units / divisor)
        if places > 0 {
            let fraction = String(units % divisor)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? minus : "") + text
    }

    /// Millions of dollars: "$193.3m", and "$10.00bn" from a thousand million.
    public static func money(_ millions: Double, minus: String = "-") -> String {
        guard millions.isFinite else { return missing }
        let (amount, decimals, unit) = abs(millions) >= 1000 ? (millions / 1000, 2, "bn") : (millions, 1, "m")
        let text = fixed(abs(amount), decimals: decimals)
        let negative = millions < 0 && text.contains(where: { $0 != "0" && $0 != "." })
        return (negative ? minus : "") + "$" + text + unit
    }

    /// A change in percent with its sign: "+12%", "-4.0%" (with `minus` "-"); a change that
    /// rounds to zero is "0%" (or "0.0%"), with no sign, because it is no change at the
    /// precision shown.
    public static func signedPercent(_ value: Double, decimals: Int = 0, minus: String = "-") -> String {
        guard value.isFinite else { return missing }
        let text = fixed(abs(value), decimals: decimals)
        let isZero = !text.contains(where: { $0 != "0" && $0 != "." })
        return (isZero ? "" : value > 0 ? "+" : minus) + text + "%"
    }

    /// A whole number with thousands separators: "9,216"; `minus` leads a negative one.
    public static func grouped(_ value: Int, minus: String = "-") -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? minus : "") + out
    }

    /// A count of years: "1 yr", "5 yrs".
    public static func years(_ count: Int) -> String {
        "\(count) \(abs(count) == 1 ? "yr" : "yrs")"
    }
}
