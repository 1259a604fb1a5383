import Testing
import VigiaModel
@testable import VigiaViews

@Suite struct ClaimScreenTests {
    let support = ScreenTestSupport.self

    static let ecuador2023 = Route.source("EC_POLICIA_ECUAVISA_2025", figure: .homicide(area: "ECU", year: 2023, measure: "count"))
    static let routes: [Route] = [.screen(.claims), .claim("C13"), .claim("C01"), ecuador2023, .source("DEC-S004", figure: nil)]

    @Test(arguments: ScreenTestSupport.sizes)
    func claimsScreenListsClaimsSourcesAndTheSelectedClaim(size: Size) {
        let canvas = support.render(support.state(.screen(.claims)), size: size)
        let text = canvas.text
        #expect(text.contains("The region's share"))
        #expect(!text.contains("C01"), "claim ids stay in the data")
        #expect(text.contains("Sources"))
        #expect(text.contains("El Universo"))
        #expect(!text.contains("DEC-S001"), "source ids stay in the data")
        #expect(text.contains("home to just 9"))
        #expect(text.contains("Verdict: supported, with caveats"))
        #expect(canvas.cursor != nil)
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test func contradictedVerdictIsStyledNegative() throws {
        var state = support.state(.screen(.claims))
        let rows = support.dashboard.rows(ListKey(.screen(.claims)), in: state)
        state.selection[ListKey(.screen(.claims))] = try #require(rows.firstIndex(where: { $0.target == .claim("C13") }) as Int?)
        let canvas = support.render(state, size: Size(width: 120, height: 40))
        #expect(canvas.text.contains("contradicted"))
        #expect(canvas.text.contains("prison massacre resulting in 500 deaths"))
        let y = try #require((0..<canvas.size.height).first { canvas.line($0).contains("Verdict: contradicted") })
        let x = try #require((0..<canvas.size.width).first { canvas[$0, y].grapheme == "c" && canvas[$0 + 1, y].grapheme == "o" })
        #expect(canvas[x, y].style.foreground == Theme.dark.negative.foreground)
    }

    @Test func tabFocusesSourcesAndTheDetailFollows() {
        let state = support.press([.tab, .down], from: support.state(.screen(.claims)))
        #expect(state.pane == 1)
        let canvas = support.render(state, size: Size(width: 120, height: 40))
        #expect(canvas.text.contains("Source: teleSUR English, 2024"))
        #expect(canvas.text.contains("teleSUR"))
        let cursor = canvas.cursor
        #expect(cursor.map { canvas.line($0.y).contains("teleSUR English") } == true, "the cursor rests on the focused pane's selection")
        let drilled = support.press([.enter], from: state)
        #expect(drilled.route == .source("DEC-S002", figure: nil))
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func claimCardShowsVerdictFiguresAndSources(size: Size) {
        let canvas = support.render(support.state(.claim("C13")), size: size)
        let text = canvas.text
        #expect(text.contains("Verdict: contradicted"))
        #expect(text.contains("Leandro"))
        #expect(text.contains("15 deaths"))
        #expect(text.contains("La Hora, 2022"))
        #expect(text.contains("Figures (14) and sources (10)"))
        #expect(canvas.cursor != nil)
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test(arguments: ScreenTestSupport.sizes)
    func sourceCardListsConflictingValuesForTheFigure(size: Size) throws {
        let canvas = support.render(support.state(Self.ecuador2023), size: size)
        let text = canvas.text
        #expect(text.contains("Ecuador 2023, homicide count: 3 values"))
        let lines = text.split(separator: "\n").map(String.init)
        let main = try #require(lines.first(where: { $0.contains("8,248  default") }))
        #expect(main.contains("Policía Nacional"))
        #expect(main.contains("▶ 8,248"), "this source's value is marked")
        #expect(lines.contains { $0.contains("7,878  alternative") && $0.contains("EFE/El Universo, 2024") })
        #expect(lines.contains { $0.contains("8,008  alternative") })
        #expect(text.contains("Latest data vintage"))
        #expect(text.contains("Ecuador rompe récord de violencia en 2025"))
        #expect(support.widestLine(canvas) <= size.width)
    }

    @Test func sourceCardShowsEverythingAndCitationsWhenRoomAllows() {
        let text = support.render(support.state(Self.ecuador2023), size: Size(width: 200, height: 60)).text
        #expect(text.contains("https://www.revistazonalibre.ec/?p=40596"))
        #expect(text.contains("Nov-Dec 2025 (republications)"))
        #expect(text.contains("Also cited for (2)"))
        #expect(text.contains("First count, published Jan 2024"))
        let plain = support.render(support.state(.source("DEC-S004", figure: nil)), size: Size(width: 80, height: 24)).text
        #expect(plain.contains("Also cited for"))
        #expect(plain.contains("decree: Decreto Ejecutivo 110"))
    }

    @Test(arguments: routes)
    func asciiRenderingHasNoUnicodeGlyphs(route: Route) {
        for size in ScreenTestSupport.sizes + [Size(width: 40, height: 12)] {
            let canvas = support.render(support.state(route), size: size, glyphs: .ascii)
            #expect(support.unicodeOnlyGlyphs(canvas).isEmpty, "\(route) at \(size.width)x\(size.height)")
            if route == .claim("C13") { #expect(canvas.text.contains("\"In October")) }
        }
    }

    @Test(arguments: routes)
    func anySizeRendersWithoutOverflow(route: Route) {
        for (width, height) in [(40, 12), (41, 13), (55, 17), (79, 23), (97, 31), (160, 50), (250, 80)] {
            let canvas = support.render(support.state(route), size: Size(width: width, height: height))
            #expect(support.widestLine(canvas) <= width)
        }
    }

    /// A claim's money figures read as every screen writes money: $bn, never "6,000 USD mil…".
    @Test func claimMoneyFiguresReadAsMoney() {
        let text = support.render(support.state(.claim("C08")), size: Size(width: 120, height: 40)).text
        #expect(text.contains("$6.00bn (current)"))
        #expect(!text.contains("USD millions"))
    }
}

