import Testing
import VigiaViews

/// `Canvas.diff`: what `CanvasPresenter` sends to the terminal, decided without curses.
@Suite struct CanvasDiffTests {
    let size = Size(width: 10, height: 3)

    @Test func identicalCanvasesChangeNothing() {
        var canvas = Canvas(size: size)
        canvas.put("hello", x: 1, y: 1)
        #expect(Canvas.diff(canvas, canvas).isEmpty)
    }

    @Test func withoutAPreviousFrameEveryRowIsDrawn() {
        let runs = Canvas.diff(nil, Canvas(size: size))
        #expect(runs == (0..<3).map { Canvas.Run(y: $0, columns: 0..<10) })
    }

    @Test func aResizedCanvasIsDrawnInFull() {
        let runs = Canvas.diff(Canvas(size: Size(width: 9, height: 3)), Canvas(size: size))
        #expect(runs.count == 3 && runs.allSatisfy { $0.columns == 0..<10 })
    }

    @Test func changedCellsBecomeRunsPerRow() {
        let old = Canvas(size: size)
        var new = old
        new.put("ab", x: 2, y: 0)
        new.put("x", x: 6, y: 0)
        new.put("z", x: 9, y: 2)
        #expect(Canvas.diff(old, new) == [
            Canvas.Run(y: 0, columns: 2..<4), Canvas.Run(y: 0, columns: 6..<7), Canvas.Run(y: 2, columns: 9..<10),
        ])
    }

    @Test func aStyleChangeAloneIsAChange() {
        var old = Canvas(size: size)
        old.put("a", x: 0, y: 1)
        var new = Canvas(size: size)
        new.put("a", x: 0, y: 1, style: Style(attributes: .bold))
        #expect(Canvas.diff(old, new) == [Canvas.Run(y: 1, columns: 0..<1)])
    }

    @Test func aWideGlyphIsRedrawnWithItsContinuationCell() {
        let old = Canvas(size: size)
        var new = old
        new.put("中", x: 4, y: 0)
        #expect(new[5, 0].isContinuation)
        #expect(Canvas.diff(old, new) == [Canvas.Run(y: 0, columns: 4..<6)])
        // Replacing it: the cell that was its continuation goes too, and so does its owner.
        var after = new
        after.put("ab", x: 4, y: 0)
        #expect(Canvas.diff(new, after) == [Canvas.Run(y: 0, columns: 4..<6)])
    }

    @Test func anEmptyCanvasHasNothingToDraw() {
        #expect(Canvas.diff(nil, Canvas(size: Size(width: 0, height: 4))).isEmpty)
    }
}
