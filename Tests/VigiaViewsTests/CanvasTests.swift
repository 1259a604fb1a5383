import Testing
@testable import VigiaViews

@Test func putClipsAndSanitizes() {
    var canvas = Canvas(size: Size(width: 10, height: 2))
    let written = canvas.put("Ecuador\u{1B}[31m 45.72", x: 0, y: 0)
    #expect(written == 10)
    #expect(canvas.line(0) == "Ecuador\u{FFFD}[3")
    #expect(canvas.line(1) == "")
}
