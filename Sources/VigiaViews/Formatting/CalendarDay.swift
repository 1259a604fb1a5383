import Foundation
import VigiaModel

/// Dates as day numbers (days since 1970-01-01, in UTC) for timelines.
///
/// Decrees and events are dated by calendar day; a plain number makes windows, zoom and
/// pan simple arithmetic, and the proleptic-Gregorian conversion here does not depend on
/// the process time zone or calendar settings, so every follower sees the same columns.
public enum CalendarDay {
    /// The day number of a calendar date (month 1–12, day 1–31).
    public static func number(year: Int, month: Int, day: Int) -> Double {
        Double(PartialDate.dayNumber(year: year, month: month, day: day))
    }

    /// The day number of an instant (the UTC day it falls on, with the fraction of the day).
    public static func number(of date: Date) -> Double {
        date.timeIntervalSince1970 / 86_400
    }

    /// The calendar date of a day number (its fraction ignored).
    public static func components(of number: Double) -> (year: Int, month: Int, day: Int) {
        // Bounded (about ±270,000 years) so a corrupt date cannot trap the conversion.
        let bounded = number.isFinite ? min(max(number, -100_000_000), 100_000_000) : 0
        let date = PartialDate(dayNumber: Int(bounded.rounded(.down)))
        return (date.year, date.month ?? 1, date.day ?? 1)
    }

    /// English three-letter month names, for axis labels.
    public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
