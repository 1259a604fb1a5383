/// Keys to actions: the single table that both input handling and the help screen read,
/// so help can never disagree with what the keys do.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]

    public static let standard = KeyMap(bindings: [
        KeyBinding([.up, .character("k")], "↑ k", .moveUp, "previous row; scroll a text pane", group: "Move"),
        KeyBinding([.down, .character("j")], "↓ j", .moveDown, "next row; scroll a text pane", group: "Move"),
        KeyBinding([.left, .character("h")], "← h", .moveLeft, "earlier year / pan left", group: "Move"),
        KeyBinding([.right, .character("l")], "→ l", .moveRight, "later year / pan right", group: "Move"),
        KeyBinding([.pageUp, .control("b")], "PgUp ^B", .pageUp, "page up", group: "Move"),
        KeyBinding([.pageDown, .control("f")], "PgDn ^F", .pageDown, "page down", group: "Move"),
        KeyBinding([.character("[")], "[", .earlierYear, "earlier year (the map: ← → move between countries)", group: "Move"),
        KeyBinding([.character("]")], "]", .laterYear, "later year", group: "Move"),
        KeyBinding([.home, .character("g")], "Home g", .jumpToTop, "first row or line", group: "Move"),
        KeyBinding([.end, .character("G")], "End G", .jumpToBottom, "last row or line", group: "Move"),
        KeyBinding([.tab], "Tab", .nextPane, "next pane (lists and text)", group: "Move"),
        KeyBinding([.backTab], "S-Tab", .previousPane, "previous pane", group: "Move"),
    ] + ScreenID.allCases.map { screen in
        KeyBinding([.character(screen.digit)], String(screen.digit), .show(screen), screen.title, group: "Screens")
    } + [
        KeyBinding([.enter], "Enter", .drill, "open the selected row; on a text pane, show it full-screen", group: "Navigate"),
        KeyBinding([.escape, .backspace], "Esc Bksp", .back, "go back one level (or leave a full view)", group: "Navigate"),
        KeyBinding([.character("o")], "o", .expand, "open the focused text pane full-screen", group: "Navigate"),
        KeyBinding([.character("s")], "s", .openSource, "source card of the focused figure", group: "Navigate"),
        KeyBinding([.character("/")], "/", .beginFilter, "filter the focused list", group: "Navigate"),
        KeyBinding([.character(":")], ":", .beginCommand, "command (:country ECU, :year 2023, …)", group: "Navigate"),
        KeyBinding([.character("r")], "r", .toggleMeasure, "homicides: rate ↔ count", group: "Views"),
        KeyBinding([.character(" ")], "Space", .togglePick, "homicides: pick country to compare", group: "Views"),
        KeyBinding([.character("+"), .character("=")], "+", .zoomIn, "decrees: zoom in (years → months → days); scenario: +1", group: "Views"),
        KeyBinding([.character("-")], "-", .zoomOut, "decrees: zoom out; scenario: −1", group: "Views"),
        KeyBinding([.character("a")], "a", .toggleAllDecrees, "decrees: include context and protest measures", group: "Views"),
        KeyBinding([.character("L")], "L", .showLessons, "programs: lessons matrix", group: "Scenario"),
        KeyBinding([.character("e")], "e", .editScenario, "programs: edit the Plan Ecuador scenario (:set N types a value)", group: "Scenario"),
        KeyBinding([.character("u")], "u", .undo, "scenario: undo the last change", group: "Scenario"),
        KeyBinding([.character("w")], "w", .save, "scenario: save to your scenario file", group: "Scenario"),
        KeyBinding([.character("y")], "y", .confirm, "scenario: yes, overwrite a file changed on disk", group: "Scenario"),
        KeyBinding([.character("n")], "n", .decline, "scenario: no, keep the file on disk", group: "Scenario"),
        KeyBinding([.character("?")], "?", .help, "this help", group: "Other"),
        KeyBinding([.control("l")], "^L", .redraw, "redraw the screen", group: "Other"),
        KeyBinding([.character("q")], "q", .quit, "quit", group: "Other"),
    ])

    private let lookup: [Key: Action]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var lookup: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where lookup[key] == nil { lookup[key] = binding.action }
        }
        self.lookup = lookup
    }

    /// This map with a briefing's own keys first, under `group`: a program built on the
    /// dashboard lists its own keys, and the dashboard's bindings lose the keys it takes over
    /// (`g` no longer reads "first row" where it means "go to step").
    public func overriding(_ briefingKeys: [BriefingKey], group: String) -> KeyMap {
        let taken = Set(briefingKeys.flatMap(\.keys))
        let own = briefingKeys.map { KeyBinding($0.keys, $0.keyLabel, .briefingKey, $0.summary, group: group) }
        let rest = self.bindings.compactMap { binding -> KeyBinding? in
            let keys = binding.keys.filter { !taken.contains($0) }
            guard !keys.isEmpty else { return nil }
            let label = keys.count == binding.keys.count ? binding.keyLabel : keys.map(Self.spelling).joined(separator: " ")
            return KeyBinding(keys, label, binding.action, binding.summary, group: binding.group)
        }
        return KeyMap(bindings: own + rest)
    }

    /// The action for `key` in `mode`; while a line is being edited every key goes to the editor.
    public func action(for key: Key, mode: InputMode) -> Action? {
        switch key {
        case .resize:
            return .redraw
        case .mouse(let event):
            switch event.kind {
            case .wheelUp: return .moveUp
            case .wheelDown: return .moveDown
            case .click: return nil
            }
        default:
            break
        }
        if mode != .normal { return .edit(key) }
        return lookup[key]
    }

    /// The keys bound to `action`, as help spells them.
    public func label(for action: Action) -> String? {
        bindings.first { $0.action == action }?.keyLabel
    }

    /// The first key bound to each of `hint`'s actions, shortest spelling, joined by "/"
    /// ("+/-"); nil when an action has no key here, so the hint is not shown.
    public func keys(for hint: KeyHint) -> String? {
        var spelled: [String] = []
        for action in hint.actions {
            guard let key = bindings.first(where: { $0.action == action })?.keys.first else { return nil }
            spelled.append(Self.spelling(of: key))
        }
        return spelled.isEmpty ? nil : spelled.joined(separator: "/")
    }

    /// `hints` as one status line of at most `width` columns: whole hints only, in order, so
    /// the screen's own keys come before the keys that work everywhere.
    /// `spell` turns an item into what the terminal can show (ASCII names for arrows).
    public func bar(_ hints: [KeyHint], width: Int, spell: (String) -> String = { $0 }) -> String {
        var line = ""
        for hint in hints {
            guard let keys = keys(for: hint) else { continue }
            let item = spell(" \(keys) \(hint.words) ")
            if DisplayWidth.of(line + item) > width { break }
            line += item
        }
        return line
    }

    /// A key as the status line spells it: one glyph or a short name.
    static func spelling(of key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "↵"
        case .escape: return "esc"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .function(let n): return "F\(n)"
        case .control(let c): return "^" + String(c).uppercased()
        case .resize, .mouse: return ""
        }
    }
}
