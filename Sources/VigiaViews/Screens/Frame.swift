import Foundation
import VigiaModel

/// Draws one whole frame: tab bar, breadcrumb, the current route's screen, status line.
///
/// The same function serves the terminal, `vigia render` and the tests, so what they show
/// is identical by construction.
public enum Frame {
    /// Below this size the dashboard shows `TooSmallNotice` instead of a garbled layout; the
    /// one place the 40×12 minimum is written (a briefing adds its bar's row to it).
    public static let minimumSize = Size(width: 40, height: 12)

    public static func render(_ context: ScreenContext, size: Size) -> Canvas {
        var context = context
        context.screenSize = size
        if let notice = TooSmallNotice.canvas(size: size, minimum: minimumSize, glyphs: context.glyphs, style: context.theme.warning) {
            return notice
        }
        var canvas = Canvas(size: size)
        drawTabs(into: &canvas, context: context)
        drawBreadcrumb(into: &canvas, context: context)
        let body = Rect(x: 0, y: 2, width: size.width, height: size.height - 3)
        if let pane = expandedPane(context) {
            context.drawTextPane(pane, index: context.state.pane, into: &canvas, in: body)
        } else {
            context.view.draw(into: &canvas, in: body, context: context)
        }
        drawStatus(into: &canvas, context: context)
        return canvas
    }

    /// The focused text pane while it is shown full-screen.
    static func expandedPane(_ context: ScreenContext) -> TextPane? {
        let state = context.state
        guard state.isExpanded, state.pane >= context.view.paneCount else { return nil }
        let panes = context.view.textPanes(in: context)
        let number = state.pane - context.view.paneCount
        return panes.indices.contains(number) ? panes[number] : nil
    }

    /// Where each tab is drawn on row 0, so a mouse click can select it.
    public static func tabColumns(width: Int) -> [(screen: ScreenID, range: Range<Int>)] {
        var x = DisplayWidth.of(title) + 1
        var result: [(ScreenID, Range<Int>)] = []
        for screen in ScreenID.allCases {
            let label = tabLabel(screen, width: width)
            let w = DisplayWidth.of(label)
            result.append((screen, x..<(x + w)))
            x += w + 1
        }
        return result
    }

    static let title = " Vigía "

    private static func tabLabel(_ screen: ScreenID, width: Int) -> String {
        // Full names where every tab fits with them, then the short names, then their first letters.
        let name = width >= fullTabsWidth ? screen.title : width >= shortTabsWidth ? screen.shortTitle : String(screen.shortTitle.prefix(4))
        return " \(screen.digit) \(name) "
    }

    /// The columns the tab bar takes with every tab's full name, and with the short names.
    private static let fullTabsWidth = ScreenID.allCases.reduce(DisplayWidth.of(title)) { $0 + 1 + DisplayWidth.of(" \($1.digit) \($1.title) ") }
    private static let shortTabsWidth = ScreenID.allCases.reduce(DisplayWidth.of(title)) { $0 + 1 + DisplayWidth.of(" \($1.digit) \($1.shortTitle) ") }

    private static func drawTabs(into canvas: inout Canvas, context: ScreenContext) {
        let theme = context.theme
        canvas.fill(Rect(x: 0, y: 0, width: canvas.size.width, height: 1), with: Cell(" ", style: theme.statusBar))
        canvas.put(title, x: 0, y: 0, style: theme.title.adding(.bold))
        let current = context.state.route.screen
        for (screen, range) in tabColumns(width: canvas.size.width) {
            let style = screen == current ? theme.selection.adding(.bold) : theme.statusBar
            canvas.put(tabLabel(screen, width: canvas.size.width), x: range.lowerBound, y: 0, style: style, maxWidth: canvas.size.width - range.lowerBound)
        }
    }

    private static func drawBreadcrumb(into canvas: inout Canvas, context: ScreenContext) {
        let separator = context.glyphs.isUnicode ? " › " : " > "
        var labels = context.state.stack.map { RouteRegistry.view(for: $0).crumb(in: context.dataset) }
        if let pane = expandedPane(context) {
            // A card's own text is titled with the card's name: the path says it once.
            if labels.last == pane.title { labels[labels.count - 1] += " (full view)" } else { labels.append("\(pane.title) (full view)") }
        }
        var text = " " + labels.joined(separator: separator)
        let width = canvas.size.width
        if DisplayWidth.of(text) > width {
            // Keep the end of the path: where you are matters more than where you started.
            while DisplayWidth.of(text) > width - 1, !text.isEmpty { text.removeFirst() }
            text = context.glyphs.ellipsis + text
        }
        canvas.put(text, x: 0, y: 1, style: context.theme.breadcrumb)
    }

    private static func drawStatus(into canvas: inout Canvas, context: ScreenContext) {
        let y = canvas.size.height - 1
        let width = canvas.size.width
        let theme = context.theme
        canvas.fill(Rect(x: 0, y: y, width: width, height: 1), with: Cell(" ", style: theme.statusBar))
        switch context.state.mode {
        case .filter(let editor):
            canvas.put("/" + editor.text, x: 0, y: y, style: theme.accent)
            canvas.cursor = Point(x: min(width - 1, 1 + DisplayWidth.of(editor.text)), y: y)
        case .command(let editor):
            canvas.put(":" + editor.text, x: 0, y: y, style: theme.accent)
            // Names of several words are told apart by a separator; codes and keywords by a space.
            let candidates = context.dashboard.commands.candidates(for: editor.text).prefix(6)
            let hint = candidates.joined(separator: candidates.contains { $0.contains(" ") } ? context.separator : " ")
            let used = 2 + DisplayWidth.of(editor.text)
            if !hint.isEmpty, used + 4 < width {
                canvas.put(hint, x: used + 2, y: y, style: theme.muted, maxWidth: width - used - 2)
            }
            canvas.cursor = Point(x: min(width - 1, 1 + DisplayWidth.of(editor.text)), y: y)
        case .normal:
            if let message = context.state.message {
                canvas.put(" " + message, x: 0, y: y, style: theme.warning, maxWidth: width)
            } else {
                let keyMap = context.dashboard.keyMap
                let unicode = context.glyphs.isUnicode
                let spell = { (item: String) in unicode ? item : HelpContent.ascii(item) }
                // "? help" always keeps its place: it is how every other key is found.
                let help = DisplayWidth.of(keyMap.bar([KeyHint(.help, words: "help")], width: width, spell: spell))
                if let fixed = context.fixedHints {
                    canvas.put(keyMap.bar(fixed, width: width, spell: spell), x: 0, y: y, style: theme.keyHint, maxWidth: width)
                    return
                }
                // The text panes just drawn recorded themselves; no need to build them again.
                let textPanes = canvas.panes.filter { $0.value.lines != nil }.count
                let localHints = localHints(context, textPanes: textPanes)
                let local = keyMap.bar(localHints, width: width - help, spell: spell)
                // A key the screen already hints in its own words is not hinted twice.
                let globalHints = globalHints(context).filter { hint in !localHints.contains { !Set($0.actions).isDisjoint(with: hint.actions) } }
                let global = keyMap.bar(globalHints, width: width - DisplayWidth.of(local), spell: spell)
                canvas.put(local + global, x: 0, y: y, style: theme.keyHint, maxWidth: width)
            }
        }
    }
}
