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
        // Decks are checked against the data set, so only once the data set itself is valid.
        let decks = (try? result.get()).map { BriefingLoader.loadAll(dataFolder: location.url, displayPath: location.displayPath, dataset: $0) } ?? []
        switch format {
        case .text: try reportText(result, decks: decks, folder: location.displayPath)
        case .json: try reportJSON(result, decks: decks, folder: location.displayPath)
        }
    }

    typealias DeckResults = [(file: String, result: Result<BriefingDeck, LoadFailure>)]

    /// The deck problems, and the exit status they call for (0 when every deck is valid).
    private func deckIssues(_ decks: DeckResults) -> (issues: [DataIssue], status: Int32) {
        var issues: [DataIssue] = []
        var status: Int32 = 0
        for deck in decks {
            if case .failure(let failure) = deck.result {
                issues += failure.issues
                status = max(status, failure.exitStatus)
            }
        }
        return (issues, status)
    }

    private func reportText(_ result: Result<Dataset, LoadFailure>, decks: DeckResults, folder: String) throws {
        switch result {
        case .success(let dataset):
            let (issues, status) = deckIssues(decks)
            if status != 0 {
                for issue in issues { StandardError.write(issue.description) }
                StandardError.write("\(folder): invalid — \(issues.count) problem\(issues.count == 1 ? "" : "s") in briefing decks")
                throw ExitCode(status)
            }
            let files = DatasetSummary.files(of: dataset)
            let records = files.reduce(0) { $0 + $1.records }
            print("\(DataIssue.escaped(folder)): valid — \(files.count) files, \(records) records" + (decks.isEmpty ? "" : ", \(decks.count) briefing deck\(decks.count == 1 ? "" : "s")"))
            for file in files {
                print("  \(file.file.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(file.records).leftPadded(to: 5))")
            }
            for deck in decks {
                guard case .success(let loaded) = deck.result else { continue }
                let name = BriefingLoader.folderName + "/" + (deck.file as NSString).lastPathComponent
                print("  \(name.padding(toLength: max(26, name.count), withPad: " ", startingAt: 0)) \(String(loaded.steps.count).leftPadded(to: 5)) steps")
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

    private func reportJSON(_ result: Result<Dataset, LoadFailure>, decks: DeckResults, folder: String) throws {
        struct Report: Encodable {
            var folder: String
            var valid: Bool
            var issues: [IssueDocument]
            var files: [DatasetSummary.FileCount]?
            var briefings: [Deck]?
            /// Country outlines for the map (absent when the folder has none).
            var outlines: Int?
            struct Deck: Encodable {
                var file: String
                var valid: Bool
                var steps: Int?
            }
        }
        var report = Report(folder: DataIssue.escaped(folder), valid: true, issues: [], files: nil)
        var status: Int32 = 0
        switch result {
        case .success(let dataset):
            report.files = DatasetSummary.files(of: dataset)
            report.outlines = dataset.outlines.isEmpty ? nil : dataset.outlines.count
            report.briefings = decks.map { deck in
                let steps = try? deck.result.get().steps.count
                return Report.Deck(file: deck.file, valid: steps != nil, steps: steps)
            }
            let (issues, deckStatus) = deckIssues(decks)
            if deckStatus != 0 {
                report.valid = false
                status = deckStatus
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

extension String {
    /// The string right-aligned in `width` columns (for number columns in reports).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
