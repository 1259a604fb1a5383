import Testing
@testable import VigiaViews

@Test func focusedPanelShowsTitleBadgeAndHeavyFrame() {
    var interior = Rect(x: 0, y: 0, width: 0, height: 0)
    let text = render(30, 4) { canvas, rect in
        interior = Panel(title: "Homicides", badge: "/ecu", isFocused: true)
            .draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode)
    }
    #expect(text == """
        ┏━ ▸ Homicides ━━━━━━━ /ecu ━┓
        ┃                            ┃
        ┃                            ┃
        ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
        """)
    #expect(interior == Rect(x: 1, y: 1, width: 28, height: 2))
}

@Test func asciiPanelUsesPlusAndDash() {
    let text = render(20, 3) { canvas, rect in
        Panel(title: "Decrees").draw(into: &canvas, in: rect, theme: .mono, glyphs: .ascii)
    }
    #expect(text == """
        +- Decrees --------+
        |                  |
        +------------------+
        """)
}

@Test func badgeGivesWayToTheTitle() {
    let narrow = render(16, 2) { canvas, rect in
        Panel(title: "Homicides", badge: "3/22").draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode)
    }
    #expect(narrow.split(separator: "\n").first == "┌─ Homicides ──┐")
    let wide = render(24, 2) { canvas, rect in
        Panel(title: "Homicides", badge: "3/22").draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode)
    }
    #expect(wide.split(separator: "\n").first == "┌─ Homicides ─── 3/22 ─┐")
    let cut = render(10, 2) { canvas, rect in
        Panel(title: "Homicides").draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode)
    }
    #expect(cut.split(separator: "\n").first == "┌─ Homi… ┐")
}

@Test func tinyPanelsDrawWhatFits() {
    var canvas = Canvas(size: Size(width: 2, height: 2))
    let interior = Panel(title: "X").draw(into: &canvas, in: canvas.bounds, theme: .dark, glyphs: .unicode)
    #expect(canvas.text == "┌┐\n└┘")
    #expect(interior.isEmpty)
    var line = Canvas(size: Size(width: 5, height: 1))
    let none = Panel(title: "Homicides").draw(into: &line, in: line.bounds, theme: .dark, glyphs: .unicode)
    #expect(line.text == "Homi…")
    #expect(none.isEmpty)
}

@Test func panelTitleIsSanitised() {
    let text = render(20, 2) { canvas, rect in
        Panel(title: "A\u{1B}[2J").draw(into: &canvas, in: rect, theme: .dark, glyphs: .ascii)
    }
    #expect(!text.contains("\u{1B}"))
    #expect(text.hasPrefix("+- A\u{FFFD}[2J -"))
}
