/// Something the user asked for, decoded from a key by the key map (or from a command).
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, moveLeft, moveRight
    /// The year cursor, on every route (on the map the arrows move between countries).
    case earlierYear, laterYear
    case pageUp, pageDown, jumpToTop, jumpToBottom
    case nextPane, previousPane
    case show(ScreenID)
    case drill, back
    /// Opens the focused text pane (or the route's first) full-screen.
    case expand
    case toggleMeasure, togglePick, toggleAllDecrees
    case zoomIn, zoomOut
    case openSource
    case help
    case beginFilter, beginCommand
    /// A key typed while a filter or command line is open.
    case edit(Key)
    case quit
    /// A terminal resize: nothing to change, but the frame must be redrawn.
    case redraw
    /// Programs: the lessons matrix, and the scenario editor with its comparison.
    case showLessons, editScenario
    /// Scenario editor: take back the last edit, save, answer the overwrite question.
    case undo, save, confirm, decline
    /// The outcome of a save the front end performed for `AppState.scenario.pendingSave`.
    case scenarioSaved(ScenarioSession.SaveOutcome)
    /// A key a briefing program (presenter, follower) handles before the dashboard; bound in
    /// its key map so help lists it, and nothing when it reaches the dashboard.
    case briefingKey
    /// The mouse on pane `pane`: focus it, select row `row` of it if given, then `then` (the
    /// wheel's move) in it.
    indirect case pointer(pane: Int, row: Int?, then: Action?)
    /// `action` typed on a screen of a new size (the loop knows the size, `reduce` needs it to scroll).
    indirect case sized(Size, Action)
}
