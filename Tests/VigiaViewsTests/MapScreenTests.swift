import Testing
import VigiaModel
@testable import VigiaViews

/// The Map drawn headless at the three reference sizes, and its keys.
@Suite struct MapScreenTests {
    let support = ScreenTestSupport.self
    static let sizes = ScreenTestSupport.sizes.map { "\($0.width)x\($0.height)" }

    /// The map state with `code` selected.
    func state(selecting code: String, year: Int = 2023) throws -> AppState {
        var state = support.state(.screen(.map))
        state.year = year
        let rows = support.dashboard.rows(ListKey(.screen(.map)), in: state)
        let index = rows.firstIndex(where: { $0.target.countryCode == code })
        let found: Int = try #require(index)
        state.selection[ListKey(.screen(.map))] = found
        return state
    }

    /// The mean column and row of the map cells drawn in the selection style with `code` selected
    /// (mono theme: reverse video marks the selected country and nothing else on the map).
    func selectedCells(_ code: String, size: Size, glyphs: GlyphSet) throws -> (x: Double, y: Double, count: Int) {
        let canvas = support.render(try state(selecting: code), size: size, glyphs: glyphs, theme: .mono)
        let mapWidth = size.width - MapScreen.legendWidth
        var xs: [Int] = [], ys: [Int] = []
        for y in 3..<(size.height - 2) {
            for x in 1..<(mapWidth - 1) where canvas[x, y].style == Theme.mono.selection {
                xs.append(x)
                ys.append(y)
            }
        }
        let count = max(xs.count, 1)
        return (Double(xs.reduce(0, +)) / Double(count), Double(ys.reduce(0, +)) / Double(count), xs.count)
    }

    static func size(_ text: String) -> Size {
        let parts = text.split(separator: "x").compactMap { Int($0) }
        return Size(width: parts[0], height: parts[1])
    }

    @Test(arguments: sizes, ["unicode", "ascii"])
    func ecuadorLiesWestOfBrazilAndSouthOfColombia(_ size: String, _ glyphs: String) throws {
        let size = Self.size(size), glyphs = glyphSets[glyphs]!
        let ecuador = try selectedCells("ECU", size: size, glyphs: glyphs)
        let brazil = try selectedCells("BRA", size: size, glyphs: glyphs)
        let colombia = try selectedCells("COL", size: size, glyphs: glyphs)
        #expect(ecuador.count > 0 && brazil.count > ecuador.count && colombia.count > 0)
        #expect(ecuador.x < brazil.x)
        #expect(ecuador.y > colombia.y)
    }

    @Test(arguments: sizes, ["SLV", "JAM", "TTO"])
    func smallCountriesStayVisibleAndSelectable(_ size: String, _ code: String) throws {
        let cells = try selectedCells(code, size: Self.size(size), glyphs: .unicode)
        #expect(cells.count > 0)
        let canvas = support.render(try state(selecting: code), size: Self.size(size))
        #expect(canvas.text.contains(support.dashboard.dataset.areaName(code)))
    }

    @Test(arguments: sizes)
    func theLegendNamesEveryClassAndItsRange(_ size: String) throws {
        let canvas = support.render(try state(selecting: "ECU"), size: Self.size(size))
        let text = canvas.text
        for label in ["under 5", "5–10", "10–20", "20–40", "40 and over", "no data"] { #expect(text.contains(label)) }
        let rate = try #require(support.dashboard.dataset.series("ECU", .ratePer100k).value(in: 2023))
        #expect(text.contains("\(Format.rate(rate)) per 100k (class 5)"))
        // The rate's source is read in full, wrapped where the panel is narrow.
        let source = try #require(support.dashboard.dataset.series("ECU", .ratePer100k).record(in: 2023)?.source)
        let citation = support.dashboard.dataset.citation(source)
        // The legend is the rightmost panel: read its lines' words in order.
        let legend = text.split(separator: "\n").map { String($0.suffix(29).dropLast()) }.joined(separator: " ")
        let words = legend.split(separator: " ").joined(separator: " ")
        #expect(words.contains(citation), "\(citation)")
        #expect(support.widestLine(canvas) <= Self.size(size).width)
    }

    @Test(arguments: ["60x16", "40x12"])
    func aMapTooNarrowForTheLegendKeepsItsScaleUnderneath(_ size: String) throws {
        let canvas = support.render(try state(selecting: "ECU"), size: Self.size(size))
        let text = canvas.text
        #expect(!text.contains("Legend"))
        for label in ["1 under 5", "2 5–10", "3 10–20", "4 20–40", "5 40 and over", "no data"] { #expect(text.contains(label), "\(label)") }
        #expect(support.widestLine(canvas) <= Self.size(size).width)
    }

    @Test func asciiDrawsTheMapWithShadingCharactersOnly() throws {
        let canvas = support.render(try state(selecting: "ECU"), size: Size(width: 120, height: 40), glyphs: .ascii)
        #expect(support.unicodeOnlyGlyphs(canvas).isEmpty)
        for shade in MapPicture.asciiShades { #expect(canvas.text.contains(String(repeating: shade, count: 2))) }
    }

    @Test func aCountryWithoutARateThatYearIsDrawnAsNoData() throws {
        let dataset = support.dashboard.dataset
        let years = try #require(dataset.homicideYears)
        let gap = try #require(years.lazy.compactMap { year in
            dataset.countries.first { dataset.series($0.iso3, .ratePer100k).value(in: year) == nil }.map { ($0.iso3, year) }
        }.first)
        let picture = MapScreen.picture(dataset, year: gap.1, selected: nil)
        let index = try #require(dataset.outlines.firstIndex { $0.iso3 == gap.0 })
        #expect(picture.classes[index] == nil)
        #expect(picture.marker(index) == MapPicture.noDataMarker)
        let canvas = support.render(try state(selecting: gap.0, year: gap.1), size: Size(width: 120, height: 40))
        #expect(canvas.text.contains("no rate for \(gap.1)"))
    }

    @Test func digitSixAndTheMapCommandOpenTheMap() {
        let start = support.state(.screen(.decrees))
        #expect(support.press([.character("6")], from: start).route == .screen(.map))
        #expect(support.press([.character(":")] + support.typing("map") + [.enter], from: start).stack == [.screen(.map)])
        #expect(Route(words: ["map"], in: support.dashboard.dataset) == .screen(.map))
    }

    @Test func arrowsMoveToTheNearestCountryThatWay() throws {
        let dataset = support.dashboard.dataset
        let centers = Dictionary(uniqueKeysWithValues: dataset.outlines.map { ($0.iso3, $0.center) })
        let start = try state(selecting: "ECU")
        let origin = try #require(centers["ECU"])
        func selected(_ state: AppState) -> String? { support.dashboard.selectedRow(ListKey(.screen(.map)), in: state)?.target.countryCode }
        let east = try #require(selected(support.press([.right], from: start)))
        let west = try #require(selected(support.press([.down, .left], from: try state(selecting: "BRA"))))
        let north = try #require(selected(support.press([.up], from: start)))
        let south = try #require(selected(support.press([.down], from: start)))
        #expect(centers[east]!.longitude > origin.longitude)
        #expect(north != "ECU" && centers[north]!.latitude > origin.latitude)
        #expect(south != "ECU" && centers[south]!.latitude < origin.latitude)
        #expect(west != "BRA")
        // Nothing lies west of Mexico's centre among the mapped countries: the selection stays.
        #expect(selected(support.press([.left], from: try state(selecting: "MEX"))) == "MEX")
    }

    @Test func bracketsChangeTheYearAndEnterOpensTheCountry() throws {
        let start = try state(selecting: "COL", year: 2020)
        #expect(support.press([.character("]")], from: start).year == 2021)
        #expect(support.press([.character("[")], from: start).year == 2019)
        #expect(support.press([.enter], from: start).stack == [.screen(.map), .country("COL")])
        let source = support.press([.character("s")], from: start)
        let record = try #require(support.dashboard.dataset.series("COL", .ratePer100k).record(in: 2020))
        #expect(source.route == .source(record.source, figure: .homicide(area: "COL", year: 2020, measure: HomicideMeasure.ratePer100k.rawValue)))
    }

    @Test func aBriefingStepCanShowTheMap() {
        let step = BriefingStep(title: "The region", screen: .map, country: "ECU", year: 2023, notes: ["The map."], sources: [])
        let state = support.dashboard.state(for: step)
        #expect(state.route == .screen(.map) && state.year == 2023)
        #expect(support.dashboard.selectedRow(ListKey(.screen(.map)), in: state)?.target.countryCode == "ECU")
    }
}
