@testable import VigiaViews

/// A cell that no widget draws, so any change to it is a write outside the widget's rect.
let sentinel = Cell("@", style: Style(foreground: .indexed(201), attributes: .underline))

/// Draws into `rect` of a sentinel-filled canvas and returns the positions outside `rect`
/// that changed (empty when the widget stayed inside).
func writesOutside(_ rect: Rect, canvasSize: Size = Size(width: 24, height: 12),
                   _ draw: (inout Canvas, Rect) -> Void) -> [Point] {
    var canvas = Canvas(size: canvasSize, fill: sentinel)
    draw(&canvas, rect)
    var changed: [Point] = []
    for y in 0..<canvasSize.height {
        for x in 0..<canvasSize.width where !rect.contains(x: x, y: y) && canvas[x, y] != sentinel {
            changed.append(Point(x: x, y: y))
        }
    }
    return changed
}

/// Renders with a fresh blank canvas of `width`×`height` and returns its text.
func render(_ width: Int, _ height: Int, _ draw: (inout Canvas, Rect) -> Void) -> String {
    var canvas = Canvas(size: Size(width: width, height: height))
    draw(&canvas, canvas.bounds)
    return canvas.text
}

/// The day number of a date, shorter to read in tests.
func day(_ year: Int, _ month: Int, _ day: Int) -> Double {
    CalendarDay.number(year: year, month: month, day: day)
}

/// Presets by name, so parameterised tests print a short argument instead of a whole theme.
let themes: [String: Theme] = ["dark": .dark, "light": .light, "mono": .mono]
let glyphSets: [String: GlyphSet] = ["unicode": .unicode, "ascii": .ascii]
