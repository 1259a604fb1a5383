/// How recent the data is.
extension Dataset {
    /// The latest date of an observation or a start in the data: a monthly homicide count's
    /// month (its last day, since the count covers the whole month), an event's date, a
    /// decree's start and a source's publication date. Partial dates count as their first
    /// day, the only one certain to have passed. End dates are left out: a
    /// sourced end is often announced ahead ("in force to 31 March") and says nothing about
    /// how recent the data is. Nil for an empty data set.
    public var latestDate: PartialDate? {
        var latest: Int?
        func consider(_ day: Int?) {
            guard let day else { return }
            latest = max(latest ?? day, day)
        }
        for record in monthlyHomicides { consider(PartialDate(year: record.month.year, month: record.month.month).lastDayNumber) }
        for event in events { consider(event.date.dayNumber) }
        for decree in decrees { consider(decree.start?.dayNumber) }
        for source in sources { consider(source.date?.dayNumber) }
        return latest.map { PartialDate(dayNumber: $0) }
    }
}
