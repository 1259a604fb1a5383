import Testing
@testable import VigiaViews

@Test func rectIntersectionAndSplits() {
    let a = Rect(x: 0, y: 0, width: 10, height: 5)
    #expect(a.intersection(Rect(x: 8, y: 3, width: 10, height: 10)) == Rect(x: 8, y: 3, width: 2, height: 2))
    #expect(a.intersection(Rect(x: 20, y: 0, width: 3, height: 3)).isEmpty)
    #expect(a.contains(x: 9, y: 4))
    #expect(!a.contains(x: 10, y: 4))
    let (top, rest) = a.splitTop(2)
    #expect(top == Rect(x: 0, y: 0, width: 10, height: 2))
    #expect(rest == Rect(x: 0, y: 2, width: 10, height: 3))
    let (left, right) = a.splitLeft(12)
    #expect(left == a)
    #expect(right.isEmpty)
}

@Test func clippedPutStaysInside() {
    var canvas = Canvas(size: Size(width: 10, height: 3), fill: sentinel)
    let clip = Rect(x: 2, y: 1, width: 4, height: 1)
    #expect(canvas.put("Ecuador", x: 2, y: 1, style: .plain, clip: clip) == 4)
    #expect(canvas.put("X", x: 1, y: 1, style: .plain, clip: clip) == 0)
    #expect(canvas.put("X", x: 2, y: 0, style: .plain, clip: clip) == 0)
    #expect(canvas.line(1) == "@@Ecua@@@@")
    // A wide glyph that would straddle the edge is not drawn at all.
    #expect(canvas.put("ab中", x: 2, y: 1, style: .plain, clip: Rect(x: 2, y: 1, width: 3, height: 1)) == 2)
}

@Test func truncationUsesEllipsisOnlyWhenCut() {
    #expect(TextFit.truncate("Ecuador", to: 7, ellipsis: "…") == "Ecuador")
    #expect(TextFit.truncate("Ecuador", to: 5, ellipsis: "…") == "Ecua…")
    #expect(TextFit.truncate("Ecuador", to: 1, ellipsis: "…") == "…")
    #expect(TextFit.truncate("Ecuador", to: 0, ellipsis: "…") == "")
    #expect(TextFit.truncate("México", to: 4, ellipsis: "~") == "Méx~")
    #expect(TextFit.pad("45.7", to: 6, alignment: .right, ellipsis: "…") == "  45.7")
    #expect(TextFit.pad("a\u{1B}b", to: 4, alignment: .left, ellipsis: "…") == "a\u{FFFD}b ")
}

@Test func numbersIgnoreLocaleAndNeverShowMissingAsZero() {
    #expect(NumberText.fixed(45.72, decimals: 1) == "45.7")
    #expect(NumberText.fixed(-3.25, decimals: 1) == "-3.3")
    #expect(NumberText.fixed(-0.04, decimals: 1) == "0.0")
    #expect(NumberText.fixed(7, decimals: 0) == "7")
    #expect(NumberText.fixed(0.05, decimals: 2) == "0.05")
    #expect(NumberText.fixed(nil, decimals: 1) == "n/a")
    #expect(NumberText.fixed(.infinity, decimals: 1) == "n/a")
    #expect(NumberText.tick(20_000, step: 5000) == "20k")
    #expect(NumberText.tick(5000, step: 5000) == "5000")
    #expect(NumberText.tick(2_000_000, step: 1_000_000) == "2M")
    #expect(NumberText.tick(0.25, step: 0.05) == "0.25")
    #expect(NumberText.tick(10, step: 10) == "10")
}

@Test func niceScaleRoundsToOneTwoFive() {
    let scale = NiceScale(low: 0, high: 47, maxTicks: 6)
    #expect(scale.step == 10)
    #expect(scale.ticks == [0, 10, 20, 30, 40, 50])
    let small = NiceScale(low: 0.3, high: 1.7, maxTicks: 4)
    #expect(small.step == 0.5)
    #expect(small.lower == 0)
    #expect(small.upper == 2)
    let flat = NiceScale(low: 0, high: 0, maxTicks: 3)
    #expect(flat.upper > flat.lower)
}

@Test func aShortAxisDoesNotLeaveAThirdOfItselfEmpty() {
    // Three ticks for a highest value of 105: not 0, 100, 200 (half the chart empty).
    let short = NiceScale(low: 0, high: 105, maxTicks: 3)
    #expect(short.ticks == [0, 50, 100])
    #expect(short.upper == 110, "the top is a fifth of a step above the data, not on a tick")
    let fifty = NiceScale(low: 0, high: 51, maxTicks: 3)
    #expect(fifty.ticks == [0, 20, 40])
    #expect(fifty.upper == 52)
    // When the smaller step's ticks would not fit, the step stays and the top comes down.
    let sixtyTwo = NiceScale(low: 0, high: 62, maxTicks: 3)
    #expect(sixtyTwo.ticks == [0, 50])
    #expect(sixtyTwo.upper == 70)
    // A highest value on a fifth of a step still has room above it.
    #expect(NiceScale(low: 0, high: 60, maxTicks: 3).upper == 70)
    // Where the rule leaves little room above the data, the top stays on a tick.
    #expect(NiceScale(low: 0, high: 180, maxTicks: 3).ticks == [0, 100, 200])
    // Whichever rule places the top: it covers the data, the ticks start at the bottom, and
    // no whole empty step is left above the last tick.
    for high in stride(from: 1.0, through: 500, by: 0.5) {
        for maxTicks in 2...8 {
            let scale = NiceScale(low: 0, high: high, maxTicks: maxTicks)
            let last = scale.ticks.last ?? .nan
            #expect(scale.upper >= high && scale.ticks.first == scale.lower && last <= scale.upper + 1e-9 && scale.upper - last < scale.step,
                    "\(high) \(maxTicks): \(scale.ticks) \(scale.upper)")
        }
    }
}

@Test func calendarDaysRoundTrip() {
    #expect(CalendarDay.number(year: 1970, month: 1, day: 1) == 0)
    #expect(CalendarDay.number(year: 2024, month: 1, day: 9) == 19_731)
    #expect(CalendarDay.number(year: 1969, month: 12, day: 31) == -1)
    for number in [-800.0, 0, 11_016, 19_782, 19_783, 20_000, 30_000] {
        let c = CalendarDay.components(of: number)
        #expect(CalendarDay.number(year: c.year, month: c.month, day: c.day) == number)
    }
    #expect(CalendarDay.components(of: CalendarDay.number(year: 2024, month: 2, day: 29)) == (2024, 2, 29))
}

@Test func scrollingMovesAsLittleAsPossible() {
    #expect(Scrolling.offset(selected: 7, count: 10, visible: 3, previous: 0) == 5)
    #expect(Scrolling.offset(selected: 7, count: 10, visible: 3, previous: 6) == 6)
    #expect(Scrolling.offset(selected: 2, count: 10, visible: 3, previous: 5) == 2)
    #expect(Scrolling.offset(selected: nil, count: 10, visible: 3, previous: 99) == 7)
    #expect(Scrolling.offset(selected: 3, count: 10, visible: 0, previous: 4) == 0)
}
