import Foundation
import Testing

/// `vigia validate` with decks, `vigia brief --export md`, and how `vigia brief` refuses.
@Suite struct BriefingCommandLineTests {
    @Test func validateListsTheBundledDeck() throws {
        let result = try BuiltProduct.run("vigia", ["validate"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 briefing deck"))
        #expect(result.stdout.contains("briefings/plan-ecuador.json    13 steps"), "\(result.stdout)")
    }

    @Test func validateReportsABadDeckWithPositionAndExit65() throws {
        let folder = try BuiltProduct.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: folder) }
        try BuiltProduct.edit("briefings/plan-ecuador.json", in: folder, replacing: "\"country\": \"SLV\"", with: "\"country\": \"SLB\"")
        let result = try BuiltProduct.run("vigia", ["validate", "--data", folder.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(folder.path)/briefings/plan-ecuador.json:"), "\(result.stderr)")
        #expect(result.stderr.contains(".country: country \"SLB\" is not in countries.json"), "\(result.stderr)")
        #expect(result.stderr.contains("decree D039 belongs to SLV, not SLB"), "\(result.stderr)")
        let json = try BuiltProduct.run("vigia", ["validate", "--data", folder.path, "--format", "json"])
        #expect(json.status == 65)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(report?["valid"] as? Bool == false)
        let decks = report?["briefings"] as? [[String: Any]]
        #expect(decks?.first?["valid"] as? Bool == false)
    }

    @Test func exportWritesAMarkdownHandout() throws {
        let result = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--export", "md", "--size", "80x24"])
        #expect(result.status == 0, "\(result.stderr)")
        let headings = result.stdout.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.count == 13)
        #expect(result.stdout.hasPrefix("# A Plan Ecuador? What the data says\n"))
        #expect(result.stdout.contains("## 6. The prison massacre that did not kill 500"))
        #expect(result.stdout.contains("Verdict: contradicted"))
        #expect(result.stdout.contains("- La Hora, 2022: "))
        #expect(!result.stdout.contains("DEC-S008"), "the handout cites sources in words")
        let ascii = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--export", "md", "--ascii"])
        #expect(ascii.stdout.contains("+-"))
    }

    @Test func aMissingDeckOrAnUnsafeSocketFolderIsRefused() throws {
        let missing = try BuiltProduct.run("vigia", ["brief", "no-such-deck", "--export", "md"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("briefings/no-such-deck.json: no such deck"), "\(missing.stderr)")
        let open = "/tmp/vigia-open-\(getpid())"
        mkdir(open, 0o777)
        chmod(open, 0o777)
        defer { rmdir(open) }
        let unsafe = try BuiltProduct.run("vigia", ["brief", "plan-ecuador", "--socket", open + "/b.sock"])
        #expect(unsafe.status == 1)
        #expect(unsafe.stderr.contains("is writable by everyone"), "\(unsafe.stderr)")
    }
}
