import Testing
@testable import VigiaViews

@Test func gaugeComparesTwoShares() {
    let gauge = Gauge(rows: [
        .init(label: "Homicides", fraction: 0.33),
        .init(label: "Population", fraction: 0.08),
    ])
    let unicode = render(40, 2) { canvas, rect in gauge.draw(into: &canvas, in: rect, theme: .dark, glyphs: .unicode) }
    #expect(unicode == """
        Homicides  ███████▋░░░░░░░░░░░░░░░ 33.0%
        Population █▉░░░░░░░░░░░░░░░░░░░░░  8.0%
        """)
    let ascii = render(40, 2) { canvas, rect in gauge.draw(into: &canvas, in: rect, theme: .mono, glyphs: .ascii) }
    #expect(ascii == """
        Homicides  ########............... 33.0%
        Population ##.....................  8.0%
        """)
}

@Test func gaugeShowsMissingShareAsNotAvailable() {
    let gauge = Gauge(rows: [.init(label: "Share", fraction: nil), .init(label: "Full", fraction: 1.5, text: "150%")])
    let text = render(16, 2) { canvas, rect in gauge.draw(into: &canvas, in: rect, theme: .dark, glyphs: .ascii) }
    #expect(text == "Share .....  n/a\nFull  ##### 150%")
}
