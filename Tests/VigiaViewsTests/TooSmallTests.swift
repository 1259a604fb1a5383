import Testing
@testable import VigiaViews

/// The notice shown instead of a squashed dashboard, in the terminal and in `vigia render`.
@Suite struct TooSmallTests {
    func notice(_ size: Size, minimum: Size = Frame.minimumSize, glyphs: GlyphSet = .unicode) -> Canvas {
        TooSmallNotice.canvas(size: size, minimum: minimum, glyphs: glyphs, style: Style()) ?? Canvas(size: Size(width: 0, height: 0))
    }

    @Test func centredOnOneLineWhenItFits() {
        let canvas = notice(Size(width: 60, height: 5), minimum: Size(width: 80, height: 24))
        #expect(canvas.line(2).trimmed() == "Terminal too small: need 80×24, have 60×5")
        #expect(canvas.line(0).isEmpty && canvas.line(4).isEmpty)
        let leading = canvas.line(2).prefix { $0 == " " }.count
        #expect(leading == (60 - "Terminal too small: need 80×24, have 60×5".count) / 2)
    }

    @Test func asciiUsesX() {
        let canvas = notice(Size(width: 39, height: 11), glyphs: .ascii)
        #expect(canvas.text.contains("need 40x12,"))
        #expect(canvas.text.contains("39x11"))
    }

    @Test func wrapsInNarrowWindows() {
        let canvas = notice(Size(width: 20, height: 6))
        let lines = (0..<6).map { canvas.line($0).trimmed() }.filter { !$0.isEmpty }
        #expect(lines == ["Terminal too small:", "need 40×12, have", "20×6"])
    }

    @Test func theSizesStayTogetherWhenTheyFit() {
        let lines = TooSmallNotice.lines(size: Size(width: 39, height: 11), minimum: Frame.minimumSize, unicode: true)
        #expect(lines == ["Terminal too small:", "need 40×12, have 39×11"])
    }

    @Test func nothingAtOrAboveTheMinimum() {
        #expect(TooSmallNotice.canvas(size: Frame.minimumSize, minimum: Frame.minimumSize, glyphs: .unicode, style: Style()) == nil)
    }

    @Test func tinyWindowsDoNotCrash() {
        for width in 0...4 {
            for height in 0...2 {
                #expect(notice(Size(width: width, height: height)).size == Size(width: width, height: height))
            }
        }
    }

    @Test func wordWrap() {
        #expect(TooSmallNotice.wrap("aa bb cc", width: 5) == ["aa bb", "cc"])
        #expect(TooSmallNotice.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(TooSmallNotice.wrap("", width: 3) == [])
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
