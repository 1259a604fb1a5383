import Testing
import VigiaViews
@testable import VigiaTerminal

/// Detection rules that decide glyphs, colours and the terminal description to load.
@Suite struct CapabilitiesTests {
    @Test func utf8Codesets() {
        #expect(TerminalCapabilities.isUTF8(codeset: "UTF-8"))
        #expect(TerminalCapabilities.isUTF8(codeset: "utf8"))
        #expect(!TerminalCapabilities.isUTF8(codeset: "ANSI_X3.4-1968"))  // the C locale
        #expect(!TerminalCapabilities.isUTF8(codeset: "ISO-8859-1"))
        #expect(!TerminalCapabilities.isUTF8(codeset: ""))
    }

    @Test func asciiOverrideWins() {
        #expect(TerminalCapabilities.unicodeAllowed(codeset: "UTF-8", forceASCII: false))
        #expect(!TerminalCapabilities.unicodeAllowed(codeset: "UTF-8", forceASCII: true))
        #expect(!TerminalCapabilities.unicodeAllowed(codeset: "ANSI_X3.4-1968", forceASCII: false))
    }

    @Test func colourLadder() {
        #expect(ColorDepth.from(hasColors: true, colors: 256) == .twoFiftySix)
        #expect(ColorDepth.from(hasColors: true, colors: 16_777_216) == .twoFiftySix)
        #expect(ColorDepth.from(hasColors: true, colors: 88) == .sixteen)
        #expect(ColorDepth.from(hasColors: true, colors: 16) == .sixteen)
        #expect(ColorDepth.from(hasColors: true, colors: 8) == .eight)
        #expect(ColorDepth.from(hasColors: true, colors: 2) == .none)
        #expect(ColorDepth.from(hasColors: false, colors: 256) == .none)
    }

    @Test func noColorAndMonoTheme() {
        #expect(TerminalCapabilities.colorDepth(hasColors: true, colors: 256, monochrome: false, noColor: nil) == .twoFiftySix)
        #expect(TerminalCapabilities.colorDepth(hasColors: true, colors: 256, monochrome: false, noColor: "1") == .none)
        // no-color.org: an empty NO_COLOR does not count.
        #expect(TerminalCapabilities.colorDepth(hasColors: true, colors: 256, monochrome: false, noColor: "") == .twoFiftySix)
        #expect(TerminalCapabilities.colorDepth(hasColors: true, colors: 256, monochrome: true, noColor: nil) == .none)
    }

    @Test func terminalFallbackOrder() {
        #expect(TerminalSession.candidates(requested: "xterm-kitty") == ["xterm-kitty", "xterm-256color", "vt100"])
        #expect(TerminalSession.candidates(requested: nil) == ["xterm-256color", "vt100"])
        #expect(TerminalSession.candidates(requested: "") == ["xterm-256color", "vt100"])
        #expect(TerminalSession.candidates(requested: "vt100") == ["vt100", "xterm-256color"])
    }

    @Test func dumbTerminalsAreRefused() {
        #expect(TerminalSession.isDumb("dumb"))
        #expect(TerminalSession.isDumb("DUMB"))
        #expect(!TerminalSession.isDumb("vt100"))
    }

    @Test func escapeDelayRespectsTheEnvironment() {
        #expect(TerminalSession.escapeDelay(option: 25, environmentValue: nil) == 25)
        #expect(TerminalSession.escapeDelay(option: 25, environmentValue: "100") == 100)
        #expect(TerminalSession.escapeDelay(option: 25, environmentValue: "0") == 0)
        #expect(TerminalSession.escapeDelay(option: 25, environmentValue: "soon") == 25)
        #expect(TerminalSession.escapeDelay(option: 25, environmentValue: "-5") == 25)
    }

    @Test func terminfoPaddingIsStrippedFromResetBytes() {
        let sgr0 = Array("\u{1B}[m\u{0F}$<2>".utf8)
        #expect(TerminalSession.withoutPadding(sgr0) == Array("\u{1B}[m\u{0F}".utf8))
        #expect(TerminalSession.withoutPadding(Array("a$<5*/>b$c".utf8)) == Array("ab$c".utf8))
    }

    @Test func errorsExplainThemselves() {
        #expect(TerminalError.unsupportedTerminal(name: "dumb").description.contains("cannot move the cursor"))
        #expect(TerminalError.notATerminal(stream: "standard input").description.contains("ssh -t"))
        #expect(TerminalError.unknownTerminal(tried: ["foo", "vt100"]).description.contains("'foo', 'vt100'"))
    }

    @Test func exitStatuses() {
        #expect(TerminalRunner.Outcome.quit.exitStatus == 0)
        #expect(TerminalRunner.Outcome.signal(15).exitStatus == 143)
        #expect(TerminalRunner.Outcome.signal(2).exitStatus == 130)
        #expect(TerminalRunner.Outcome.hangup.exitStatus == 129)
    }
}
