import VigiaModel

/// How numbers read on screen: thousands separated, units explicit, gaps as gaps.
///
/// A missing value reads `missing` ("n/a") in text and tables; only where a column or chart
/// cell is too narrow for it does a screen draw `GlyphSet.gap` instead, and the help's legend
/// lists both. Rounding is `FigureText`'s, shared with the command-line reports.
public enum Format {
    /// A missing value in text and tables: "n/a", never blank and never zero.
    public static let missing = FigureText.missing

    /// "8,248"; nil is "n/a".
    public static func count(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        return grouped(Int(value.rounded()))
    }

    /// "45.72" (two decimals, as sourced).
    public static func rate(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        return NumberText.fixed(value, decimals: 2)
    }

    /// A homicide value in its measure's form.
    public static func homicide(_ value: Double?, _ measure: HomicideMeasure) -> String {
        measure == .count ? count(value) : rate(value)
    }

    /// "+12.3%" / "−4.0%"; a change that rounds to zero is "0%" (never "−0%" or "±0%");
    /// nil is "n/a".
    public static func percent(_ value: Double?, decimals: Int = 0) -> String {
        guard let value, value.isFinite else { return missing }
        return FigureText.signedPercent(value, decimals: decimals, minus: "−")
    }

    /// A share as a percentage: 0.085 → "8.5%".
    public static func share(_ value: Double?, decimals: Int = 1) -> String {
        guard let value, value.isFinite else { return missing }
        return NumberText.fixed(value * 100, decimals: decimals) + "%"
    }

    /// Millions of dollars: "$193.3m", "$10.00bn" from a thousand million; the same text
    /// `vigia scenario compare` prints (`FigureText.money`).
    public static func money(_ millions: Double?) -> String {
        guard let millions, millions.isFinite else { return missing }
        return FigureText.money(millions)
    }

    /// A number of years: "1 yr", "5 yrs".
    public static func years(_ count: Int) -> String {
        FigureText.years(count)
    }

    /// Dollars: "$12.34".
    public static func dollars(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        return "$" + NumberText.fixed(value, decimals: 2)
    }

    public static func grouped(_ value: Int) -> String {
        FigureText.grouped(value, minus: "−")
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
