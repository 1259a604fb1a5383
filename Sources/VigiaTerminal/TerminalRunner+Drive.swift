import VigiaViews

extension TerminalRunner {
    /// Runs `loop` in this terminal: each key goes through `InteractiveLoop.press`, events from
    /// `extraFileDescriptor` (a briefing socket) through `InteractiveLoop.send`, and the screen
    /// effects left over become frames: `.redraw` presents one, `.clearAndRedraw` (Ctrl-L)
    /// clears the terminal first, `.quit` ends the loop.
    ///
    /// - Parameters:
    ///   - takeEvents: what arrived on `extraFileDescriptor` since the last call.
    ///   - perform: carries out the effects that need the world (a save, a broadcast, a report)
    ///     and may answer with an event (a save's outcome).
    public func drive<Program: InteractiveProgram>(
        _ loop: inout InteractiveLoop<Program>,
        theme: Theme,
        glyphs: GlyphSet,
        extraFileDescriptor: Int32? = nil,
        takeEvents: () -> [Program.Event] = { [] },
        perform: (Effect) -> Program.Event?
    ) -> Outcome {
        let onExtraReadable = { self.disposition(for: takeEvents().flatMap { loop.send($0, perform: perform) }) }
        // `run` keeps the handler only while it runs; its optional parameter merely looks escaping.
        return withoutActuallyEscaping(onExtraReadable) { onExtraReadable in
            run(
                extraFileDescriptor: extraFileDescriptor,
                onExtraReadable: onExtraReadable,
                render: { size in loop.render(theme: theme, glyphs: glyphs, size: size) },
                handle: { key in disposition(for: loop.press(key, screen: session.size, perform: perform)) }
            )
        }
    }

    /// What the runner does about the screen effects of one key or batch of events.
    private func disposition(for effects: [Effect]) -> Disposition {
        if effects.contains(.quit) { return .quit }
        if effects.contains(.clearAndRedraw) {
            presenter.invalidate(clearScreen: true)
            return .redraw
        }
        return effects.contains(.redraw) ? .redraw : .continue
    }
}
