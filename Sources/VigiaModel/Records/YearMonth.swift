/// A calendar month (`YYYY-MM`), the key of monthly homicide counts.
public struct YearMonth: Hashable, Sendable, Comparable, TextCodable {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public init?(_ text: String) {
        guard text.count == 7, let date = PartialDate(text), let month = date.month else { return nil }
        self.init(year: date.year, month: month)
    }

    /// Months since January of year 0: lets callers count and step months.
    public var ordinal: Int { year * 12 + (month - 1) }

    public init(ordinal: Int) {
        self.init(year: ordinal / 12, month: ordinal % 12 + 1)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    public var description: String { "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") }

    public static var malformedTextHint: String { "is not a month; write YYYY-MM" }
}
