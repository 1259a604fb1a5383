extension Dashboard: InteractiveProgram {
    /// Applies `action` and says what the outside world must do about it: the save the user
    /// asked for (`reduce` only records it as `pendingSave`), or quitting. Pure like `reduce`;
    /// `InteractiveLoop` performs the effects, and adds `.redraw` when the state changed.
    public func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        let next = reduce(state, action)
        var effects: [Effect] = []
        if let session = next.scenario, session.pendingSave != nil { effects.append(.saveScenario(session)) }
        if next.shouldQuit { effects.append(.quit) }
        return (next, effects)
    }

    /// A click on the tab bar shows that screen (the key map cannot know where tabs are);
    /// any other key means what the key map says in the current input mode, carrying the
    /// screen's size when it changed (scrolling a text pane depends on its layout).
    public func event(for key: Key, in state: AppState, screen: Size) -> Action? {
        if case .mouse(let event) = key, event.kind == .click, event.position.y == 0,
           let tab = Frame.tabColumns(width: screen.width).first(where: { $0.range.contains(event.position.x) }) {
            return .show(tab.screen)
        }
        if case .mouse(let event) = key, state.mode == .normal, let pointed = pointer(event, in: state, screen: screen) {
            return screen == state.viewport ? pointed : .sized(screen, pointed)
        }
        guard let action = keyMap.action(for: key, mode: state.mode) else { return nil }
        return screen == state.viewport ? action : .sized(screen, action)
    }

    public func render(_ state: AppState, theme: Theme, glyphs: GlyphSet, size: Size) -> Canvas {
        Frame.render(ScreenContext(dashboard: self, state: state, theme: theme, glyphs: glyphs), size: size)
    }
}
