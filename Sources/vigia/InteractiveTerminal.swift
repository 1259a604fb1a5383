import ArgumentParser
import VigiaTerminal
import VigiaViews

/// Opens the terminal the same way for every interactive command (the dashboard, a briefing,
/// follow mode): options from the flags, a clear one-line error when the terminal cannot be
/// used, the theme and glyphs the terminal can show, a `TerminalRunner` to drive the command's
/// `InteractiveLoop` with, and the session closed on every path.
enum InteractiveTerminal {
    static func run(display: DisplayOptions, mouse: Bool, _ body: @MainActor (TerminalRunner, Theme, GlyphSet) throws -> Int32) throws -> Int32 {
        var options = TerminalOptions()
        options.forceASCII = display.ascii
        options.monochrome = display.theme == .mono
        options.mouse = mouse
        return try MainActor.assumeIsolated { () throws -> Int32 in
            let session: TerminalSession
            do {
                session = try TerminalSession(options: options)
            } catch let error as TerminalError {
                StandardError.write("vigia: \(error.description)")
                throw ExitCode(1)
            }
            defer { session.close() }
            let theme = display.resolvedTheme(monochrome: session.capabilities.colorDepth == .none)
            let glyphs: GlyphSet = session.capabilities.unicode ? .unicode : .ascii
            return try body(TerminalRunner(session: session), theme, glyphs)
        }
    }
}
