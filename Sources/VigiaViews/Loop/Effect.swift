/// Something an update asks the outside world to do.
///
/// Why a value: `update` stays pure (the same state and event always give the same state and
/// effects), so key sequences, saves and broadcasts can be tested without a terminal, a disk or
/// a socket; one driver (`InteractiveLoop`, then the front end's performer) carries them out.
public enum Effect: Hashable, Sendable {
    /// The state changed: draw a new frame (only changed cells are sent).
    case redraw
    /// The screen can no longer be trusted (Ctrl-L): clear the terminal and draw in full.
    case clearAndRedraw
    /// Leave the loop.
    case quit
    /// Write this session's scenario (`ScenarioSession.performPendingSave`), then feed the
    /// outcome back as `Action.scenarioSaved`.
    case saveScenario(ScenarioSession)
    /// Publish the presenter's view to the followers of a briefing.
    case broadcast(BriefingBroadcast)
    /// A line for standard error (kept off the screen while curses owns it).
    case report(String)
}
