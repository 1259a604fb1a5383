import VigiaModel

/// The time a decree covers, separating what sources state from what was only declared.
///
/// A sourced `end` is drawn as a closed bar; without one, the declared duration (start +
/// declared days) is drawn differently, because the measure may have been cut short or
/// renewed; with neither, the period is open.
public struct DecreePeriod: Hashable, Sendable {
    public var startDay: Int?
    /// The sourced last day, if a source states it.
    public var statedEndDay: Int?
    /// Start plus the declared duration, when no end is stated.
    public var declaredEndDay: Int?

    public init(_ decree: Decree) {
        startDay = decree.start?.dayNumber
        statedEndDay = decree.end?.lastDayNumber
        if decree.end == nil, let start = decree.start, start.isComplete, let days = decree.declaredDays {
            declaredEndDay = start.dayNumber + days - 1
        }
    }

    /// The last day the period is drawn to: stated, else declared.
    public var endDay: Int? { statedEndDay ?? declaredEndDay }

    /// Days between start and the stated end, both inclusive.
    public var actualDays: Int? {
        guard let startDay, let statedEndDay else { return nil }
        return statedEndDay - startDay + 1
    }
}
