import CNcurses
import VigiaViews

/// Copies a VigiaViews `Canvas` to the screen, touching only what changed.
///
/// Why: attendees follow briefings over slow SSH links, so a frame must cost bytes in
/// proportion to what changed, and an idle dashboard must send nothing. The presenter keeps
/// the previous canvas, writes only the cells `Canvas.diff` reports into curses' `stdscr` (`setcchar` +
/// `mvwadd_wch`, which carries glyph, attributes and an extended colour pair in one call),
/// then `wnoutrefresh` + a single `doupdate`, letting ncurses compute the minimal output.
/// The screen is erased only on the first frame and after a resize or a resume. When
/// nothing changed (cells and cursor), no curses call is made at all.
///
/// The hardware cursor rests on `canvas.cursor` (the selected row) so screen readers and
/// braille displays follow the selection; without one it is hidden, or parked in the
/// bottom-right corner on terminals that cannot hide it.
@MainActor
public final class CanvasPresenter {
    private let session: TerminalSession
    private var previous: Canvas?
    private var needsFullRedraw = true
    private var needsClear = false
    private var cursorVisible: Bool?
    private var styles: [Style: (attributes: attr_t, pair: Int32)] = [:]
    private var lastStyle: (style: Style, look: (attributes: attr_t, pair: Int32))?

    /// Cells written to curses by the last `present` call (0 when nothing changed).
    public private(set) var cellsWrittenLastFrame = 0

    public init(session: TerminalSession) {
        self.session = session
    }

    /// Forgets what is on the screen: the next frame is drawn in full. With `clearScreen`,
    /// the terminal is cleared too (after a resize, a resume, or Ctrl-L), because its
    /// contents can no longer be trusted.
    public func invalidate(clearScreen: Bool = false) {
        needsFullRedraw = true
        if clearScreen { needsClear = true }
    }

    /// Draws `canvas`, returning whether anything was sent to the terminal.
    @discardableResult
    public func present(_ canvas: Canvas) -> Bool {
        guard session.isOpen else { return false }
        let window = vigia_stdscr()
        let screen = session.size
        let width = min(screen.width, canvas.size.width)
        let height = min(screen.height, canvas.size.height)
        let full = needsFullRedraw || previous?.size != canvas.size
        if full {
            _ = werase(window)
            if needsClear { _ = clearok(vigia_curscr(), true) }
        }
        var written = 0
        for run in Canvas.diff(full ? nil : previous, canvas) where run.y < height {
            let start = run.y * canvas.size.width
            for x in run.columns where x < width {
                draw(canvas.cells, start: start, x: x, y: run.y, width: width)
                written += 1
            }
        }

        let cursorChanged = full || previous?.cursor != canvas.cursor
        cellsWrittenLastFrame = written
        needsFullRedraw = false
        needsClear = false
        previous = canvas
        guard full || written > 0 || cursorChanged else { return false }

        placeCursor(canvas.cursor, width: width, height: height, screen: screen)
        _ = wnoutrefresh(window)
        _ = doupdate()
        return true
    }

    // MARK: - Cells

    private func draw(_ cells: [Cell], start: Int, x: Int, y: Int, width: Int) {
        let cell = cells[start + x]
        let unicode = session.capabilities.unicode
        if cell.isContinuation {
            // The owner (a wide glyph to the left) covers this cell; an orphan becomes a space.
            if unicode, x > 0, !cells[start + x - 1].isContinuation { return }
            put(" ", style: cell.style, x: x, y: y)
            return
        }
        let glyph = unicode ? cell.grapheme : AsciiFallback.fold(cell.grapheme)
        put(glyph, style: cell.style, x: x, y: y)
        // The canvas made this glyph two columns wide but the C library thinks it is one:
        // blank the second column so nothing stale shows there.
        if unicode, x + 1 < width, cells[start + x + 1].isContinuation, getcurx(vigia_stdscr()) == Int32(x + 1) {
            put(" ", style: cell.style, x: x + 1, y: y)
        }
    }

    private func put(_ glyph: String, style: Style, x: Int, y: Int) {
        let look = resolved(style)
        var pair = look.pair
        var character = cchar_t()
        // cchar_t holds one spacing character and up to four combining ones (CCHARW_MAX = 5);
        // the NUL-terminated buffer lives on the stack, so a frame allocates nothing per cell.
        var buffer: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0x20, 0, 0, 0, 0, 0)
        let status = withUnsafeMutableBytes(of: &buffer) { raw -> Int32 in
            let wide = raw.bindMemory(to: wchar_t.self)
            var count = 0
            for scalar in glyph.unicodeScalars {
                guard count < 5 else { break }
                wide[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count > 0 { wide[count] = 0 }
            return setcchar(&character, wide.baseAddress, look.attributes, 0, &pair)
        }
        if status == ERR {
            let replacement: [wchar_t] = [session.capabilities.unicode ? 0xFFFD : 0x3F, 0]
            guard setcchar(&character, replacement, look.attributes, 0, &pair) != ERR else { return }
        }
        _ = mvwadd_wch(vigia_stdscr(), Int32(y), Int32(x), &character)
    }

    /// curses attributes and colour pair for a style, cached (themes use a handful of styles).
    private func resolved(_ style: Style) -> (attributes: attr_t, pair: Int32) {
        // Neighbouring cells usually share a style: skip hashing for runs.
        if let last = lastStyle, last.style == style { return last.look }
        if let cached = styles[style] {
            lastStyle = (style, cached)
            return cached
        }
        var attributes = vigia_a_normal()
        if style.attributes.contains(.bold) { attributes |= vigia_a_bold() }
        if style.attributes.contains(.dim) { attributes |= vigia_a_dim() }
        if style.attributes.contains(.reverse) { attributes |= vigia_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= vigia_a_underline() }
        let pair = session.colorPairs.pair(foreground: style.foreground, background: style.background)
        let value = (attributes: attributes, pair: pair)
        styles[style] = value
        lastStyle = (style, value)
        return value
    }

    // MARK: - Cursor

    private func placeCursor(_ cursor: Point?, width: Int, height: Int, screen: Size) {
        let window = vigia_stdscr()
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < width, cursor.y < height {
            _ = leaveok(window, false)
            _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
            if cursorVisible != true {
                _ = curs_set(1)
                cursorVisible = true
            }
            return
        }
        if session.capabilities.canHideCursor {
            if cursorVisible != false {
                _ = curs_set(0)
                cursorVisible = false
            }
            // Hidden: let curses leave it wherever the last write ended (fewest bytes).
            _ = leaveok(window, true)
        } else {
            _ = leaveok(window, false)
            _ = wmove(window, Int32(max(0, screen.height - 1)), Int32(max(0, screen.width - 1)))
        }
    }
}
