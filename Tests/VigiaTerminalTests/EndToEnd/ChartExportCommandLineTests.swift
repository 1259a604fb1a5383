import Foundation
import Testing

/// `vigia export chart`: the SVG on standard output, and clear refusals of what it cannot draw.
@Suite struct ChartExportCommandLineTests {
    @Test func eachChartIsWrittenAsSVG() throws {
        for arguments in [["homicides", "--countries", "ECU,colombia,MEX", "--years", "2010-2024"], ["map", "--year", "2023"], ["decrees", "--country", "ECU"]] {
            let result = try BuiltProduct.run("vigia", ["export", "chart"] + arguments + ["--format", "svg"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#) && result.stdout.hasSuffix("</svg>\n"))
        }
        let homicides = try BuiltProduct.run("vigia", ["export", "chart", "homicides", "--countries", "ECU", "--years", "2010-2024"])
        #expect(homicides.stdout.contains("<title>Homicide rate per 100,000 people, 2010–2024</title>"))
        #expect(homicides.stdout.contains(#"data-year="2023" data-value="45.72" data-source="UNODC_OWID""#))
    }

    @Test func whatCannotBeDrawnIsRefusedClearly() throws {
        let cases: [([String], String)] = [
            (["chart", "homicides", "--countries", "ECU,XXX"], #"no country "XXX""#),
            (["chart", "homicides"], "chart homicides needs --countries"),
            (["chart", "homicides", "--countries", "ECU", "--years", "1990-2000"], "is outside the homicide data"),
            (["chart", "map", "--format", "csv"], "a chart is written as SVG"),
            (["chart", "pie"], "chart is one of: homicides, map, decrees"),
            (["homicides", "--format", "svg"], "svg is for charts"),
        ]
        for (arguments, message) in cases {
            let result = try BuiltProduct.run("vigia", ["export"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty && result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }
}
