import Foundation
import Testing
@testable import VigiaModel

/// Scenario files: precise errors like data files, atomic saves, and no silent overwrite of a
/// file someone else changed.
@Suite struct ScenarioStoreTests {
    static let bundledDefault = ScenarioLocation.bundledDefault(in: FixtureFolder.bundledData)
    static let dataset: Dataset = {
        do {
            return try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
        } catch {
            fatalError("the bundled data must load: \(error)")
        }
    }()

    /// A fresh folder per test, removed afterwards.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func defaultScenario() throws -> Scenario {
        try ScenarioLoader.load(from: bundledDefault, dataset: dataset).scenario
    }

    static func issues(_ text: String) -> [String] {
        do {
            _ = try ScenarioLoader.decode(Array(text.utf8), displayPath: "s.json", dataset: dataset)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    static func file(replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOf: bundledDefault, encoding: .utf8)
        guard let range = text.range(of: old) else { throw CocoaError(.fileReadUnknown) }
        return text.replacingCharacters(in: range, with: new)
    }

    @Test func theBundledDefaultIsValidAndLabelledAsAStartingPoint() throws {
        let scenario = try Self.defaultScenario()
        #expect(scenario.recipient == "ECU")
        #expect(scenario.budgetSources == ["PRG-S39"])
        #expect(abs(scenario.totalUSDMillions - 93.4) < 1e-9, "the SOUTHCOM plan's $93.4m over five years")
        #expect(Scenario.sharesSumToWhole(scenario.allocation.sum))
        #expect(scenario.notes.contains("illustrative starting point"))
        #expect(scenario.allocationBasis.contains("not a sourced split"))
    }

    /// One rounding rule (`Scenario.sharesSumToWhole`): the sum rounded to two decimals must be 100.
    @Test func sharesMustSumToExactly100AtTwoDecimals() throws {
        let over = Self.issues(try Self.file(replacing: "\"courts\": 14.28", with: "\"courts\": 14.32"))
        #expect(over == ["s.json:9:17: $.allocation: the shares sum to 100.04%, not 100%"])
        #expect(Self.issues(try Self.file(replacing: "\"courts\": 14.28", with: "\"courts\": 14.279")).isEmpty, "99.999 shows, and counts, as 100")
        #expect(!Scenario.sharesSumToWhole(100.01))
        #expect(!Scenario.sharesSumToWhole(.nan))
    }

    @Test func badScenariosGetPreciseErrors() throws {
        let unknownField = Self.issues(try Self.file(replacing: "\"notes\"", with: "\"nots\": \"\", \"notes\""))
        #expect(unknownField.contains { $0.hasPrefix("s.json:19:") && $0.contains("$.nots: unknown field \"nots\" (did you mean \"notes\"?)") }, "\(unknownField)")

        let unknownPillar = Self.issues(try Self.file(replacing: "\"prisons\"", with: "\"prison\""))
        #expect(unknownPillar.contains { $0.contains("$.allocation.prison: unknown pillar \"prison\"") && $0.contains("did you mean \"prisons\"?") }, "\(unknownPillar)")
        #expect(unknownPillar.contains { $0.contains("$.allocation: missing required field \"prisons\"") }, "\(unknownPillar)")

        let badSum = Self.issues(try Self.file(replacing: "\"courts\": 14.28", with: "\"courts\": 24.28"))
        #expect(badSum == ["s.json:9:17: $.allocation: the shares sum to 110%, not 100%"])

        let badDuration = Self.issues(try Self.file(replacing: "\"duration_years\": 5", with: "\"duration_years\": 31"))
        #expect(badDuration == ["s.json:8:21: $.duration_years: duration 31 years is outside 1–30"])

        let negative = Self.issues(try Self.file(replacing: "18.68", with: "-1"))
        #expect(negative == ["s.json:5:33: $.annual_budget_usd_millions: the annual budget must be zero or more"])

        let badSource = Self.issues(try Self.file(replacing: "\"PRG-S39\"", with: "\"PRG-S3x9\""))
        #expect(badSource.first?.contains("$.budget_sources[0]: source \"PRG-S3x9\" is not in sources.json") == true)

        let wrongType = Self.issues(try Self.file(replacing: "\"duration_years\": 5", with: "\"duration_years\": \"5\""))
        #expect(wrongType == ["s.json:8:21: $.duration_years: expected a whole number, found a string"])

        let malformed = Self.issues("{\"name\": }")
        #expect(malformed.first?.hasPrefix("s.json:1:10: malformed JSON") == true, "\(malformed)")
    }

    @Test func missingAndInvalidFilesExitLikeDataFiles() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try ScenarioLoader.load(from: folder.appendingPathComponent("none.json"), dataset: Self.dataset)
            Issue.record("a missing file must fail")
        } catch {
            #expect(error.exitStatus == 66)
        }
        let bad = folder.appendingPathComponent("bad.json")
        try Data("[]".utf8).write(to: bad)
        do {
            _ = try ScenarioLoader.load(from: bad, displayPath: "bad.json", dataset: Self.dataset)
            Issue.record("an invalid file must fail")
        } catch {
            #expect(error.exitStatus == 65)
            #expect(error.issues.first?.description == "bad.json:1:1: $: expected an object, found an array")
        }
    }

    @Test func saveRoundTripsAndNeverWritesTheBundledDefault() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var scenario = try Self.defaultScenario()
        scenario.allocation[.courts] += 1
        scenario.allocation[.militarySupport] -= 1
        // The user's file lives in a folder that does not exist yet (a fresh XDG data home).
        let target = folder.appendingPathComponent("vigia/scenario.json")
        let written = try ScenarioStore.save(scenario, to: target, expected: nil)
        let loaded = try ScenarioLoader.load(from: target, dataset: Self.dataset)
        #expect(loaded.scenario == scenario)
        #expect(loaded.fingerprint.hash == written.hash)
        #expect(loaded.fingerprint.size == written.size)

        let before = try Data(contentsOf: Self.bundledDefault)
        #expect(throws: ScenarioStore.SaveError.readOnly) {
            try ScenarioStore.save(scenario, to: Self.bundledDefault, expected: FileFingerprint.of(Self.bundledDefault), readOnly: [Self.bundledDefault])
        }
        #expect(try Data(contentsOf: Self.bundledDefault) == before)

        scenario.allocation[.courts] += 5
        #expect(throws: ScenarioStore.SaveError.self) {
            try ScenarioStore.save(scenario, to: target, expected: loaded.fingerprint)
        }
    }

    /// A save interrupted before each step (as a crash or a dropped link would) leaves the
    /// target either exactly the old file or exactly the new one, and no temporary file behind.
    @Test(arguments: ScenarioStore.Step.allCases)
    func anInterruptedSaveLeavesTheOldOrTheNewFileWhole(at step: ScenarioStore.Step) throws {
        struct Crash: Error {}
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("scenario.json")
        let old = try Self.defaultScenario()
        let oldPrint = try ScenarioStore.save(old, to: target, expected: nil)
        let oldBytes = try Data(contentsOf: target)
        var new = old
        new.annualBudgetUSDMillions = 250
        new.durationYears = 10
        let newBytes = Data(ScenarioStore.encode(new))

        var reached: [ScenarioStore.Step] = []
        do {
            _ = try ScenarioStore.save(new, to: target, expected: oldPrint) { current in
                reached.append(current)
                if current == step { throw Crash() }
            }
            Issue.record("the save must report the interruption")
        } catch {
            guard case .io(let failed, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(failed == step)
        }
        #expect(reached.last == step)
        let now = try Data(contentsOf: target)
        #expect(now == oldBytes || now == newBytes, "the target is whole")
        let pastRename = ScenarioStore.Step.allCases.firstIndex(of: step)! > ScenarioStore.Step.allCases.firstIndex(of: .rename)!
        #expect(now == (pastRename ? newBytes : oldBytes))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["scenario.json"], "no temporary file is left")
        // Whatever is on disk still loads.
        #expect(throws: Never.self) { try ScenarioLoader.load(from: target, dataset: Self.dataset) }
    }

    @Test func aFileChangedOnDiskIsNotOverwritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("scenario.json")
        let scenario = try Self.defaultScenario()
        _ = try ScenarioStore.save(scenario, to: target, expected: nil)
        let opened = try ScenarioLoader.load(from: target, dataset: Self.dataset)

        // Someone else edits the file (same size: only the hash can tell).
        let text = try String(contentsOf: target, encoding: .utf8)
        let theirs = text.replacingOccurrences(of: "\"duration_years\" : 5", with: "\"duration_years\" : 6")
        #expect(theirs != text)
        try theirs.write(to: target, atomically: false, encoding: .utf8)

        var mine = opened.scenario
        mine.annualBudgetUSDMillions = 1
        #expect(throws: ScenarioStore.SaveError.changedOnDisk) {
            try ScenarioStore.save(mine, to: target, expected: opened.fingerprint)
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == theirs, "their edit survives")

        // A file that appeared where none was expected is not overwritten either.
        let fresh = folder.appendingPathComponent("new.json")
        try Data("{}".utf8).write(to: fresh)
        #expect(throws: ScenarioStore.SaveError.changedOnDisk) { try ScenarioStore.save(mine, to: fresh, expected: nil) }

        // Once the user confirms, the save goes ahead.
        _ = try ScenarioStore.save(mine, to: target, expected: opened.fingerprint, overwriteChanged: true)
        #expect(try ScenarioLoader.load(from: target, dataset: Self.dataset).scenario == mine)
    }

    @Test func anInvalidScenarioIsNotSaved() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var scenario = try Self.defaultScenario()
        scenario.allocation[.prisons] += 10
        #expect(throws: ScenarioStore.SaveError.invalid(["the shares sum to 110%, not 100%"])) {
            try ScenarioStore.save(scenario, to: folder.appendingPathComponent("s.json"), expected: nil)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func theUserFileFollowsXDG() {
        #expect(ScenarioLocation.userFile(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"]).path == "/x/data/vigia/scenario.json")
        #expect(ScenarioLocation.userFile(environment: ["HOME": "/home/u"]).path == "/home/u/.local/share/vigia/scenario.json")
        // A relative XDG_DATA_HOME is invalid by the specification and ignored.
        #expect(ScenarioLocation.userFile(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/u"]).path == "/home/u/.local/share/vigia/scenario.json")
    }

    @Test func reportsShowGapsAsGaps() throws {
        let scenario = try Self.defaultScenario()
        let text = ScenarioReport.compare(scenario, path: "s.json", dataset: Self.dataset, format: .text)
        #expect(text.contains("constant dollars: no sourced deflator"))
        #expect(text.contains("n/a: a scenario has no outcomes"))
        let markdown = ScenarioReport.compare(scenario, path: "s.json", dataset: Self.dataset, format: .md)
        #expect(markdown.contains("| Plan Colombia | FY2000–FY2016 | >=$10.00bn |"))
        let json = ScenarioReport.compare(scenario, path: "s.json", dataset: Self.dataset, format: .json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let programs = try #require(object?["programs"] as? [[String: Any]])
        let carsi = try #require(programs.first { $0["id"] as? String == "carsi" })
        let share = try #require(carsi["military_police_share"] as? [String: Any])
        #expect(share["value"] is NSNull, "a gap is null, not 0")
        #expect((share["gap"] as? [String])?.isEmpty == false)
    }

    @Test func theModificationTimeIsTheFileSystemsAndZeroWithoutAFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.json")
        try Data("{}".utf8).write(to: file)
        let stamp = Date(timeIntervalSince1970: 1_700_000_000.5)
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: file.path)
        #expect(abs(FileFingerprint.modificationTime(of: file) - 1_700_000_000.5) < 0.001)
        #expect(FileFingerprint.modificationTime(of: folder.appendingPathComponent("absent.json")) == 0)
    }

    /// A scenario file reached through a symbolic link is fingerprinted as the file it links
    /// to, as a save compares it, so saving what was opened is not taken for someone's edit.
    @Test func aLinkedScenarioSavesWithoutAFalseChangeOnDisk() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.json")
        let link = folder.appendingPathComponent("scenario.json")
        var scenario = try Self.defaultScenario()
        _ = try ScenarioStore.save(scenario, to: real, expected: nil)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: real.path)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let opened = try ScenarioLoader.load(from: link, dataset: Self.dataset)
        #expect(opened.fingerprint.modified == 1_600_000_000)
        scenario.allocation[.courts] += 1
        scenario.allocation[.militarySupport] -= 1
        _ = try ScenarioStore.save(scenario, to: link, expected: opened.fingerprint)
        #expect(try ScenarioLoader.load(from: real, dataset: Self.dataset).scenario == scenario)
    }
}
