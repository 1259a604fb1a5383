/// An ISO 8601 calendar date that may stop at the month or the year.
///
/// Sources often give only "January 2024" or "2008"; the data keeps that precision
/// instead of inventing a day. Ordering compares the earliest day the value could mean.
public struct PartialDate: Hashable, Sendable, Comparable, TextCodable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists in that month.
    public init?(_ text: String) {
        if let (year, month, day) = Self.digits(of: text) {
            guard month.map({ (1...12).contains($0) }) ?? true else { return nil }
            if let month, let day, !(1...Self.daysIn(month: month, year: year)).contains(day) { return nil }
            (self.year, self.month, self.day) = (year, month, day)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]), parts[0].allSatisfy(\.isASCII) else { return nil }
        self.year = year
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]), let month,
                  (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            self.day = day
        }
    }

    /// Year, month and day of text written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII digits,
    /// as every data file writes dates, read from the bytes without splitting the text; nil
    /// for any other text, which the general reading above judges.
    private static func digits(of text: String) -> (year: Int, month: Int?, day: Int?)? {
        var text = text
        return text.withUTF8 { bytes -> (year: Int, month: Int?, day: Int?)? in
            guard [4, 7, 10].contains(bytes.count) else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            let dash = UInt8(ascii: "-")
            guard let year = number(0..<4) else { return nil }
            var month: Int?, day: Int?
            if bytes.count >= 7 {
                guard bytes[4] == dash, let digits = number(5..<7) else { return nil }
                month = digits
            }
            if bytes.count == 10 {
                guard bytes[7] == dash, let digits = number(8..<10) else { return nil }
                day = digits
            }
            return (year, month, day)
        }
    }

    public var isComplete: Bool { day != nil }

    /// Days since 1970-01-01 of the first day the value covers: a proleptic Gregorian day number.
    public var dayNumber: Int { Self.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

    /// Days since 1970-01-01 of the last day the value covers.
    public var lastDayNumber: Int {
        let lastMonth = month ?? 12
        return Self.dayNumber(year: year, month: lastMonth, day: day ?? Self.daysIn(month: lastMonth, year: year))
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.dayNumber, lhs.lastDayNumber) < (rhs.dayNumber, rhs.lastDayNumber)
    }

    public var description: String {
        var text = String(year)
        if let month { text += "-" + Self.twoDigits(month) }
        if let day { text += "-" + Self.twoDigits(day) }
        return text
    }

    public static var malformedTextHint: String { "is not a date; write YYYY-MM-DD (or YYYY-MM / YYYY where only that is known)" }

    /// The date `days` days after 1970-01-01.
    public init(dayNumber days: Int) {
        // Civil-from-days (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (month 1–12, day 1–31).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = month > 2 ? month - 3 : month + 9
        let doy = (153 * m + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
