/// How recent the data is.
extension Dataset {
    /// The latest date of an observation or a start in the data: a monthly homicide count's
    /// month (its last day, since the count covers the whole month), an event's date, a
    /// decree's start and a source's publication date. Partial dates count as their first
    /// day, the only one certain to have passed. End dates are left out: a
    /// sourced end is often announced ahead ("in force to 31 March") and says nothing about
    /// how recent the data is. Nil for an empty data set.
    ///
    /// Computed once when the data set is built: the "in force" views ask for it on every frame.
    static func latestDate(
        monthly: [MonthlyHomicideRecord], events: [SecurityEvent], decrees: [Decree], sources: [Source]
    ) -> PartialDate? {
        let days = monthly.map { PartialDate(year: $0.month.year, month: $0.month.month).lastDayNumber }
            + events.map(\.date.dayNumber)
            + decrees.compactMap { $0.start?.dayNumber }
            + sources.compactMap { $0.date?.dayNumber }
        return days.max().map { PartialDate(dayNumber: $0) }
    }
}
