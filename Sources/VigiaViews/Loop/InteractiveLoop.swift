/// The one interactive loop, minus the terminal: key → event → update → effects.
///
/// Why one: the dashboard, `brief`, `follow`, the keys fuzzer and the tests all used to repeat
/// this glue (Ctrl-L, resize, "redraw only when something changed", the save fed back after
/// `reduce`), and copies drift. Effects that need the world (a save, a broadcast, a report) go
/// to the caller's `perform`, which may answer with an event (a save's outcome) that is
/// applied at once; what is left for the screen (`.redraw`, `.clearAndRedraw`, `.quit`) is
/// returned. `TerminalRunner.drive` is the terminal's side.
public struct InteractiveLoop<Program: InteractiveProgram> {
    public let program: Program
    public private(set) var state: Program.State

    public init(_ program: Program, state: Program.State) {
        self.program = program
        self.state = state
    }

    /// Handles one key typed on a screen of `screen`.
    public mutating func press(_ key: Key, screen: Size, perform: (Effect) -> Program.Event?) -> [Effect] {
        var effects: [Effect] = []
        if key == .control("l") { effects.append(.clearAndRedraw) }
        if key == .resize { effects.append(.redraw) }
        if let event = program.event(for: key, in: state, screen: screen) {
            effects += send(event, perform: perform)
        }
        return effects
    }

    /// Applies an event from outside the keyboard (a socket message, a save's outcome).
    public mutating func send(_ event: Program.Event, perform: (Effect) -> Program.Event?) -> [Effect] {
        let (next, effects) = program.update(state, event)
        var screenEffects: [Effect] = next != state ? [.redraw] : []
        state = next
        for effect in effects {
            switch effect {
            case .redraw, .clearAndRedraw, .quit:
                screenEffects.append(effect)
            case .saveScenario, .broadcast, .report:
                if let answer = perform(effect) { screenEffects += send(answer, perform: perform) }
            }
        }
        return screenEffects
    }

    /// The frame for the current state.
    public func render(theme: Theme, glyphs: GlyphSet, size: Size) -> Canvas {
        program.render(state, theme: theme, glyphs: glyphs, size: size)
    }
}
