import Foundation

/// Dates as day numbers (days since 1970-01-01, in UTC) for timelines.
///
/// Decrees and events are dated by calendar day; a plain number makes windows, zoom and
/// pan simple arithmetic, and the proleptic-Gregorian conversion here does not depend on
/// the process time zone or calendar settings, so every follower sees the same columns.
public enum CalendarDay {
    /// The day number of a calendar date (month 1–12, day 1–31).
    public static func number(year: Int, month: Int, day: Int) -> Double {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Double(era * 146_097 + dayOfEra - 719_468)
    }

    /// The day number of an instant (the UTC day it falls on, with the fraction of the day).
    public static func number(of date: Date) -> Double {
        date.timeIntervalSince1970 / 86_400
    }

    /// The calendar date of a day number (its fraction ignored).
    public static func components(of number: Double) -> (year: Int, month: Int, day: Int) {
        // Bounded (about ±270,000 years) so a corrupt date cannot trap the conversion.
        let bounded = number.isFinite ? min(max(number, -100_000_000), 100_000_000) : 0
        let z = Int(bounded.rounded(.down)) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// English three-letter month names, for axis labels.
    public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
