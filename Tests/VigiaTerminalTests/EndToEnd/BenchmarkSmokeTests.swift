import Foundation
import Testing

/// The benchmark still runs: `vigia-bench --quick` (Docs/performance.md) exits 0 and prints
/// every row of its table with figures.
///
/// This is how the README's test command runs the benchmark in CI. It never checks a timing
/// or a target: a slow or busy machine must not fail the build, only a benchmark that
/// cannot run (a renamed screen, a broken pseudo-terminal, synthetic data that no longer
/// validates) does.
@Suite(.serialized, .tags(.slow, .benchmark))
struct BenchmarkSmokeTests {
    /// Every row id the benchmark prints (`Report.rowIDs` in Sources/vigia-bench).
    static let rows = [
        "1.1", "1.2", "1.3", "1.4", "1.5",
        "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9",
        "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
        "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "4.11", "4.12", "4.13", "4.14",
        "5.1", "5.2", "5.3", "5.4",
        "6.1",
    ]

    /// Rows that hold words instead of figures in quick mode, and what they must say.
    static let textRows = [
        "1.3": "skipped (--quick)",
        "1.5": "n/a",
    ]

    @Test func quickRunPrintsEveryRowWithFigures() throws {
        guard let bench = TmuxHarness.productPath("vigia-bench") else {
            Issue.record("vigia-bench was not built next to the tests")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-bench-smoke-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.txt").path
        let errors = directory.appendingPathComponent("err.txt").path
        var environment = ProcessInfo.processInfo.environment
        environment["VIGIA_DATA"] = nil
        let status = try spawnAndWait(bench, ["--quick"], environment: environment, standardOutput: output, standardError: errors)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        #expect(status == 0, "vigia-bench --quick exited \(status):\n\(stderr)\n\(text)")

        let lines = text.split(separator: "\n").map(String.init)
        for id in Self.rows {
            guard let line = lines.first(where: { $0.hasPrefix(id + " ") }) else {
                Issue.record("row \(id) is missing:\n\(text)")
                continue
            }
            if let expected = Self.textRows[id] {
                #expect(line.contains(expected), "row \(id): \(line)")
            } else {
                let figures = line.dropFirst(id.count).split(separator: " ").filter { Double($0) != nil }
                #expect(!figures.isEmpty, "row \(id) has no figures: \(line)")
            }
        }
        #expect(text.contains("Targets"))
    }
}
