import Foundation
import Testing
import VigiaModel
@testable import VigiaViews

/// Every screen, drill-down and card, rendered at 80×24, 120×40 and 200×60, must match the
/// frames recorded in `Renders/`: a refactoring that is meant to change nothing is checked
/// against what users saw before it, text and colour alike.
///
/// After an intended change, record new frames with `VIGIA_RECORD_RENDERS=1 swift test
/// --filter RenderFixtureTests` and review the diff of `Renders/` like any other change.
@Suite struct RenderFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var route: Route

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "overview", route: .screen(.overview)),
        Case(name: "homicides", route: .screen(.homicides)),
        Case(name: "decrees", route: .screen(.decrees)),
        Case(name: "programs", route: .screen(.programs)),
        Case(name: "claims", route: .screen(.claims)),
        Case(name: "map", route: .screen(.map)),
        Case(name: "help", route: .help),
        Case(name: "data-status", route: .dataStatus),
        Case(name: "lessons", route: .lessons),
        Case(name: "lesson-cell", route: .lessonCell("kingpin_targeting", "merida")),
        Case(name: "scenario", route: .scenario),
        Case(name: "country-ECU", route: .country("ECU")),
        Case(name: "country-year-ECU-2023", route: .countryYear("ECU", 2023)),
        Case(name: "country-year-ECU-2025", route: .countryYear("ECU", 2025)),
        Case(name: "country-year-MEX-2025", route: .countryYear("MEX", 2025)),
        Case(name: "country-decrees-ECU", route: .countryDecrees("ECU")),
        Case(name: "country-decrees-SLV", route: .countryDecrees("SLV")),
        Case(name: "country-decrees-HND", route: .countryDecrees("HND")),
        Case(name: "decree-D019", route: .decree("D019")),
        Case(name: "decree-D024", route: .decree("D024")),
        Case(name: "event-E042", route: .event("E042")),
        Case(name: "program-plan_colombia", route: .program("plan_colombia")),
        Case(name: "program-us_ecuador_assistance", route: .program("us_ecuador_assistance")),
        Case(name: "program-year-plan_colombia-2000", route: .programYear("plan_colombia", 2000)),
        Case(name: "claim-C11", route: .claim("C11")),
        Case(name: "source-UNODC_OWID", route: .source("UNODC_OWID", figure: nil)),
        Case(name: "source-of-a-value", route: .source("EC_POLICIA_ECUAVISA_2025", figure: .homicide(area: "ECU", year: 2023, measure: "count"))),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Renders")
    static let recording = ProcessInfo.processInfo.environment["VIGIA_RECORD_RENDERS"] == "1"

    @Test(arguments: cases)
    func frameMatchesTheRecording(_ testCase: Case) throws {
        let state = ScreenTestSupport.state(testCase.route)
        var frames: [String] = []
        for size in ScreenTestSupport.sizes {
            let canvas = ScreenTestSupport.render(state, size: size)
            frames.append("── \(size.width)x\(size.height) text\n" + canvas.text)
            frames.append("── \(size.width)x\(size.height) colour\n" + AnsiRenderer().render(canvas))
        }
        let ascii = ScreenTestSupport.render(state, size: ScreenTestSupport.sizes[0], glyphs: .ascii)
        frames.append("── 80x24 ascii\n" + ascii.text)
        let frame = frames.joined(separator: "\n")
        let file = Self.folder.appendingPathComponent(testCase.name + ".txt")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try frame.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let recorded = try String(contentsOf: file, encoding: .utf8)
        guard recorded != frame else { return }
        let old = recorded.split(separator: "\n", omittingEmptySubsequences: false)
        let new = frame.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        Issue.record("""
            \(testCase.name) differs from Renders/\(testCase.name).txt at line \(line + 1):
            recorded: \(line < old.count ? String(old[line]) : "<end>")
            now:      \(line < new.count ? String(new[line]) : "<end>")
            """)
    }
}
