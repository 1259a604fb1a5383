import Foundation
import Testing
@testable import VigiaModel

/// Briefing decks: the bundled deck loads, and every kind of mistake is reported with
/// `FILE:LINE:COLUMN: JSON-PATH: message`, like the data files.
@Suite struct BriefingLoaderTests {
    static let dataset: Dataset = {
        do {
            return try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
        } catch let failure as LoadFailure {
            fatalError("the bundled data must load: \(failure.issues.map(\.description).joined(separator: "\n"))")
        } catch {
            fatalError("the bundled data must load: \(error)")
        }
    }()

    private func issues(_ text: String) -> [String] {
        do throws(LoadFailure) {
            _ = try BriefingLoader.decode(Array(text.utf8), displayPath: "deck.json", dataset: Self.dataset)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    /// A one-step deck with `step` as its only step.
    private func deck(_ step: String) -> String {
        "{\n\"title\": \"T\",\n\"steps\": [\n\(step)\n]\n}"
    }

    @Test func theBundledDeckLoadsAndFollowsTheOpEd() throws {
        let decks = BriefingLoader.loadAll(dataFolder: FixtureFolder.bundledData, displayPath: "Data", dataset: Self.dataset)
        #expect(decks.map(\.file) == ["Data/briefings/plan-ecuador.json"])
        let deck = try #require(try? decks.first?.result.get())
        #expect(deck.steps.count >= 9)
        let titles = deck.steps.map(\.title).joined(separator: "\n")
        for topic in ["third of the world", "6 to about 46", "January 2024", "500", "El Salvador", "Mexico", "Plan Colombia", "Mérida", "four lessons", "Plan Ecuador would need"] {
            #expect(titles.contains(topic), "no step about \(topic)")
        }
        // The contradicted claim is named with its sources.
        let prison = try #require(deck.steps.first { $0.claim == "C13" })
        #expect(prison.notes.joined().contains("contradicts"))
        #expect(prison.sources.contains("DEC-S008"))
        #expect(deck.steps.allSatisfy { !$0.notes.isEmpty })
    }

    @Test func aValidStepDecodesEveryField() throws {
        let text = deck("""
            {"title": "Ecuador", "screen": "homicides", "country": "ECU", "year": 2023, "measure": "count",
             "notes": ["Rates per [UNODC_OWID]."], "sources": ["UNODC_OWID"]}
            """)
        let loaded = try BriefingLoader.decode(Array(text.utf8), displayPath: "deck.json", dataset: Self.dataset)
        #expect(loaded.steps[0].country == "ECU")
        #expect(loaded.steps[0].measure == .count)
        #expect(loaded.steps[0].citedInNotes == ["UNODC_OWID"])
    }

    @Test func aPlannedDurationIsOptionalAndBounded() throws {
        let planned = deck("""
            {"title": "a", "screen": "overview", "notes": ["x"], "sources": [], "minutes": 2.5}
            """)
        let loaded = try BriefingLoader.decode(Array(planned.utf8), displayPath: "deck.json", dataset: Self.dataset)
        #expect(loaded.steps[0].minutes == 2.5)
        for bad in ["0", "-1", "241", "240.5"] {
            let found = issues(deck("""
                {"title": "a", "screen": "overview", "notes": ["x"], "sources": [], "minutes": \(bad)}
                """))
            #expect(found.count == 1 && found[0].hasSuffix("$.steps[0].minutes: minutes must be more than 0 and at most 240, not \(bad)"), "\(bad): \(found)")
        }
        let text = issues(deck("""
            {"title": "a", "screen": "overview", "notes": ["x"], "sources": [], "minutes": "two"}
            """))
        #expect(text.contains { $0.contains("$.steps[0].minutes") }, "\(text)")
    }

    @Test func malformedJSONHasAPosition() {
        #expect(issues("{\"title\": \"T\",\n \"steps\": [,]}").first?.hasPrefix("deck.json:2:12: malformed JSON") == true, "\(issues("{\"title\": \"T\",\n \"steps\": [,]}"))")
    }

    @Test func unknownFieldsAndKeysGetADidYouMean() {
        let found = issues("{\n\"title\": \"T\", \"setps\": [],\n\"steps\": [\n{\"title\": \"a\", \"screen\": \"overview\", \"note\": [\"x\"], \"notes\": [\"x\"], \"sources\": []}\n]\n}")
        #expect(found.contains("deck.json:2:15: $.setps: unknown top-level key \"setps\" (did you mean \"steps\"?)"), "\(found)")
        #expect(found.contains("deck.json:4:38: $.steps[0].note: unknown field \"note\" (did you mean \"notes\"?)"), "\(found)")
    }

    @Test func referencesMustResolve() {
        let found = issues(deck("""
            {"title": "a", "screen": "homicides", "country": "ECX", "compare": ["COL", "COL"], "notes": ["See [UNODC_OWD]."], "sources": ["EC_ELUNIVERSO_2042"]}
            """))
        #expect(found.contains { $0.contains("$.steps[0].country: country \"ECX\" is not in countries.json") }, "\(found)")
        #expect(found.contains { $0.contains("$.steps[0].compare[1]: COL is listed twice") }, "\(found)")
        #expect(found.contains { $0.contains("$.steps[0].sources[0]: source \"EC_ELUNIVERSO_2042\" is not in sources.json (did you mean \"EC_ELUNIVERSO_2024\"?)") }, "\(found)")
        #expect(found.contains { $0.contains("$.steps[0].notes: the notes cite [UNODC_OWD], which is not in sources.json (did you mean \"UNODC_OWID\"?)") }, "\(found)")
    }

    @Test func selectionsMustFitTheScreen() {
        let found = issues(deck("""
            {"title": "a", "screen": "programs", "decree": "D020", "notes": ["x"], "sources": []}
            """))
        #expect(found == ["deck.json:4:48: $.steps[0].decree: decree needs screen \"decrees\", not \"programs\""], "\(found)")
        let mismatch = issues(deck("""
            {"title": "a", "screen": "decrees", "country": "SLV", "decree": "D020", "notes": ["x"], "sources": []}
            """))
        #expect(mismatch.contains { $0.contains("decree D020 belongs to ECU, not SLV") }, "\(mismatch)")
    }

    @Test func missingNotesAndUnknownScreensAreReported() {
        let found = issues(deck("""
            {"title": "a", "screen": "homicide", "notes": ["x"], "sources": []},
            {"title": "b", "screen": "overview", "sources": []}
            """))
        #expect(found.contains { $0.contains("$.steps[0].screen: unknown value \"homicide\"; expected one of overview, homicides, decrees, programs, claims, map (did you mean \"homicides\"?)") }, "\(found)")
        #expect(found.contains { $0.contains("$.steps[1]: missing required field \"notes\"") }, "\(found)")
    }

    @Test func emptyTitlesAndNotesAreReportedOnAValidShape() {
        let found = issues(deck("""
            {"title": " ", "screen": "overview", "notes": [" "], "sources": []}
            """))
        #expect(found.contains { $0.contains("$.steps[0].title: the title is empty") }, "\(found)")
        #expect(found.contains { $0.contains("$.steps[0].notes: speaker notes are empty") }, "\(found)")
        #expect(issues("{\"title\": \"T\", \"steps\": []}") == ["deck.json:1:25: $.steps: a deck needs at least one step"])
    }

    @Test func controlCharactersCannotReachATerminal() {
        let found = issues(deck("""
            {"title": "a", "screen": "overview", "notes": ["\\u001b[2J"], "sources": []}
            """))
        #expect(found.contains { $0.contains("$.steps[0].notes[0]: string contains an escape character (U+001B, ESC); decks must not carry control characters") }, "\(found)")
    }

    @Test func missingAndOversizedFilesAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-deck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: LoadFailure.self) { try BriefingLoader.load(from: folder.appendingPathComponent("none.json"), dataset: Self.dataset) }
        let big = folder.appendingPathComponent("big.json")
        try Data(repeating: 0x20, count: BriefingDeck.maximumBytes + 1).write(to: big)
        do throws(LoadFailure) {
            _ = try BriefingLoader.load(from: big, displayPath: "big.json", dataset: Self.dataset)
            Issue.record("an oversized deck loaded")
        } catch {
            #expect(error.exitStatus == 65)
            #expect(error.issues.first?.message.contains("the limit is 1024 KB") == true)
        }
    }

    @Test func aDataFolderWithoutBriefingsHasNoDecks() {
        #expect(BriefingLoader.loadAll(dataFolder: FixtureFolder.valid, displayPath: "valid", dataset: Self.dataset).isEmpty)
    }
}
