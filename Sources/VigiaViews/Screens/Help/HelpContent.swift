import Foundation
/// The lines of the help screen, built from the key map, the screen help was opened from and
/// the command list.
enum HelpContent {
    struct Line: Hashable {
        var key: String
        var text: String
        var isHeading: Bool
    }

    /// What help lists for the screen under it: that screen's keys and what its glyphs mean.
    struct Screen {
        var name: String
        var keys: [KeyHint]
        var legend: [(glyph: String, meaning: String)]

        /// The screen under help in `context`'s stack (help opened from nowhere lists none).
        init(under context: ScreenContext) {
            var below = context.state
            if below.route == .help { below.stack.removeLast() }
            guard !below.stack.isEmpty, below.route != .help else {
                self.init(name: "", keys: [], legend: [])
                return
            }
            let screen = ScreenContext(dashboard: context.dashboard, state: below, theme: context.theme, glyphs: context.glyphs)
            self.init(name: screen.view.crumb(in: context.dataset), keys: Frame.localHints(screen), legend: screen.view.legend(in: screen))
        }

        init(name: String, keys: [KeyHint], legend: [(glyph: String, meaning: String)]) {
            self.name = name
            self.keys = keys
            self.legend = legend
        }
    }

    /// This screen's keys and legend first, then every key by group, the commands and the
    /// gap marks. `gap` is the glyph set's short gap mark (`GlyphSet.gap`).
    static func lines(_ keyMap: KeyMap, screen: Screen? = nil, gap: String = GlyphSet.unicode.gap) -> [Line] {
        var lines: [Line] = []
        if let screen, !screen.keys.isEmpty {
            lines.append(Line(key: "This screen", text: screen.name, isHeading: true))
            for hint in screen.keys {
                guard let keys = keyMap.keys(for: hint) else { continue }
                lines.append(Line(key: keys, text: hint.words, isHeading: false))
            }
        }
        if let screen, !screen.legend.isEmpty {
            lines.append(Line(key: "Its marks", text: "what the glyphs on \(screen.name) mean", isHeading: true))
            lines += screen.legend.map { Line(key: $0.glyph, text: $0.meaning, isHeading: false) }
        }
        var groups: [String] = []
        for binding in keyMap.bindings where !groups.contains(binding.group) { groups.append(binding.group) }
        for group in groups {
            lines.append(Line(key: group, text: "", isHeading: true))
            for binding in keyMap.bindings where binding.group == group {
                lines.append(Line(key: binding.keyLabel, text: binding.summary, isHeading: false))
            }
        }
        lines.append(Line(key: "Commands", text: "Tab completes, ↑ ↓ recall history", isHeading: true))
        // Arguments in a column of their own, so every command's words start at one place.
        let argumentWidth = Command.names.map { DisplayWidth.of($0.argument) }.max() ?? 0
        for command in Command.names {
            let argument = command.argument + String(repeating: " ", count: argumentWidth - DisplayWidth.of(command.argument))
            lines.append(Line(key: ":" + command.name, text: argument + "  " + command.summary, isHeading: false))
        }
        lines.append(Line(key: "Legend", text: "what the screens draw for a missing value", isHeading: true))
        lines.append(Line(key: Format.missing, text: "no data: a gap, never zero (text and tables)", isHeading: false))
        lines.append(Line(key: gap, text: "no data where n/a does not fit (chart cells, narrow columns)", isHeading: false))
        return lines
    }

    /// Arrow and Enter glyphs spelt out for terminals without Unicode.
    static func ascii(_ text: String) -> String {
        text.replacingOccurrences(of: "←/→", with: "Left/Right")
            .replacingOccurrences(of: "↵", with: "Enter")
            .replacingOccurrences(of: "↑", with: "Up")
            .replacingOccurrences(of: "↓", with: "Down")
            .replacingOccurrences(of: "←", with: "Left")
            .replacingOccurrences(of: "↔", with: "<->")
            .replacingOccurrences(of: "→", with: "->")
    }
}
