import Foundation
/// The lines of the help screen, built from the key map and the command list.
enum HelpContent {
    struct Line: Hashable {
        var key: String
        var text: String
        var isHeading: Bool
    }

    /// `gap` is the glyph set's short gap mark (`GlyphSet.gap`), listed in the legend.
    static func lines(_ keyMap: KeyMap, gap: String = GlyphSet.unicode.gap) -> [Line] {
        var lines: [Line] = []
        var groups: [String] = []
        for binding in keyMap.bindings where !groups.contains(binding.group) { groups.append(binding.group) }
        for group in groups {
            lines.append(Line(key: group, text: "", isHeading: true))
            for binding in keyMap.bindings where binding.group == group {
                lines.append(Line(key: binding.keyLabel, text: binding.summary, isHeading: false))
            }
        }
        lines.append(Line(key: "Commands", text: "Tab completes, ↑ ↓ recall history", isHeading: true))
        for command in Command.names {
            lines.append(Line(key: ":" + command.name, text: (command.argument.isEmpty ? "" : command.argument + "  ") + command.summary, isHeading: false))
        }
        lines.append(Line(key: "Legend", text: "what the screens draw for a missing value", isHeading: true))
        lines.append(Line(key: Format.missing, text: "no data: a gap, never zero (text and tables)", isHeading: false))
        lines.append(Line(key: gap, text: "no data where n/a does not fit (chart cells, narrow columns)", isHeading: false))
        return lines
    }

    /// Arrow glyphs spelt out for terminals without Unicode.
    static func ascii(_ text: String) -> String {
        text.replacingOccurrences(of: "↑", with: "Up")
            .replacingOccurrences(of: "↓", with: "Down")
            .replacingOccurrences(of: "←", with: "Left")
            .replacingOccurrences(of: "↔", with: "<->")
            .replacingOccurrences(of: "→", with: "->")
    }
}
