import VigiaModel

/// What a replay draws around the follower's frame: the follower's own bar with the playback
/// position instead of the connection, and a pane for what the viewer should know (another
/// data set, where a cut-short recording ends) and for recorded notes.
extension ReplayPlayer {
    public func chrome(_ state: ReplayState, unicode: Bool = true) -> BriefingChrome {
        var chrome = follower.chrome(state.follower, unicode: unicode)
        let dot = unicode ? "·" : "-"
        if !state.follower.detached {
            let at = "\(Presenter.clockText(state.position))/\(Presenter.clockText(duration))"
            let speed = state.speed == 1 ? "" : " \(Self.speedText(state.speed, unicode: unicode))"
            if state.position >= duration, !state.playing {
                chrome.status = "ended \(at) \(dot) Space replays"
            } else {
                chrome.status = "\(state.playing ? "playing" : "paused") \(at)\(speed) \(dot) f browses"
            }
        }
        let recorded = state.shown.map { states[$0] }
        let ended = state.position >= duration && !state.playing
        let notes = state.notesVisible ? recorded?.notes : nil
        if notes != nil || !notices.isEmpty || ended {
            chrome.notes = notes ?? []
            chrome.sources = state.notesVisible ? recorded?.sources ?? [] : []
            chrome.timing = notices.isEmpty ? nil : notices.joined(separator: " ")
            chrome.next = ended ? ending : nil
            chrome.keys = "Space play · +/- speed · n/p step · f browse"
        }
        return chrome
    }

    /// `2×`, `¼×` (`2x`, `1/4x` in ASCII).
    static func speedText(_ speed: Double, unicode: Bool) -> String {
        let times = unicode ? "×" : "x"
        switch speed {
        case 0.25: return (unicode ? "¼" : "1/4") + times
        case 0.5: return (unicode ? "½" : "1/2") + times
        default: return "\(Int(speed))\(times)"
        }
    }

    /// Every frame of the recording as the follower draws it at `size`: one when playback
    /// starts, one for each moment a recorded state arrives, and one at the end; frames equal to
    /// the one before are left out. The same loop and update as a terminal replay, with the
    /// clock set to each moment instead of waited for.
    public func frames(size: Size, theme: Theme, glyphs: GlyphSet) -> [(at: Double, canvas: Canvas)] {
        var loop = InteractiveLoop(self, state: initialState(now: 0))
        let first = loop.render(theme: theme, glyphs: glyphs, size: size)
        var frames = [(at: 0.0, canvas: first)]
        var previous = AnsiRenderer().render(first)
        for moment in states.map(\.at).filter({ $0 > 0 }) + [duration] {
            _ = loop.send(.tick(moment), perform: { _ in nil })
            let canvas = loop.render(theme: theme, glyphs: glyphs, size: size)
            let drawn = AnsiRenderer().render(canvas)
            if drawn != previous { frames.append((moment, canvas)) }
            previous = drawn
        }
        return frames
    }
}
