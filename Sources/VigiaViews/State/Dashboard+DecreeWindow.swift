import VigiaModel

/// The decree timeline's window: centred on `AppState.decreeCenter` but never beyond the data
/// plus a margin, so it opens on the latest measures and panning stops where the data does.
extension Dashboard {
    /// The earliest measure or event the Decrees screen shows under `state`'s filter: the left
    /// end of what the timeline can show, so a pan never reaches years with nothing drawn.
    func earliestDecreeDay(_ state: AppState) -> Int {
        let codes = decreeCountries(state: state).map(\.iso3)
        let starts = codes.flatMap { code in
            visibleDecrees(of: code, state: state).compactMap { $0.start?.dayNumber } + dataset.events(of: code).map(\.date.dayNumber)
        }
        return starts.min() ?? latestDay
    }

    /// The visible window for a track `columns` wide: centred on the state's date, then moved
    /// inside the data's span plus four columns either side; a window wider than the data
    /// ends at the latest day plus the margin, since the latest measures matter most.
    public func decreeWindow(_ state: AppState, columns: Int) -> Timeline.Window {
        let zoom = state.decreeZoom.timelineZoom
        let window = Timeline.Window(zoom: zoom, centeredOn: Double(state.decreeCenter), columns: columns)
        let margin = zoom.daysPerColumn * 4
        let low = Double(earliestDecreeDay(state)) - margin, high = Double(latestDay) + margin
        var shift = 0.0
        if window.start < low { shift = low - window.start }
        if window.end + shift > high { shift = high - window.end }
        return Timeline.Window(start: window.start + shift, end: window.end + shift)
    }

    /// The track width of the Decrees screen at the state's viewport, as its frame lays it out
    /// (the country names' column, then one space), for keys that move the window.
    func decreeColumns(_ state: AppState) -> Int {
        let inner = max(1, state.viewport.width - 2)
        let labels = decreeCountries(state: state).map { DisplayWidth.of($0.name) }.max() ?? 0
        let labelWidth = min(labels, inner / 4)
        return max(1, inner - (labelWidth > 0 ? labelWidth + 1 : 0))
    }

    /// `state`'s window centre, moved as the window is: what a pan starts from, so a key
    /// pressed at the end of the data is never spent moving an invisible centre.
    func visibleDecreeCenter(_ state: AppState) -> Int {
        Int(decreeWindow(state, columns: decreeColumns(state)).center.rounded())
    }

    /// Left and right pan the window by the zoom's step, within the data plus the margin. The
    /// focus date becomes the new window's centre, kept inside the data so a zoom after a pan
    /// stays where the user looked; a pan that cannot move the window changes nothing.
    func panDecrees(_ action: Action, in state: AppState) -> AppState? {
        guard action == .moveLeft || action == .moveRight else { return nil }
        var next = state
        next.decreeCenter = visibleDecreeCenter(state) + (action == .moveLeft ? -1 : 1) * state.decreeZoom.panDays
        let columns = decreeColumns(state)
        guard decreeWindow(next, columns: columns) != decreeWindow(state, columns: columns) else {
            next.decreeCenter = state.decreeCenter
            next.message = action == .moveLeft ? "the window starts at the earliest measure" : "the window ends at the latest data"
            return next
        }
        next.decreeCenter = min(max(earliestDecreeDay(state), visibleDecreeCenter(next)), latestDay)
        return next
    }
}
