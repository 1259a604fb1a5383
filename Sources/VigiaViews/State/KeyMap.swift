/// Keys to actions: the single table that both input handling and the help screen read,
/// so help can never disagree with what the keys do.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]

    public static let standard = KeyMap(bindings: [
        KeyBinding([.up, .character("k")], "↑ k", .moveUp, "previous row", group: "Move"),
        KeyBinding([.down, .character("j")], "↓ j", .moveDown, "next row", group: "Move"),
        KeyBinding([.left, .character("h")], "← h", .moveLeft, "earlier year / pan left", group: "Move"),
        KeyBinding([.right, .character("l")], "→ l", .moveRight, "later year / pan right", group: "Move"),
        KeyBinding([.pageUp, .control("b")], "PgUp ^B", .pageUp, "page up", group: "Move"),
        KeyBinding([.pageDown, .control("f")], "PgDn ^F", .pageDown, "page down", group: "Move"),
        KeyBinding([.character("[")], "[", .earlierYear, "earlier year (the map: ← → move between countries)", group: "Move"),
        KeyBinding([.character("]")], "]", .laterYear, "later year", group: "Move"),
        KeyBinding([.home, .character("g")], "Home g", .jumpToTop, "first row", group: "Move"),
        KeyBinding([.end, .character("G")], "End G", .jumpToBottom, "last row", group: "Move"),
        KeyBinding([.tab], "Tab", .nextPane, "next pane", group: "Move"),
        KeyBinding([.backTab], "S-Tab", .previousPane, "previous pane", group: "Move"),
    ] + ScreenID.allCases.map { screen in
        KeyBinding([.character(screen.digit)], String(screen.digit), .show(screen), screen.title, group: "Screens")
    } + [
        KeyBinding([.enter], "Enter", .drill, "drill into the selected row", group: "Navigate"),
        KeyBinding([.escape, .backspace], "Esc Bksp", .back, "go back one level", group: "Navigate"),
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
}
