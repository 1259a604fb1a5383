import Foundation

extension Bench {
    /// ForeignAssistance.gov's country file, kept unmodified with the import tests.
    static let foreignAssistanceFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/VigiaModelTests/Fixtures/import/foreignassistance-us_foreign_aid_country.csv")

    /// Row 6.1: `vigia import fa-gov` as a dry run against the bundled data, as a plain child
    /// process: reading the 22,485-row file, the diff and the validation of the result.
    func measureImport(into report: inout Report) throws {
        let file = Self.foreignAssistanceFile.path
        guard FileManager.default.fileExists(atPath: file) else {
            report.add("6.1", "Import dry run: ForeignAssistance.gov file, bundled data", text: "not measured: \(file) is missing")
            return
        }
        var sample = Sample()
        let arguments = ["import", "fa-gov", file, "--source", "PRG-P201", "--data", bundled.url.path]
        for run in 0...settings.loadRuns {
            let child = try ChildRun.run(vigia, arguments, environment: ProcessInfo.processInfo.environment)
            guard child.status == 0 else { throw BenchError("vigia \(arguments.joined(separator: " ")) exited with \(child.status)") }
            if run > 0 { sample.add(child.milliseconds) }
        }
        report.add("6.1", "Import dry run: ForeignAssistance.gov file (22,485 rows), bundled data", sample, .milliseconds, note: "vigia import fa-gov")
    }

    /// The import target: a dry run of the ForeignAssistance.gov file in at most a second.
    func addImportTarget(to report: inout Report) {
        guard let row = report.rows.first(where: { $0.id == "6.1" }), case .sample(let sample, _) = row.content else {
            report.target("import dry run of the ForeignAssistance.gov file ≤ 1 s (not measured)", met: nil)
            return
        }
        report.target("import dry run of the ForeignAssistance.gov file ≤ 1 s (\(Report.fixed(sample.median, 0)) ms)", met: sample.median <= 1000)
    }
}
