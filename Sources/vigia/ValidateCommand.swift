import ArgumentParser
import Foundation
import VigiaModel

/// `vigia validate`: checks a data folder and reports every problem with file, line, column and path.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a data folder; exit 0 when valid, 65 when the data is invalid, 66 when files are missing."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "Report format: text or json.")
    var format: Format = .text

    func run() throws {
        let location = dataOptions.location
        let result: Result<Dataset, LoadFailure>
        do {
            result = .success(try DatasetLoader.load(from: location.url, displayPath: location.displayPath))
        } catch {
            result = .failure(error)
        }
        // Decks and scenarios are checked against the data set, so only once it is valid.
        let dataset = try? result.get()
        let decks = dataset.map { BriefingLoader.loadAll(dataFolder: location.url, displayPath: location.displayPath, dataset: $0) } ?? []
        let scenarios = dataset.map { ScenarioLoader.loadAll(dataFolder: location.url, displayPath: location.displayPath, dataset: $0) } ?? []
        let companions = Companions(decks: decks, scenarios: scenarios)
        switch format {
        case .text: try reportText(result, companions: companions, folder: location.displayPath)
        case .json: try reportJSON(result, companions: companions, folder: location.displayPath)
        }
    }

    /// The folder's briefing decks and scenarios, each file loaded on its own.
    struct Companions {
        var decks: [(file: String, result: Result<BriefingDeck, LoadFailure>)]
        var scenarios: [(file: String, result: Result<Scenario, LoadFailure>)]

        /// Every problem, and the exit status they call for (0 when every file is valid).
        var problems: (issues: [DataIssue], exitStatus: Int32) {
            let failures = decks.compactMap { $0.result.failure } + scenarios.compactMap { $0.result.failure }
            return (failures.flatMap(\.issues), failures.map(\.exitStatus).max() ?? 0)
        }

        /// What holds the problems: "briefing decks", "scenarios" or both.
        var failingKinds: String {
            let kinds = [decks.contains { $0.result.failure != nil } ? "briefing decks" : nil,
                         scenarios.contains { $0.result.failure != nil } ? "scenarios" : nil].compactMap { $0 }
            return kinds.joined(separator: " and ")
        }
    }

    private func reportText(_ result: Result<Dataset, LoadFailure>, companions: Companions, folder: String) throws {
        switch result {
        case .success(let dataset):
            let (issues, status) = companions.problems
            if status != 0 {
                for issue in issues { StandardError.write(issue.description) }
                StandardError.write("\(folder): invalid — \(issues.count) problem\(issues.count == 1 ? "" : "s") in \(companions.failingKinds)")
                throw ExitCode(status)
            }
            let files = DatasetSummary.files(of: dataset)
            let records = files.reduce(0) { $0 + $1.records }
            let decks = companions.decks, scenarios = companions.scenarios
            print("\(DataIssue.escaped(folder)): valid — \(files.count) files, \(records) records"
                  + (decks.isEmpty ? "" : ", \(decks.count) briefing deck\(decks.count == 1 ? "" : "s")")
                  + (scenarios.isEmpty ? "" : ", \(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s")"))
            for file in files {
                print("  \(file.file.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(file.records).leftPadded(to: 5))")
            }
            func line(_ folderName: String, _ file: String, _ count: Int, _ unit: String) {
                let name = folderName + "/" + (file as NSString).lastPathComponent
                print("  \(name.padding(toLength: max(26, name.count), withPad: " ", startingAt: 0)) \(String(count).leftPadded(to: 5)) \(unit)")
            }
            for deck in decks {
                if case .success(let loaded) = deck.result { line(BriefingLoader.folderName, deck.file, loaded.steps.count, "steps") }
            }
            for scenario in scenarios {
                guard case .success(let loaded) = scenario.result else { continue }
                let years = loaded.durationYears == 1 ? "year" : "years"
                line(ScenarioLocation.folderName, scenario.file, loaded.durationYears, "\(years), \(DataIssue.escaped(loaded.name))")
            }
            if !dataset.outlines.isEmpty {
                print("  \(OutlineLoader.fileName.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(dataset.outlines.count).leftPadded(to: 5)) outlines")
            }
        case .failure(let failure):
            for issue in failure.issues { StandardError.write(issue.description) }
            StandardError.write("\(folder): invalid — \(failure.issues.count) problem\(failure.issues.count == 1 ? "" : "s")")
            throw ExitCode(failure.exitStatus)
        }
    }

    private func reportJSON(_ result: Result<Dataset, LoadFailure>, companions: Companions, folder: String) throws {
        struct Report: Encodable {
            var folder: String
            var valid: Bool
            var issues: [IssueDocument]
            var files: [DatasetSummary.FileCount]?
            var briefings: [Deck]?
            var scenarios: [ScenarioFile]?
            /// Country outlines for the map (absent when the folder has none).
            var outlines: Int?
            struct Deck: Encodable {
                var file: String
                var valid: Bool
                var steps: Int?
            }
            struct ScenarioFile: Encodable {
                var file: String
                var valid: Bool
            }
        }
        var report = Report(folder: DataIssue.escaped(folder), valid: true, issues: [], files: nil)
        var status: Int32 = 0
        switch result {
        case .success(let dataset):
            report.files = DatasetSummary.files(of: dataset)
            report.outlines = dataset.outlines.isEmpty ? nil : dataset.outlines.count
            report.briefings = companions.decks.map { deck in
                let steps = try? deck.result.get().steps.count
                return Report.Deck(file: deck.file, valid: steps != nil, steps: steps)
            }
            report.scenarios = companions.scenarios.map { Report.ScenarioFile(file: $0.file, valid: $0.result.failure == nil) }
            let (issues, companionStatus) = companions.problems
            if companionStatus != 0 {
                report.valid = false
                status = companionStatus
                report.issues = issues.map(IssueDocument.init)
            }
        case .failure(let failure):
            report.valid = false
            status = failure.exitStatus
            report.issues = failure.issues.map(IssueDocument.init)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
        if status != 0 { throw ExitCode(status) }
    }
}

extension Result {
    /// The error, when this is one.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

extension String {
    /// The string right-aligned in `width` columns (for number columns in reports).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
