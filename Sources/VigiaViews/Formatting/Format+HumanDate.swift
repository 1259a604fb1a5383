import VigiaModel

extension Format {
    /// A date as people write it, at the precision it has: "15 Mar 2026", "Mar 2026", "2026".
    public static func humanDate(_ date: PartialDate) -> String {
        guard let month = date.month else { return String(date.year) }
        let monthYear = "\(CalendarDay.monthAbbreviations[month - 1]) \(date.year)"
        return date.day.map { "\($0) \(monthYear)" } ?? monthYear
    }

    /// The data's age in words: "data is 264 days old".
    public static func dataAge(days: Int) -> String {
        "data is \(days) day\(days == 1 ? "" : "s") old"
    }
}
