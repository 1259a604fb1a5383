import Foundation
import VigiaModel
@testable import VigiaViews

/// The bundled data set and helpers to render screens headless, as `vigia render` does.
enum ScreenTestSupport {
    static let dataURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    /// A fixed "today" shortly after the bundled data ends, so renders do not depend on the
    /// clock (the Overview tells stale data apart from fresh by it).
    static let today = PartialDate(year: 2026, month: 4, day: 1)

    // Loading is deterministic and read-only, so one copy serves every test.
    static let dashboard: Dashboard = {
        do {
            return Dashboard(dataset: try DatasetLoader.load(from: dataURL, displayPath: "Data"), today: today)
        } catch let failure as LoadFailure {
            fatalError("the bundled data must load: \(failure.issues.map(\.description).joined(separator: "\n"))")
        } catch {
            fatalError("the bundled data must load: \(error)")
        }
    }()

    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    static func render(_ state: AppState, size: Size, glyphs: GlyphSet = .unicode, theme: Theme = .dark) -> Canvas {
        Frame.render(ScreenContext(dashboard: dashboard, state: state, theme: theme, glyphs: glyphs), size: size)
    }

    static func state(_ route: Route) -> AppState {
        dashboard.initialState(route: route)
    }

    /// `route` in a terminal of `size`: what keys that depend on the room (scrolling, paging,
    /// the panes shown) see.
    static func state(_ route: Route, viewport size: Size) -> AppState {
        var state = state(route)
        state.viewport = size
        return state
    }

    /// The Scenario screen with the bundled default scenario open, saving nowhere.
    static func scenarioState() throws -> AppState {
        let loaded = try ScenarioLoader.load(from: ScenarioEditingTests.bundledDefault, displayPath: "default", dataset: dashboard.dataset)
        var state = state(.scenario)
        state.scenario = ScenarioSession(scenario: loaded.scenario, loadedFrom: "default", target: "/nonexistent/vigia/scenario.json", fingerprint: nil)
        return state
    }

    /// Applies keys one by one through the key map and `reduce`.
    static func press(_ keys: [Key], from state: AppState) -> AppState {
        keys.reduce(state) { dashboard.reduce($0, key: $1) }
    }

    /// Keys for typing `text` (e.g. after `:` or `/`).
    static func typing(_ text: String) -> [Key] {
        text.map { Key.character($0) }
    }

    /// Lines wider than the canvas would mean something was drawn past its edge.
    static func widestLine(_ canvas: Canvas) -> Int {
        (0..<canvas.size.height).map { DisplayWidth.of(canvas.line($0)) }.max() ?? 0
    }

    /// Non-ASCII glyphs that only the Unicode glyph set may produce (box drawing, blocks, braille, arrows).
    static func unicodeOnlyGlyphs(_ canvas: Canvas) -> [String] {
        canvas.cells.map(\.grapheme).filter { grapheme in
            grapheme.unicodeScalars.contains { (0x2190...0x21FF).contains($0.value) || (0x2500...0x28FF).contains($0.value) }
        }
    }
}
