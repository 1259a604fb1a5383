import Testing
@testable import VigiaViews

private let esc = "\u{1B}["

@Test func transitionsEmitOnlyWhatChanged() {
    let renderer = AnsiRenderer()
    let red = Style(foreground: .indexed(203))
    let boldRed = red.adding(.bold)
    #expect(renderer.transition(from: .plain, to: .plain) == "")
    #expect(renderer.transition(from: .plain, to: boldRed) == esc + "1;38;5;203m")
    #expect(renderer.transition(from: red, to: boldRed) == esc + "1m")
    #expect(renderer.transition(from: boldRed, to: red) == esc + "0;38;5;203m")
    #expect(renderer.transition(from: red, to: Style(foreground: .indexed(81))) == esc + "38;5;81m")
    #expect(renderer.transition(from: .plain, to: Style(background: .ansi(1))) == esc + "41m")
    #expect(renderer.transition(from: .plain, to: Style(foreground: .ansi(9))) == esc + "91m")
    #expect(renderer.transition(from: Style(foreground: .ansi(9)), to: .plain) == esc + "39m")
    #expect(renderer.transition(from: Style(attributes: [.bold, .dim]), to: Style(attributes: .dim)) == esc + "0;2m")
}

@Test func renderedRunsShareOneEscape() {
    var canvas = Canvas(size: Size(width: 8, height: 2))
    canvas.put("ab", x: 0, y: 0)
    canvas.put("cdef", x: 2, y: 0, style: Style(attributes: .bold))
    canvas.restyle(Rect(x: 0, y: 1, width: 3, height: 1)) { _ in Style(background: .indexed(24)) }
    let output = AnsiRenderer().render(canvas)
    #expect(output == "ab" + esc + "1mcdef" + esc + "0m\n" + esc + "48;5;24m   " + esc + "0m")
}

@Test func renderedTextMatchesPlainTextWithoutStyles() {
    var canvas = Canvas(size: Size(width: 30, height: 4))
    Panel(title: "México 中").draw(into: &canvas, in: canvas.bounds, theme: .mono, glyphs: .unicode)
    let stripped = AnsiRenderer().render(canvas).replacingOccurrences(of: "\u{1B}[1m", with: "")
        .replacingOccurrences(of: "\u{1B}[0m", with: "")
    #expect(stripped == canvas.text)
}

@Test func rendererNeverPassesControlCharacters() {
    var canvas = Canvas(size: Size(width: 3, height: 1))
    canvas[0, 0] = Cell("\u{1B}")
    canvas[1, 0] = Cell("\u{9B}")
    let output = AnsiRenderer().render(canvas)
    #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" })
}
