extension Follower: BriefingProgram {
    /// What reaches a `vigia follow`er.
    public enum Event: KeyEvent, Hashable, Sendable {
        case key(Key)
        /// The presenter published a view.
        case received(BriefingBroadcast)
        /// The presenter went away.
        case disconnected
        /// An event on a terminal whose size is now the given one.
        indirect case sized(Size, Event)

        public var resized: (screen: Size, event: Event)? { if case .sized(let screen, let event) = self { (screen, event) } else { nil } }
    }

    /// A broadcast this follower cannot show (another data set, a bad route) is reported and
    /// ignored, keeping the last good screen.
    public func apply(_ state: FollowerState, _ event: Event) -> (FollowerState, [Effect]) {
        switch event {
        case .key(let key):
            let next = reduce(state, key: key)
            return (next, next.app.shouldQuit ? [.quit] : [])
        case .received(let broadcast):
            do {
                return (try receive(state, broadcast), [])
            } catch {
                return (state, [.report("ignored a state from \(socketPath): \(error)")])
            }
        case .disconnected:
            return (disconnected(state), [])
        case .sized:
            // `update` takes the new size before it calls `apply`.
            return update(state, event)
        }
    }

    /// While following, the status line names the only keys that act: `f`, `?` and `q`.
    public func render(_ state: FollowerState, theme: Theme, glyphs: GlyphSet, size: Size) -> Canvas {
        var context = ScreenContext(dashboard: dashboard, state: state.app, theme: theme, glyphs: glyphs)
        if !state.detached {
            context.fixedHints = [KeyHint(.briefingKey, words: "browse on your own"), KeyHint(.help, words: "help"), KeyHint(.quit, words: "leave")]
        }
        return BriefingFrame.render(context, chrome: chrome(state, unicode: glyphs.isUnicode), size: size)
    }
}
