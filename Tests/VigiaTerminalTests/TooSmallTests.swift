import Testing
import VigiaViews
@testable import VigiaTerminal

/// The message shown instead of a squashed dashboard.
@Suite struct TooSmallTests {
    @Test func centredOnOneLineWhenItFits() {
        let canvas = TerminalRunner.tooSmallCanvas(
            size: Size(width: 60, height: 5), minimum: Size(width: 80, height: 24), unicode: true)
        #expect(canvas.line(2).trimmed() == "Terminal too small: need 80×24, have 60×5")
        #expect(canvas.line(0).isEmpty && canvas.line(4).isEmpty)
        let leading = canvas.line(2).prefix { $0 == " " }.count
        #expect(leading == (60 - "Terminal too small: need 80×24, have 60×5".count) / 2)
    }

    @Test func asciiUsesX() {
        let canvas = TerminalRunner.tooSmallCanvas(
            size: Size(width: 39, height: 11), minimum: Size(width: 40, height: 12), unicode: false)
        #expect(canvas.text.contains("need 40x12,"))
        #expect(canvas.text.contains("39x11"))
    }

    @Test func wrapsInNarrowWindows() {
        let canvas = TerminalRunner.tooSmallCanvas(
            size: Size(width: 20, height: 6), minimum: Size(width: 40, height: 12), unicode: true)
        let lines = (0..<6).map { canvas.line($0).trimmed() }.filter { !$0.isEmpty }
        #expect(lines == ["Terminal too small:", "need 40×12, have", "20×6"])
    }

    @Test func tinyWindowsDoNotCrash() {
        for width in 0...4 {
            for height in 0...2 {
                let canvas = TerminalRunner.tooSmallCanvas(
                    size: Size(width: width, height: height), minimum: Size(width: 40, height: 12), unicode: true)
                #expect(canvas.size == Size(width: width, height: height))
            }
        }
    }

    @Test func wordWrap() {
        #expect(TerminalRunner.wrap("aa bb cc", width: 5) == ["aa bb", "cc"])
        #expect(TerminalRunner.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(TerminalRunner.wrap("", width: 3) == [])
    }
}

extension String {
    /// The string without leading and trailing spaces.
    func trimmed() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
