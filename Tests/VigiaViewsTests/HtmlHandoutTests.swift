import Testing
import VigiaModel
@testable import VigiaViews

/// `vigia brief DECK --export html`: one self-contained page, each step with its title, its
/// screen, its chart and its sources; the notes only when asked for.
@Suite struct HtmlHandoutTests {
    static let dashboard = ScreenTestSupport.dashboard

    static let deck = BriefingDeck(title: "Rates & measures <2023>", steps: [
        BriefingStep(title: "Overview", screen: .overview, year: 2023, notes: ["The region [UNODC_OWID]."], sources: ["UNODC_OWID"]),
        BriefingStep(title: "Compare", screen: .homicides, compare: ["ECU", "COL"], notes: ["Ecuador passed Colombia."]),
        BriefingStep(title: "Decree 111", screen: .decrees, country: "ECU", decree: "D020", notes: ["Internal armed conflict."]),
        BriefingStep(title: "The region in 2023", screen: .map, country: "ECU", year: 2023, notes: ["Ecuador is the darkest."]),
        BriefingStep(title: "Mérida", screen: .programs, program: "merida", notes: ["No chart here."]),
    ])

    @Test func eachStepHasItsTitleScreenChartAndSources() throws {
        let html = BriefingHandout.html(Self.deck, dashboard: Self.dashboard, size: Size(width: 100, height: 30))
        #expect(html.hasPrefix("<!DOCTYPE html>\n") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<title>Rates &amp; measures &lt;2023&gt;</title>"))
        let sections = html.components(separatedBy: "<section class=\"step\"").dropFirst()
        #expect(sections.count == Self.deck.steps.count)
        for (section, step) in zip(sections, Self.deck.steps) {
            #expect(section.contains("<h2>") && section.contains(SvgDocument.escape(step.title)))
            #expect(section.contains("<pre class=\"screen\">"))
        }
        let charts = sections.map { $0.components(separatedBy: "<svg ").count - 1 }
        #expect(charts == [0, 1, 1, 1, 0])
        let sectionList = Array(sections)
        #expect(sectionList[1].contains("<title>Homicide rate per 100,000 people, "))
        #expect(sectionList[2].contains("<title>Ecuador: emergency measures against gang violence</title>"))
        #expect(sectionList[3].contains("<title>Homicide rate per 100,000 people, 2023</title>") && sectionList[3].contains("url(#no-data-4)"))
        #expect(sectionList[0].contains("<h3>Sources</h3>") && sectionList[0].contains(Self.dashboard.dataset.citation("UNODC_OWID")))
        #expect(!html.contains("<?xml"))
    }

    /// Every step of the bundled deck whose screen draws a chart or a timeline has its picture;
    /// a Decrees step's is the timeline of the countries its screen lists, with the measures it
    /// shows (gang-violence measures unless the step shows all). Tables and cards have none.
    @Test func everyStepWithAChartOrTimelineHasItsPicture() throws {
        let dashboard = Self.dashboard
        let deck = try BriefingLoader.load(from: ScreenTestSupport.dataURL.appendingPathComponent("briefings/plan-ecuador.json"),
                                           dataset: dashboard.dataset)
        let sections = Array(BriefingHandout.html(deck, dashboard: dashboard).components(separatedBy: "<section class=\"step\"").dropFirst())
        let pictured = sections.map { $0.contains("<svg ") }
        #expect(pictured == deck.steps.map { [.homicides, .decrees, .map].contains($0.screen) }, "\(pictured)")
        // Step 7: the Decrees screen without a country lists every country with a measure.
        let step = try #require(deck.steps.firstIndex { $0.screen == .decrees && $0.country == nil })
        let state = dashboard.state(for: deck.steps[step])
        let countries = dashboard.decreeCountries(state: state).map(\.iso3)
        #expect(countries.count > 1)
        let measures = countries.flatMap { dashboard.visibleDecrees(of: $0, state: state).filter { $0.start != nil }.map(\.id) }
        let marks = sections[step].matches(of: /class="measure" data-id="([^"]+)"/).map { String($0.output.1) }
        #expect(marks == measures)
        for code in countries { #expect(sections[step].contains(">\(SvgDocument.escape(dashboard.dataset.areaName(code)))</text>")) }
    }

    @Test func nothingIsFetchedFromTheNetwork() {
        let html = BriefingHandout.html(Self.deck, dashboard: Self.dashboard)
        for fetching in ["<script", "<link", "<img", "<iframe", " src=", "@import", "url(http", "xlink:href"] {
            #expect(!html.contains(fetching), "\(fetching)")
        }
    }

    @Test func notesAppearOnlyWhenAskedFor() {
        let without = BriefingHandout.html(Self.deck, dashboard: Self.dashboard)
        let with = BriefingHandout.html(Self.deck, dashboard: Self.dashboard, withNotes: true)
        #expect(!without.contains("class=\"notes\"") && !without.contains("Ecuador passed Colombia."))
        #expect(with.components(separatedBy: "<div class=\"notes\">").count - 1 == Self.deck.steps.count)
        #expect(with.contains("<p>Ecuador passed Colombia.</p>"))
        #expect(with.contains("<p>" + SvgDocument.escape(Self.dashboard.dataset.citingInWords("The region [UNODC_OWID].")) + "</p>"))
        #expect(!with.contains("[UNODC_OWID]"))
    }

    /// Both handouts list a step's named sources, then the ones only its notes cite, and an id
    /// the data set lacks as "unknown source" rather than dropping it.
    @Test func bothHandoutsListTheSameSourcesUnknownOnesIncluded() throws {
        let deck = BriefingDeck(title: "Sources", steps: [
            BriefingStep(title: "Cited", screen: .overview, notes: ["Also [DEC-S001]."], sources: ["UNODC_OWID", "NO_SUCH_SOURCE"]),
        ])
        let dataset = Self.dashboard.dataset
        let owid = try #require(dataset.source("UNODC_OWID"))
        let owidLine = "\(owid.shortCitation): \(owid.readableTitle). \(owid.publisher)" + (owid.date.map { ", \($0)" } ?? "") + "."
        let markdown = BriefingHandout.markdown(deck, dashboard: Self.dashboard)
        let html = BriefingHandout.html(deck, dashboard: Self.dashboard)
        #expect(markdown.contains("Sources:\n\n- \(owidLine)"))
        #expect(markdown.contains("\n- unknown source\n- \(dataset.citation("DEC-S001")): "))
        #expect(html.contains("<li>\(SvgDocument.escape(owidLine))"))
        #expect(html.contains("<li>unknown source</li>\n<li>\(SvgDocument.escape(dataset.citation("DEC-S001"))): "))
    }
}
