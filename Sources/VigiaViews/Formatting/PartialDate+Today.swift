import Foundation
import VigiaModel

extension PartialDate {
    /// Today's UTC date from the system clock: the default for `Dashboard.today`, which tests
    /// and `vigia render --today` replace with a fixed date.
    public static var systemToday: PartialDate {
        PartialDate(dayNumber: Int(CalendarDay.number(of: Date()).rounded(.down)))
    }
}
