import Foundation
import Testing
@testable import VigiaViews

@Test func zzScratchDump() throws {
    let s = ScreenTestSupport.self
    let routes: [(String, Route)] = [
        ("decrees", .screen(.decrees)), ("ecu", .countryDecrees("ECU")), ("slv", .countryDecrees("SLV")),
        ("d019", .decree("D019")), ("d039", .decree("D039")), ("e001", .event("E001")),
        ("programs", .screen(.programs)), ("pc", .program("plan_colombia")), ("pcy", .programYear("plan_colombia", 2009)),
        ("claims", .screen(.claims)), ("c13", .claim("C13")),
        ("src", .source("EC_POLICIA_ECUAVISA_2025", figure: .homicide(area: "ECU", year: 2023, measure: "count"))),
    ]
    let only = ProcessInfo.processInfo.environment["ONLY"]
    for (name, route) in routes where only == nil || only == name {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60), Size(width: 40, height: 12)] {
            for (gname, g) in [("u", GlyphSet.unicode), ("a", GlyphSet.ascii)] {
                let c = s.render(s.state(route), size: size, glyphs: g)
                var text = c.text
                if let cur = c.cursor { text += "\n[cursor \(cur.x),\(cur.y)]" }
                try text.write(toFile: "/tmp/vr/\(name)-\(size.width)x\(size.height)-\(gname).txt", atomically: true, encoding: .utf8)
            }
        }
    }
}
