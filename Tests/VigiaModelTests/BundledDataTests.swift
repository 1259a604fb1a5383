import Foundation
import Testing
@testable import VigiaModel

/// The real data set: it must load cleanly, and facts a briefing relies on must be in it with their sources.
@Suite struct BundledDataTests {
    let dataset: Dataset

    init() throws {
        dataset = try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
    }

    @Test func coversTheTwentyTwoCountries() {
        #expect(dataset.countries.count == 22)
        #expect(dataset.country("ECU")?.name == "Ecuador")
        #expect(dataset.homicideYears == 2000...2025)
    }

    @Test func ecuador2023RateAndItsSource() throws {
        let record = try #require(dataset.series("ECU", .ratePer100k).record(in: 2023))
        #expect(record.value == 45.72)
        #expect(record.source == "UNODC_OWID")
        #expect(dataset.source(record.source)?.publisher.contains("UNODC") == true)
    }

    @Test func aSourceListsWhatItIsCitedForAsTheScreensSpellIt() throws {
        let count = try #require(dataset.series("ECU", .count).record(in: 2023))
        let rate = try #require(dataset.series("ECU", .ratePer100k).record(in: 2023))
        #expect(dataset.citations(of: count.source).contains("Ecuador 2023 homicides 8,248"))
        #expect(dataset.citations(of: rate.source).contains("Ecuador 2023 rate per 100k 45.72"))
        let funding = try #require(dataset.programFunding.first)
        #expect(dataset.citations(of: funding.source).contains { $0.hasSuffix(" " + FigureText.money(funding.usdMillions)) })
    }

    @Test func aDescribedTitleIsReadAsADescription() throws {
        let described = dataset.sources.filter(\.isDescribedTitle)
        #expect(!described.isEmpty)
        for source in described {
            #expect(!source.readableTitle.hasPrefix("[") && source.readableTitle.hasSuffix("(a description, not its title)"), "\(source.id)")
        }
        let headline = try #require(dataset.sources.first { !$0.isDescribedTitle })
        #expect(headline.readableTitle == headline.title)
    }

    @Test func ecuador2023CountKeepsEveryDisagreeingSource() throws {
        let series = dataset.series("ECU", .count)
        #expect(series.value(in: 2023) == 8248)
        #expect(series.record(in: 2023)?.whyDefault?.isEmpty == false)
        let alternatives = Set(series.alternatives(in: 2023).map(\.value))
        #expect(alternatives.isSuperset(of: [7878, 8008]))
    }

    @Test func gapsStayGaps() {
        // UNODC has no Ecuador values for 2003–2006; nothing may fill them.
        #expect(dataset.series("ECU", .ratePer100k).gaps(in: 2003...2006) == [2003, 2004, 2005, 2006])
    }

    @Test func decree110AndTheInternalArmedConflict() throws {
        let decree110 = try #require(dataset.decrees(of: "ECU").first { $0.reference == "Decreto Ejecutivo 110" })
        #expect(decree110.start == PartialDate("2024-01-08"))
        #expect(decree110.end == PartialDate("2024-03-08"))
        #expect(decree110.declaredDays == 60)
        let conflict = try #require(dataset.decrees(of: "ECU").first { $0.kind == .internalArmedConflict })
        #expect(conflict.start == PartialDate("2024-01-09"))
        #expect(dataset.extensions(of: decree110.id).contains { $0.reference == "Decreto Ejecutivo 193" })
    }

    @Test func everyFigureResolvesToASource() {
        let ids = Set(dataset.sources.map(\.id))
        #expect(dataset.homicides.allSatisfy { ids.contains($0.source) })
        #expect(dataset.programFunding.allSatisfy { ids.contains($0.source) })
        #expect(dataset.decrees.allSatisfy { !$0.sources.isEmpty && $0.sources.allSatisfy(ids.contains) })
    }

    @Test func programsAndClaimsArePresent() {
        #expect(dataset.program("plan_colombia")?.recipients == ["COL"])
        #expect(dataset.program("merida") != nil)
        #expect(dataset.program("carsi") != nil)
        #expect(dataset.claims.contains { $0.verdict == .contradicted })
        #expect(!dataset.lessons.isEmpty)
    }

    @Test func regionShareIsNearAThird() throws {
        let share = try #require(RegionalShare.latest(dataset).value)
        #expect(share.year == 2023)
        #expect((0.07...0.10).contains(share.populationShare))
        #expect((0.25...0.35).contains(share.homicideShare))
    }

    /// Every string a reader sees says what a figure is and what to be careful about, never how it was
    /// researched: no research narration, file names, record ids or field names. Identifiers (no spaces),
    /// ids, op-ed quotes, URLs and bibliographic fields are exempt, as are `[SOURCE_ID]` citations in deck notes.
    @Test func readableTextSpeaksInProductVoice() throws {
        let folder = FixtureFolder.bundledData
        var files: [URL] = []
        for sub in [nil, "briefings", "scenarios"] as [String?] {
            let dir = sub.map { folder.appendingPathComponent($0) } ?? folder
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }
            files += names.sorted().map { dir.appendingPathComponent($0) }
        }
        #expect(files.count >= 16)
        let patterns = [
            "Wikipedia", "not checked", "derived here", "not found", #"\bno [a-z]+ (was )?found\b"#, "cited copy", "cited reporting",
            "an inference", "basis =", #"\.json\b"#, #"\b[CDE][0-9]{2,3}\b"#, #"\b(DEC|PRG)-[SP][0-9]+[A-Z]?\b"#,
            #"\b[a-z]+_[a-z0-9_]+\b"#,
        ].map { try! NSRegularExpression(pattern: $0) }
        let citation = try NSRegularExpression(pattern: #"\[[A-Z0-9][A-Za-z0-9_.-]*(, *[A-Z0-9][A-Za-z0-9_.-]*)*\]"#)
        let exempt: Set<String> = ["id", "quote", "url", "urls", "title", "publisher", "location", "date_note"]
        var offenders: [String] = []
        for file in files {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
            let isDeck = file.deletingLastPathComponent().lastPathComponent == "briefings"
            Self.forEachString(in: json, path: "$", key: nil) { path, key, text in
                guard !exempt.contains(key ?? ""), text.contains(" ") else { return }
                var prose = text
                if isDeck {
                    prose = citation.stringByReplacingMatches(
                        in: prose, range: NSRange(prose.startIndex..., in: prose), withTemplate: "")
                }
                let range = NSRange(prose.startIndex..., in: prose)
                for pattern in patterns {
                    guard let match = pattern.firstMatch(in: prose, range: range), let hit = Range(match.range, in: prose) else { continue }
                    offenders.append("\(file.lastPathComponent) \(path): \"\(prose[hit])\" in \"\(text.prefix(120))\"")
                }
            }
        }
        #expect(offenders.isEmpty, "research narration in reader-facing text:\n\(offenders.joined(separator: "\n"))")
    }

    /// Calls `body` with the JSON path, the owning key and the value of every string in `value`.
    private static func forEachString(in value: Any, path: String, key: String?, _ body: (String, String?, String) -> Void) {
        if let object = value as? [String: Any] {
            for (name, child) in object.sorted(by: { $0.key < $1.key }) {
                forEachString(in: child, path: "\(path).\(name)", key: name, body)
            }
        } else if let array = value as? [Any] {
            for (index, child) in array.enumerated() {
                forEachString(in: child, path: "\(path)[\(index)]", key: key, body)
            }
        } else if let text = value as? String {
            body(path, key, text)
        }
    }
}
