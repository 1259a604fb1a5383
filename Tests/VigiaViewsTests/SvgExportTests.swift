import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import VigiaModel
@testable import VigiaViews

/// Charts as files: well-formed SVG whose numbers are the data's, with title, axes, units,
/// legend and sources, and which a real renderer draws.
@Suite struct SvgExportTests {
    let dataset = ScreenTestSupport.dashboard.dataset

    /// Every element of a parsed SVG with its attributes and text, in document order.
    final class Elements: NSObject, XMLParserDelegate {
        var all: [(name: String, attributes: [String: String], text: String)] = []
        private var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            all.append((name, attributes, ""))
            open.append(all.count - 1)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = open.last { all[last].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func named(_ name: String) -> [(name: String, attributes: [String: String], text: String)] { all.filter { $0.name == name } }
        func texts(class name: String) -> [String] { all.filter { $0.attributes["class"] == name }.map(\.text) }
    }

    func parse(_ svg: String) throws -> Elements {
        let parser = XMLParser(data: Data(svg.utf8))
        let elements = Elements()
        parser.delegate = elements
        #expect(parser.parse(), "the SVG is not well-formed XML: \(String(describing: parser.parserError))")
        return elements
    }

    @Test func theHomicideChartCarriesTheDataValuesTitleAxesLegendAndSources() throws {
        let years = 2000...2025
        let chart = SvgHomicideChart(dataset: dataset, countries: ["ECU", "COL", "MEX"], years: years)
        let svg = try parse(chart.svg)
        #expect(svg.named("svg").first?.attributes["width"] == "960")
        #expect(svg.named("title").first?.text == "Homicide rate per 100,000 people, 2000–2025")
        #expect(svg.texts(class: "y-title") == ["per 100,000 people"])
        #expect(svg.texts(class: "x-tick") == ["2000", "2005", "2010", "2015", "2020", "2025"])
        #expect(svg.texts(class: "legend") == ["Ecuador", "Colombia", "Mexico"])
        let footer = svg.texts(class: "sources").joined(separator: " ")
        #expect(footer.hasPrefix("Sources: ") && footer.contains(dataset.citation("UNODC_OWID")))
        for code in ["ECU", "COL", "MEX"] {
            let series = dataset.series(code, .ratePer100k)
            let expected = years.compactMap { year in series.record(in: year).map { (year, $0.value, $0.source) } }
            let group = try #require(svg.all.firstIndex { $0.name == "g" && $0.attributes["data-iso3"] == code })
            let dots = svg.all[group...].dropFirst().prefix { $0.name != "g" }.filter { $0.name == "circle" }
            #expect(dots.count == expected.count)
            // One line per stretch of consecutive years from one source: a change of source breaks it.
            var stretches: [[Int]] = []
            for (index, value) in expected.enumerated() {
                if index > 0, expected[index - 1].0 == value.0 - 1, expected[index - 1].2 == value.2 {
                    stretches[stretches.count - 1].append(value.0)
                } else {
                    stretches.append([value.0])
                }
            }
            let lines = svg.all[group...].dropFirst().prefix { $0.name != "g" }.filter { $0.name == "polyline" }
            #expect(lines.count == stretches.filter { $0.count > 1 }.count, "\(code)")
            for (dot, value) in zip(dots, expected) {
                #expect(dot.attributes["data-year"] == String(value.0))
                #expect(Double(dot.attributes["data-value"] ?? "") == value.1)
                #expect(dot.attributes["data-source"] == value.2)
            }
        }
    }

    @Test func theMapFillsEachCountryByItsClassAndHatchesTheRest() throws {
        let rates = MapClasses.rates(dataset, year: 2023)
        let svg = try parse(SvgMap(dataset: dataset, year: 2023).svg)
        let paths = svg.named("path").filter { $0.attributes["class"] == "country" }
        #expect(paths.map { $0.attributes["data-iso3"] } == dataset.outlines.map(\.iso3))
        for path in paths {
            let code = try #require(path.attributes["data-iso3"])
            if let record = rates[code] {
                #expect(Double(path.attributes["data-value"] ?? "") == record.value)
                #expect(path.attributes["data-class"] == MapClasses.index(of: record.value).map { String($0 + 1) })
                #expect(path.attributes["fill"]?.hasPrefix("#") == true)
            } else {
                #expect(path.attributes["data-value"] == nil && path.attributes["fill"] == "url(#no-data)")
            }
        }
        #expect(svg.texts(class: "legend") == ["under 5", "5–10", "10–20", "20–40", "40 and over", "no data"])
        #expect(svg.texts(class: "sources").joined(separator: " ").contains("Outlines: Natural Earth"))
    }

    @Test func theDecreeTimelineHasOneMarkPerDatedMeasure() throws {
        let decrees = dataset.decrees(of: "ECU").filter { $0.start != nil }
        let svg = try parse(SvgDecreeTimeline(dataset: dataset, countries: ["ECU"]).svg)
        let marks = svg.all.filter { $0.attributes["class"] == "measure" }
        #expect(marks.map { $0.attributes["data-id"] } == decrees.map(\.id))
        #expect(marks.map { $0.attributes["data-start"] } == decrees.map { $0.start?.description })
        #expect(svg.texts(class: "row-label").count == decrees.count)
    }

    /// Several countries: each country's name heads its own rows, in the order given, and only
    /// the gang-violence measures when asked, as the Decrees screen shows them.
    @Test func theDecreeTimelineOfSeveralCountriesGroupsTheirMeasures() throws {
        let countries = ["SLV", "HND"]
        let chart = SvgDecreeTimeline(dataset: dataset, countries: countries, gangViolenceOnly: true)
        let svg = try parse(chart.svg)
        let expected = countries.flatMap { code in dataset.decrees(of: code).filter { $0.start != nil && $0.relevance == .gangViolence } }
        #expect(svg.all.filter { $0.attributes["class"] == "measure" }.map { $0.attributes["data-id"] } == expected.map(\.id))
        #expect(svg.texts(class: "country-label") == ["El Salvador", "Honduras"])
        #expect(svg.texts(class: "row-label").count == expected.count)
        #expect(svg.named("title").first?.text == "Emergency measures against gang violence, by country")
    }

    @Test func textFromTheDataIsEscaped() {
        #expect(SvgDocument.escape(#"A & B <c> "d" 'e'"#) == "A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;")
        #expect(SvgDocument.escape("bell\u{07}") == "bell ")
    }

    /// `rsvg-convert` (librsvg, as the distribution packages it) draws each chart to a PNG of the
    /// chart's size.
    @Test(arguments: ["homicides", "map", "decrees"])
    func aRealRendererDrawsIt(_ chart: String) throws {
        let svg: String
        switch chart {
        case "homicides": svg = SvgHomicideChart(dataset: dataset, countries: ["ECU", "COL", "MEX"], years: 2000...2025).svg
        case "map": svg = SvgMap(dataset: dataset, year: 2023).svg
        default: svg = SvgDecreeTimeline(dataset: dataset, countries: ["ECU"]).svg
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("chart.svg"), output = folder.appendingPathComponent("chart.png")
        try Data(svg.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rsvg-convert", "--output", output.path, input.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "rsvg-convert failed (apt-get install librsvg2-bin)")
        let png = [UInt8](try Data(contentsOf: output))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let expected = try parse(svg).named("svg").first?.attributes["width"].flatMap { Double($0) }
        #expect(Double(width) == expected)
    }
}
