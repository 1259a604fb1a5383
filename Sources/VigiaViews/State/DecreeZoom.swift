/// How much time one column of the decree timeline stands for.
public enum DecreeZoom: Int, CaseIterable, Hashable, Sendable {
    case years, months, days

    /// The timeline widget's zoom for this level.
    public var timelineZoom: Timeline.Zoom {
        switch self {
        case .years: return .years
        case .months: return .months
        case .days: return .days
        }
    }

    /// How far one pan step moves the window: eight columns' worth of time.
    public var panDays: Int { Int((timelineZoom.daysPerColumn * 8).rounded()) }

    public var label: String {
        switch self {
        case .years: return "years"
        case .months: return "months"
        case .days: return "days"
        }
    }
}
