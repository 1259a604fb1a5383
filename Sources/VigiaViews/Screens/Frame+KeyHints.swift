/// The status line's hints, generated from the route's declared keys and the key map: the
/// keys that act on this screen and pane first, then those that work everywhere.
extension Frame {
    /// The keys acting on the current route and pane, in the order the status line and help's
    /// "This screen" list them. Enter and `s` appear only where they lead somewhere.
    /// `textPanes` is how many the route has, when the caller knows it from the drawn frame.
    static func localHints(_ context: ScreenContext, textPanes known: Int? = nil) -> [KeyHint] {
        let state = context.state, dashboard = context.dashboard
        let view = context.view
        let textPanes = known ?? view.textPanes(in: context).count
        let onText = dashboard.isTextPaneFocused(state)
        if onText, state.isExpanded {
            return [KeyHint(.moveDown, .moveUp, words: "scroll"), KeyHint(.pageDown, .pageUp, words: "page"),
                    KeyHint(.jumpToTop, .jumpToBottom, words: "top/end"), KeyHint(.back, words: "back to the screen")]
        }
        let sourced = dashboard.focusedFigure(in: state) != nil || dashboard.focusedComputedFigure(in: state) != nil
        var hints: [KeyHint] = []
        if onText {
            hints = [KeyHint(.moveDown, .moveUp, words: "scroll"), KeyHint(.drill, words: "full view")]
        } else {
            let drillable = dashboard.selectedRow(state.focusedList, in: state).flatMap { dashboard.drillTarget(state.focusedList, row: $0) } != nil
            for hint in view.keyHints(in: state, dashboard: dashboard) {
                if hint.actions.contains(.drill), !drillable { continue }
                if hint.actions.contains(.openSource), !sourced { continue }
                hints.append(hint)
            }
            if drillable, !hints.contains(where: { $0.actions.contains(.drill) }) { hints.append(KeyHint(.drill, words: "open")) }
            if textPanes > 0 { hints.append(KeyHint(.expand, words: "full text")) }
        }
        if sourced, !hints.contains(where: { $0.actions.contains(.openSource) }) { hints.append(KeyHint(.openSource, words: "source")) }
        if view.paneCount + textPanes > 1 { hints.append(KeyHint(.nextPane, words: "next pane")) }
        return hints
    }

    /// The keys that work on every route, as far as they mean something here.
    static func globalHints(_ context: ScreenContext) -> [KeyHint] {
        let state = context.state
        var hints = [KeyHint(.help, words: "help"), KeyHint(.beginCommand, words: "command")]
        if !context.dashboard.isTextPaneFocused(state), !context.rows(pane: state.pane).isEmpty || !state.filter(state.focusedList).isEmpty {
            hints.append(KeyHint(.beginFilter, words: "filter"))
        }
        if state.stack.count > 1 { hints.append(KeyHint(.back, words: "back")) }
        hints.append(KeyHint(.quit, words: "quit"))
        return hints
    }
}
