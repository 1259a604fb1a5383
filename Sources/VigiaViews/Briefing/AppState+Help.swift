extension AppState {
    /// The state with help closed, if it is open: in a briefing, what is presented under the
    /// help a presenter or an attendee is reading.
    var belowHelp: AppState {
        guard route == .help, stack.count > 1 else { return self }
        var below = self
        below.stack.removeLast()
        return below
    }
}
