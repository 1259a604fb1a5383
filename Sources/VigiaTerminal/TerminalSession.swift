#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import VigiaViews

/// Ownership of the terminal by curses, from `open` to `close`.
///
/// Why it exists: a dashboard reached over SSH must never leave an attendee's terminal in raw
/// mode, on the alternate screen or with a hidden cursor, whatever happens. The session
/// therefore saves the original termios first, installs the signal handling of
/// `SignalGuard` before ncurses starts (so there is one owner per signal), opens ncurses with
/// `newterm` rather than `initscr` (which exits the process on an unknown `TERM`), falls back
/// to `xterm-256color` and then `vt100`, refuses `TERM=dumb` and non-terminals with a clear
/// error, diverts stderr so stray messages cannot corrupt the screen, and undoes all of it in
/// `close()`, which is idempotent.
///
/// Every curses call happens on the main actor: ncurses is not thread-safe.
@MainActor
public final class TerminalSession {
    /// What the terminal can show (glyph set, colour depth, fallback used).
    public private(set) var capabilities: TerminalCapabilities
    /// What the user asked for.
    public let options: TerminalOptions
    /// Colour pairs for drawing; lives as long as the session.
    public let colorPairs: ColorPairs
    /// False once `close()` has run.
    public private(set) var isOpen: Bool

    private let screen: OpaquePointer
    private static var current: ObjectIdentifier?

    /// Opens the terminal on stdin/stdout.
    ///
    /// - Throws: `TerminalError` when stdin or stdout is not a terminal, for `TERM=dumb`
    ///   (or any description without cursor addressing), or when no terminal description loads.
    public init(options: TerminalOptions = TerminalOptions()) throws {
        guard Self.current == nil else { throw TerminalError.alreadyOpen }
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "standard output") }

        let requested = Self.environment("TERM")
        if let requested, Self.isDumb(requested) { throw TerminalError.unsupportedTerminal(name: requested) }

        let codeset = TerminalCapabilities.adoptLocale()
        SignalGuard.prepare()
        SignalGuard.saveTerminalModes(input: STDIN_FILENO, output: STDOUT_FILENO)
        SignalGuard.install()

        let opened = try Self.openScreen(requested: requested)

        screen = opened.screen
        self.options = options
        SignalGuard.setActive(true)

        Self.configureInput(options: options)
        let depth: ColorDepth
        (depth, colorPairs) = Self.startColors(options: options)
        let mouse = Self.enableMouse(options: options)
        let canHide = curs_set(0) != ERR

        capabilities = TerminalCapabilities(
            unicode: TerminalCapabilities.unicodeAllowed(codeset: codeset, forceASCII: options.forceASCII),
            colorDepth: depth,
            terminalName: opened.name,
            requestedTerminalName: requested,
            mouse: mouse,
            canHideCursor: canHide)
        isOpen = true
        SignalGuard.setResetSequence(Self.resetSequence(mouse: mouse))
        SignalGuard.redirectStandardError(to: options.standardError)
        Self.current = ObjectIdentifier(self)
    }

    /// Opens the first terminal description that loads and can address the cursor; on failure
    /// undoes the signal handling `init` installed and throws.
    private static func openScreen(requested: String?) throws -> (screen: OpaquePointer, name: String) {
        // newterm returns NULL (instead of exiting like initscr) for an unknown description.
        var opened: (screen: OpaquePointer, name: String)?
        var tried: [String] = []
        for name in Self.candidates(requested: requested) {
            tried.append(name)
            if let screen = newterm(name, vigia_stdout(), vigia_stdin()) {
                opened = (screen, name)
                break
            }
        }
        guard let opened else {
            SignalGuard.uninstall()
            SignalGuard.restoreTerminalModes()
            throw TerminalError.unknownTerminal(tried: tried)
        }
        // A description without cursor addressing (hard-copy, "dumb" under another name) cannot work.
        if vigia_tigetstr("cup") == nil {
            endwin()
            delscreen(opened.screen)
            SignalGuard.uninstall()
            SignalGuard.restoreTerminalModes()
            throw TerminalError.unsupportedTerminal(name: opened.name)
        }
        return opened
    }

    /// Raw-ish key input: no echo, no line buffering, keypad decoding, never blocking in curses.
    private static func configureInput(options: TerminalOptions) {
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = intrflush(vigia_stdscr(), false)
        _ = keypad(vigia_stdscr(), true)
        _ = nodelay(vigia_stdscr(), true)  // the runner blocks in poll(), never inside curses
        _ = set_escdelay(Int32(Self.escapeDelay(option: options.escapeDelayMilliseconds)))
    }

    /// Starts colour unless it is turned off (`--monochrome`, `NO_COLOR`) or absent.
    private static func startColors(options: TerminalOptions) -> (ColorDepth, ColorPairs) {
        var depth = ColorDepth.none
        var defaultColors = false
        let noColor = Self.environment("NO_COLOR")
        if !options.monochrome, noColor?.isEmpty ?? true, has_colors() {
            _ = start_color()
            defaultColors = use_default_colors() == OK
            depth = TerminalCapabilities.colorDepth(
                hasColors: true, colors: Int(vigia_colors()), monochrome: false, noColor: noColor)
        }
        let pairs = ColorPairs(
            depth: depth, defaultColorsAvailable: defaultColors, pairLimit: Int(vigia_color_pairs()))
        return (depth, pairs)
    }

    /// Asks for mouse presses and the wheel when the option is on; whether the terminal has a mouse.
    private static func enableMouse(options: TerminalOptions) -> Bool {
        var mouse = false
        if options.mouse {
            let mask = vigia_button1_pressed() | vigia_button1_clicked()
                | vigia_button4_pressed() | vigia_button5_pressed()
            if mousemask(mask, nil) != 0 {
                _ = mouseinterval(0)  // report presses at once instead of waiting to detect clicks
                mouse = has_mouse()
            }
        }
        return mouse
    }

    isolated deinit {
        close()
    }

    /// Ends curses mode and restores everything `init` changed. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        if capabilities.mouse { _ = mousemask(0, nil) }
        _ = curs_set(1)
        endwin()
        delscreen(screen)
        SignalGuard.restoreTerminalModes()
        SignalGuard.setActive(false)
        SignalGuard.uninstall()
        SignalGuard.restoreStandardError()
        Self.current = nil
    }

    /// The screen size curses is drawing for.
    public var size: Size {
        guard isOpen else { return Size(width: 0, height: 0) }
        return Size(width: Int(getmaxx(vigia_stdscr())), height: Int(getmaxy(vigia_stdscr())))
    }

    /// Reads the window size from the kernel and resizes curses' screens when it changed
    /// (SIGWINCH is ours, so ncurses does not do this by itself). Returns true on a change.
    @discardableResult
    public func synchronizeSize() -> Bool {
        guard isOpen else { return false }
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard vigia_window_size(STDOUT_FILENO, &rows, &columns) == 0, rows > 0, columns > 0 else { return false }
        guard is_term_resized(rows, columns) else { return false }
        _ = resizeterm(rows, columns)
        return true
    }

    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); returns after
    /// `fg`/SIGCONT with curses mode resumed. The caller redraws everything afterwards.
    public func suspend() {
        guard isOpen else { return }
        endwin()
        SignalGuard.restoreTerminalModes()
        SignalGuard.setActive(false)
        SignalGuard.stopSelf()
        resume()
    }

    /// Re-enters curses mode after the process was continued (after `suspend`, or after an
    /// external SIGSTOP/SIGCONT that may have let the shell change the terminal modes).
    public func resume() {
        guard isOpen else { return }
        _ = reset_prog_mode()
        SignalGuard.setActive(true)
        _ = clearok(vigia_curscr(), true)
        synchronizeSize()
    }

    // MARK: - Helpers

    /// Terminal descriptions to try, in order: `$TERM`, then widely installed fallbacks.
    nonisolated static func candidates(requested: String?) -> [String] {
        var names: [String] = []
        if let requested, !requested.isEmpty { names.append(requested) }
        for fallback in ["xterm-256color", "vt100"] where !names.contains(fallback) {
            names.append(fallback)
        }
        return names
    }

    /// `dumb` and friends cannot position the cursor.
    nonisolated static func isDumb(_ name: String) -> Bool {
        ["dumb", "unknown", "emacs"].contains(name.lowercased())
    }

    /// `$ESCDELAY` when it is a sensible number, else the option.
    nonisolated static func escapeDelay(option: Int, environmentValue: String? = environment("ESCDELAY")) -> Int {
        if let environmentValue, let value = Int(environmentValue), (0...10_000).contains(value) { return value }
        return max(0, option)
    }

    nonisolated static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// Bytes that reset the screen without curses (for crash handlers), taken from terminfo
    /// while it is loaded: leave keypad transmit and the alternate screen, show the cursor,
    /// plain attributes, and mouse reporting off.
    private static func resetSequence(mouse: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = vigia_tigetstr(capability) {
                bytes += withoutPadding(Array(String(cString: value).utf8))
            }
        }
        if mouse { bytes += Array("\u{1B}[?1000l\u{1B}[?1006l".utf8) }
        if vigia_tigetstr("rmcup") == nil { bytes += Array("\r\n".utf8) }
        return bytes
    }

    /// Removes terminfo padding (`$<5>`, `$<2*/>`) which only tputs understands.
    nonisolated static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = close + 1
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return out
    }
}
