import VigiaModel

/// How numbers read on screen: thousands separated, units explicit, gaps as gaps.
public enum Format {
    /// "8,248"; nil is the gap glyph's text "n/a".
    public static func count(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return grouped(Int(value.rounded()))
    }

    /// "45.72" (two decimals, as sourced).
    public static func rate(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return NumberText.fixed(value, decimals: 2)
    }

    /// A homicide value in its measure's form.
    public static func homicide(_ value: Double?, _ measure: HomicideMeasure) -> String {
        measure == .count ? count(value) : rate(value)
    }

    /// "+12.3%" / "−4.0%"; nil is "n/a".
    public static func percent(_ value: Double?, decimals: Int = 0) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let text = NumberText.fixed(abs(value), decimals: decimals)
        return (value > 0 ? "+" : value < 0 ? "−" : "±") + text + "%"
    }

    /// A share as a percentage: 0.085 → "8.5%".
    public static func share(_ value: Double?, decimals: Int = 1) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return NumberText.fixed(value * 100, decimals: decimals) + "%"
    }

    /// Millions of dollars: "$1,234.5m", "$10.0bn" from 10,000.
    public static func money(_ millions: Double?) -> String {
        guard let millions, millions.isFinite else { return "n/a" }
        if abs(millions) >= 1000 { return "$" + NumberText.fixed(millions / 1000, decimals: 2) + "bn" }
        return "$" + NumberText.fixed(millions, decimals: 1) + "m"
    }

    /// Dollars: "$12.34".
    public static func dollars(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return "$" + NumberText.fixed(value, decimals: 2)
    }

    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "−" : "") + out
    }

    /// A date at its precision: "2024-01-08", "2024-01", or "undated".
    public static func date(_ date: PartialDate?) -> String {
        date?.description ?? "undated"
    }

    /// A month as people write it: "Jan 2026".
    public static func month(_ month: YearMonth) -> String {
        humanDate(PartialDate(year: month.year, month: month.month))
    }
}
