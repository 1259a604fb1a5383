import VigiaModel

/// A dashboard frame with the briefing bar on top and, for the presenter, the notes pane below.
///
/// A wrapper rather than a change to `Frame`: the normal dashboard is drawn exactly as
/// without a briefing, only into a smaller canvas, so nothing outside briefings changes.
public enum BriefingFrame {
    /// The dashboard's minimum plus the bar.
    public static let minimumSize = Size(width: Frame.minimumSize.width, height: Frame.minimumSize.height + 1)

    /// The frame; with a `notice`, that notice stands where the dashboard would be (a replayed
    /// step this data set cannot draw says why instead of showing a wrong screen).
    public static func render(_ context: ScreenContext, chrome: BriefingChrome, size: Size, notice: String? = nil) -> Canvas {
        if let notice = TooSmallNotice.canvas(size: size, minimum: minimumSize, glyphs: context.glyphs, style: context.theme.warning) {
            return notice
        }
        var canvas = Canvas(size: size)
        drawBar(chrome, into: &canvas, context: context)
        let (notes, notesHeight) = notesLayout(context, chrome: chrome, size: size)
        let innerSize = Size(width: size.width, height: size.height - 1 - notesHeight)
        let inner = notice.map { noticeCanvas($0, size: innerSize, context: context) } ?? Frame.render(context, size: innerSize)
        for y in 0..<inner.size.height {
            for x in 0..<inner.size.width { canvas[x, y + 1] = inner[x, y] }
        }
        canvas.cursor = inner.cursor.map { Point(x: $0.x, y: $0.y + 1) }
        if notesHeight > 0 {
            drawNotes(notes, chrome: chrome, into: &canvas, in: Rect(x: 0, y: size.height - notesHeight, width: size.width, height: notesHeight), context: context)
        }
        return canvas
    }

    /// The dashboard's part of a frame of `size`: below the bar, above the notes. Keys act on
    /// the dashboard as it is laid out there (how far a card scrolls, how wide the timeline is).
    public static func dashboardSize(_ context: ScreenContext, chrome: BriefingChrome, size: Size) -> Size {
        Size(width: size.width, height: size.height - 1 - notesLayout(context, chrome: chrome, size: size).height)
    }

    /// The notes' lines, wrapped once at the pane's inner width, and the pane's height (0
    /// without notes or without room for them).
    private static func notesLayout(_ context: ScreenContext, chrome: BriefingChrome, size: Size) -> (lines: [[TextSpan]], height: Int) {
        guard chrome.notes != nil else { return ([], 0) }
        let notes = notesBlock(chrome, context: context).lines(width: max(1, size.width - 2))
        let room = size.height - 1 - Frame.minimumSize.height
        let height = min(notes.count + 2, max(5, size.height / 3), room)
        return (notes, height < 3 ? 0 : height)
    }

    /// How many lines the notes can scroll before their last line shows (0 when they fit).
    static func notesScrollLimit(_ context: ScreenContext, chrome: BriefingChrome, size: Size) -> Int {
        let (lines, height) = notesLayout(context, chrome: chrome, size: size)
        // The pane's border takes a row above and below its lines.
        return height == 0 ? 0 : notesOffset(.max, lines: lines.count, visible: height - 2)
    }

    /// The first line shown of `lines` notes scrolled by `scroll` in `visible` rows: never past
    /// the page that ends with the last line.
    private static func notesOffset(_ scroll: Int, lines: Int, visible: Int) -> Int {
        min(max(0, scroll), max(0, lines - visible))
    }

    /// ` 3/9  Deck title · Step title          status`: the counter always shows; the deck
    /// title, the same on every step, is cut first (to twelve columns), then the step title,
    /// which says what this step is.
    private static func drawBar(_ chrome: BriefingChrome, into canvas: inout Canvas, context: ScreenContext) {
        let theme = context.theme, glyphs = context.glyphs
        let width = canvas.size.width
        canvas.fill(Rect(x: 0, y: 0, width: width, height: 1), with: Cell(" ", style: theme.statusBar))
        let status = TextFit.truncate(chrome.status, to: max(0, width / 2 - 2), ellipsis: glyphs.ellipsis)
        let statusWidth = DisplayWidth.of(status)
        let available = width - statusWidth - 2
        var x = 0
        if let counter = chrome.counter {
            x += canvas.put(" \(counter) ", x: x, y: 0, style: theme.selection.adding(.bold), maxWidth: available)
        }
        let separator = glyphs.isUnicode ? " · " : " - "
        let detailWidth = (chrome.prompt ?? chrome.stepTitle).map { DisplayWidth.of(separator) + DisplayWidth.of($0) } ?? 0
        let deckRoom = max(min(12, available - x - 1), available - x - 1 - detailWidth)
        let deck = TextFit.truncate(chrome.deckTitle ?? "", to: max(0, deckRoom), ellipsis: glyphs.ellipsis)
        x += canvas.put(" " + deck, x: x, y: 0, style: theme.title.adding(.bold), maxWidth: available - x)
        if let detail = chrome.prompt ?? chrome.stepTitle, available - x > 4 {
            let text = TextFit.truncate(separator.dropFirst() + detail, to: available - x - 1, ellipsis: glyphs.ellipsis)
            x += canvas.put(" " + text, x: x, y: 0, style: chrome.prompt == nil ? theme.statusBar : theme.accent, maxWidth: available - x)
        }
        canvas.put(status, x: width - statusWidth - 1, y: 0, style: theme.statusBar.adding(.bold))
    }

    private static func noticeCanvas(_ notice: String, size: Size, context: ScreenContext) -> Canvas {
        var canvas = Canvas(size: size)
        let inside = Panel(title: "Not in this data set").draw(into: &canvas, in: Rect(x: 0, y: 0, width: size.width, height: size.height),
                                                               theme: context.theme, glyphs: context.glyphs)
        let lines = TextBlock(notice, style: context.theme.warning).lines(width: max(1, inside.width))
        for (row, line) in lines.prefix(inside.height).enumerated() {
            var x = inside.x
            for span in line { x += canvas.put(span.text, x: x, y: inside.y + row, style: span.style, clip: inside) }
        }
        return canvas
    }

    private static func notesBlock(_ chrome: BriefingChrome, context: ScreenContext) -> TextBlock {
        var paragraphs: [[TextSpan]] = []
        if let timing = chrome.timing { paragraphs.append([TextSpan(timing, style: context.theme.accent.adding(.bold))]) }
        if let next = chrome.next { paragraphs.append([TextSpan(next, style: context.theme.muted)]) }
        paragraphs += (chrome.notes ?? []).map { [TextSpan(context.dataset.citingInWords($0), style: context.theme.text)] }
        if !chrome.sources.isEmpty {
            paragraphs.append([TextSpan("Sources: ", style: context.theme.muted), TextSpan(context.dataset.citations(chrome.sources).joined(separator: "; "), style: context.theme.accent)])
        }
        return TextBlock(paragraphs: paragraphs, paragraphSpacing: 0)
    }

    private static func drawNotes(_ lines: [[TextSpan]], chrome: BriefingChrome, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let keys = context.glyphs.isUnicode ? chrome.keys : chrome.keys.replacingOccurrences(of: "·", with: "-")
        let inside = Panel(title: "Notes", badge: keys.isEmpty ? nil : keys)
            .draw(into: &canvas, in: rect, theme: context.theme, glyphs: context.glyphs)
        canvas.fill(inside)
        let offset = notesOffset(chrome.notesScroll, lines: lines.count, visible: inside.height)
        let last = min(offset + inside.height, lines.count)
        for (row, line) in lines[offset..<last].enumerated() {
            var x = inside.x
            for span in line {
                x += canvas.put(span.text, x: x, y: inside.y + row, style: span.style, clip: inside)
            }
        }
        // Notes cut by the pane say where the reader is and how to read on, as a card does.
        if lines.count > inside.height, inside.height > 0 {
            let arrows = context.glyphs.isUnicode ? (down: "↓", up: "↑") : (down: "v", up: "^")
            let way = last < lines.count ? "\(arrows.down) J" + (offset > 0 ? " \(arrows.up) K" : "") : "\(arrows.up) K"
            let mark = " \(offset + 1)\(context.rangeDash)\(last) of \(lines.count) · \(way) "
            let text = context.glyphs.isUnicode ? mark : mark.replacingOccurrences(of: "·", with: "-")
            canvas.put(text, x: max(rect.x + 1, rect.maxX - 2 - DisplayWidth.of(text)), y: rect.maxY - 1,
                       style: context.theme.accent.adding(.bold), clip: rect)
        }
    }
}
