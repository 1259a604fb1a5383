import Foundation
import VigiaModel

/// Draws one whole frame: tab bar, breadcrumb, the current route's screen, status line.
///
/// The same function serves the terminal, `vigia render` and the tests, so what they show
/// is identical by construction.
public enum Frame {
    /// Below this size the dashboard says so instead of drawing a garbled layout.
    public static let minimumSize = Size(width: 40, height: 12)

    public static func render(_ context: ScreenContext, size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            drawTooSmall(into: &canvas, context: context)
            return canvas
        }
        drawTabs(into: &canvas, context: context)
        drawBreadcrumb(into: &canvas, context: context)
        let body = Rect(x: 0, y: 2, width: size.width, height: size.height - 3)
        draw(context.state.route, into: &canvas, in: body, context: context)
        drawStatus(into: &canvas, context: context)
        return canvas
    }

    static func draw(_ route: Route, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        switch route {
        case .screen(.overview): OverviewScreen.draw(into: &canvas, in: rect, context: context)
        case .screen(.homicides): HomicidesScreen.draw(into: &canvas, in: rect, context: context)
        case .screen(.decrees): DecreesScreen.draw(into: &canvas, in: rect, context: context)
        case .screen(.programs): ProgramsScreen.draw(into: &canvas, in: rect, context: context)
        case .screen(.claims): ClaimsScreen.draw(into: &canvas, in: rect, context: context)
        case .country(let code): CountryScreen.draw(code, into: &canvas, in: rect, context: context)
        case .countryYear(let code, let year): CountryYearScreen.draw(code, year, into: &canvas, in: rect, context: context)
        case .countryDecrees(let code): CountryDecreesScreen.draw(code, into: &canvas, in: rect, context: context)
        case .decree(let id): DecreeCard.draw(id, into: &canvas, in: rect, context: context)
        case .event(let id): EventCard.draw(id, into: &canvas, in: rect, context: context)
        case .program(let id): ProgramScreen.draw(id, into: &canvas, in: rect, context: context)
        case .programYear(let id, let year): ProgramYearScreen.draw(id, year, into: &canvas, in: rect, context: context)
        case .claim(let id): ClaimCard.draw(id, into: &canvas, in: rect, context: context)
        case .source(let id, let figure): SourceCard.draw(id, figure: figure, into: &canvas, in: rect, context: context)
        case .help: HelpScreen.draw(into: &canvas, in: rect, context: context)
        case .lessons: LessonsScreen.draw(into: &canvas, in: rect, context: context)
        case .lessonCell(let lesson, let column): LessonCellCard.draw(lesson, column, into: &canvas, in: rect, context: context)
        case .scenario: ScenarioScreen.draw(into: &canvas, in: rect, context: context)
        }
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
        // At 80 columns the full names fit; narrower terminals get the short names.
        let name = width >= 80 ? screen.title : String(screen.title.prefix(width >= 60 ? 8 : 4))
        return " \(screen.digit) \(name) "
    }

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
        let labels = context.state.stack.map { crumb($0, context: context) }
        var text = " " + labels.joined(separator: separator)
        let width = canvas.size.width
        if DisplayWidth.of(text) > width {
            // Keep the end of the path: where you are matters more than where you started.
            while DisplayWidth.of(text) > width - 1, !text.isEmpty { text.removeFirst() }
            text = context.glyphs.ellipsis + text
        }
        canvas.put(text, x: 0, y: 1, style: context.theme.breadcrumb)
    }

    /// The breadcrumb label of a route.
    public static func crumb(_ route: Route, context: ScreenContext) -> String {
        let dataset = context.dataset
        switch route {
        case .screen(let screen): return screen.title
        case .country(let code): return dataset.areaName(code)
        case .countryYear(_, let year): return String(year)
        case .countryDecrees(let code): return dataset.areaName(code)
        case .decree(let id): return dataset.decreeName(id)
        case .event(let id): return dataset.eventName(id)
        case .program(let id): return dataset.programName(id)
        case .programYear(_, let year): return "FY\(year)"
        case .claim(let id): return dataset.claimName(id)
        case .source(let id, _): return dataset.citation(id)
        case .help: return "Help"
        case .lessons: return "Lessons"
        case .lessonCell(let lesson, let column):
            return "\(dataset.lessons.first { $0.id == lesson }.map(LessonsScreen.shortTitle) ?? DataKey.words(lesson)) × \(LessonMatrix.standardColumns.first { $0.id == column }?.label ?? column)"
        case .scenario: return "Scenario"
        }
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
            let hint = context.dashboard.commands.candidates(for: editor.text).prefix(6).joined(separator: " ")
            let used = 2 + DisplayWidth.of(editor.text)
            if !hint.isEmpty, used + 4 < width {
                canvas.put(hint, x: used + 2, y: y, style: theme.muted, maxWidth: width - used - 2)
            }
            canvas.cursor = Point(x: min(width - 1, 1 + DisplayWidth.of(editor.text)), y: y)
        case .normal:
            if let message = context.state.message {
                canvas.put(" " + message, x: 0, y: y, style: theme.warning, maxWidth: width)
            } else {
                let hints = " ?:help  ↵:drill  esc:back  /:filter  ::command  s:source  q:quit"
                canvas.put(context.glyphs.isUnicode ? hints : hints.replacingOccurrences(of: "↵", with: "Enter"), x: 0, y: y, style: theme.keyHint, maxWidth: width)
            }
        }
    }

    private static func drawTooSmall(into canvas: inout Canvas, context: ScreenContext) {
        let size = canvas.size
        let lines = ["Terminal too small", "need \(minimumSize.width)×\(minimumSize.height), have \(size.width)×\(size.height)"]
        for (index, line) in lines.enumerated() {
            let w = DisplayWidth.of(line)
            let y = size.height / 2 - 1 + index
            canvas.put(line, x: max(0, (size.width - w) / 2), y: y, style: context.theme.warning)
        }
    }
}
