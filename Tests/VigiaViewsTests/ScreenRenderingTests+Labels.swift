import Foundation
import Testing
import VigiaModel
@testable import VigiaViews

/// No internal identifier reaches a person: every screen, drill-down and card shows names,
/// citations and labels, while ids stay in the data files and `--format json`.
@Suite struct IdentifierLeakTests {
    let support = ScreenTestSupport.self

    /// Every route the test support can reach with the bundled data.
    static var routes: [Route] {
        let dataset = ScreenTestSupport.dashboard.dataset
        var routes: [Route] = ScreenID.allCases.map(Route.screen) + [.lessons, .scenario, .help]
        for country in dataset.countries.map(\.iso3) {
            routes += [.country(country), .countryDecrees(country)]
        }
        routes += [.countryYear("ECU", 2024), .countryYear("SLV", 2019), .countryYear("MEX", 2010)]
        routes += dataset.decrees.map { .decree($0.id) }
        routes += dataset.events.map { .event($0.id) }
        for program in dataset.programs {
            routes.append(.program(program.id))
            if let year = dataset.funding(of: program.id).first?.fiscalYear { routes.append(.programYear(program.id, year)) }
        }
        routes += dataset.claims.map { .claim($0.id) }
        routes += dataset.sources.map { .source($0.id, figure: nil) }
        routes.append(.source("UNODC_OWID", figure: .homicide(area: "ECU", year: 2023, measure: HomicideMeasure.ratePer100k.rawValue)))
        for lesson in dataset.lessons {
            for column in LessonMatrix.standardColumns { routes.append(.lessonCell(lesson.id, column.id)) }
        }
        return routes
    }

    /// snake_case or UPPER_SNAKE keys, `DEC-S`/`PRG-` source ids, decree, event and claim ids,
    /// and the data folder's file names.
    static let patterns: [(name: String, regex: NSRegularExpression)] = [
        ("snake_case key", #"\b[A-Za-z0-9]+(_[A-Za-z0-9]+)+\b"#),
        ("source id", #"\b(DEC-S|PRG-[SP])[0-9]+"#),
        ("record id", #"\b([DE][0-9]{3}|C[0-9]{2})\b"#),
        ("data file name", "\\b(" + DataFile.allCases.map { NSRegularExpression.escapedPattern(for: $0.fileName) }.joined(separator: "|") + ")"),
    ].map { ($0.0, try! NSRegularExpression(pattern: $0.1)) }

    /// Addresses, titles and file locations of sources are shown as stored (a dataset's file and
    /// column names are what identifies it), so underscores there are not Vigía's ids.
    static let addresses: [String] = ScreenTestSupport.dashboard.dataset.sources.flatMap { $0.urls + [$0.title] + [$0.location].compactMap { $0 } }

    /// The offending tokens of one line, with what kind of id each is.
    static func leaks(in line: String) -> [String] {
        let range = NSRange(line.startIndex..., in: line)
        return patterns.flatMap { name, regex in
            regex.matches(in: line, range: range).compactMap { match -> String? in
                guard let token = Range(match.range, in: line).map({ String(line[$0]) }),
                      !addresses.contains(where: { $0.contains(token) }) else { return nil }
                return "\(name) \(token)"
            }
        }
    }

    @Test func noScreenShowsAnIdentifier() {
        let size = Size(width: 200, height: 60)
        for route in Self.routes {
            var state = support.state(route)
            if case .scenario = route { state.stack = [.screen(.programs), .scenario] }
            let canvas = support.render(state, size: size)
            for y in 0..<canvas.size.height {
                let line = canvas.line(y)
                let found = Self.leaks(in: line)
                #expect(found.isEmpty, "\(route): \(found.joined(separator: ", ")) in line \(y): \(line)")
            }
        }
    }

    @Test func sourcesAreCitedByPublisherAndYear() throws {
        let dataset = support.dashboard.dataset
        #expect(try #require(dataset.source("UNODC_OWID")).shortCitation == "UNODC via Our World in Data, 2025")
        #expect(try #require(dataset.source("PRG-S01")).shortCitation == "U.S. GAO, 2008")
        #expect(dataset.citation("NO_SUCH_SOURCE") == "unknown source")
        #expect(dataset.citingInWords("as GAO said [PRG-S01] and [not an id]") == "as GAO said [U.S. GAO, 2008] and [not an id]")
    }

    @Test func exportsGiveHumanHeadersButKeepJSONKeys() throws {
        let table = ScreenExport.table(for: .programs, dashboard: support.dashboard, state: support.dashboard.initialState())
        #expect(table.csv.hasPrefix("Program,Fiscal year,From fiscal year,Span,Category,Group,USD millions,Dollars,Basis,Qualifier,Source,Note\r\n"))
        #expect(try table.json().contains("\"usd_millions\""))
    }
}
