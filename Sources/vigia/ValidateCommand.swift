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
        switch format {
        case .text: try reportText(result, folder: location.displayPath)
        case .json: try reportJSON(result, folder: location.displayPath)
        }
    }

    private func reportText(_ result: Result<Dataset, LoadFailure>, folder: String) throws {
        switch result {
        case .success(let dataset):
            let summary = DatasetSummary(dataset)
            let records = summary.files.reduce(0) { $0 + $1.records }
            print("\(folder): valid — \(summary.files.count) files, \(records) records")
            for file in summary.files {
                print("  \(file.file.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(file.records).leftPadded(to: 5))")
            }
        case .failure(let failure):
            for issue in failure.issues { StandardError.write(issue.description) }
            StandardError.write("\(folder): invalid — \(failure.issues.count) problem\(failure.issues.count == 1 ? "" : "s")")
            throw ExitCode(failure.exitStatus)
        }
    }

    private func reportJSON(_ result: Result<Dataset, LoadFailure>, folder: String) throws {
        struct Report: Encodable {
            struct Issue: Encodable {
                var file: String
                var line: Int?
                var column: Int?
                var path: String?
                var message: String
            }
            var folder: String
            var valid: Bool
            var issues: [Issue]
            var files: [DatasetSummary.FileCount]?
        }
        var report = Report(folder: folder, valid: true, issues: [], files: nil)
        var status: Int32 = 0
        switch result {
        case .success(let dataset):
            report.files = DatasetSummary(dataset).files
        case .failure(let failure):
            report.valid = false
            status = failure.exitStatus
            report.issues = failure.issues.map {
                Report.Issue(file: $0.file, line: $0.position?.line, column: $0.position?.column, path: $0.path?.description, message: $0.message)
            }
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
