import ArgumentParser
import Foundation
import VigiaModel

/// `vigia scenario show|compare|validate [PATH]`: the Plan Ecuador scenario without a
/// terminal, as text, Markdown or JSON. Without PATH it reads the user's own scenario file,
/// else the bundled default; a bad file fails with the data files' precise errors and exit
/// statuses (65 invalid, 66 missing).
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Show, compare or validate a Plan Ecuador scenario file (default: your own, else the bundled one)."
    )

    enum Verb: String, ExpressibleByArgument, CaseIterable {
        case show, compare, validate
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, md, json
    }

    @Argument(help: "show, compare or validate")
    var verb: Verb

    @Argument(help: ArgumentHelp("The scenario file (default: $XDG_DATA_HOME/vigia/scenario.json if it exists, else the bundled default).", valueName: "PATH"))
    var path: String?

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "Output format: text, md or json.")
    var format: OutputFormat = .text

    func run() throws {
        let dataset = try dataOptions.load()
        var file = ScenarioFile.resolve(explicit: path, dataFolder: dataOptions.location.url)
        if let path {
            // A file named on the command line is the one to read, even when it is missing
            // (exit 66), unlike the dashboard's --scenario, which may name a file to create.
            file.read = URL(fileURLWithPath: path)
            file.readDisplay = path
        }
        let loaded: ScenarioLoader.Loaded
        do {
            loaded = try ScenarioLoader.load(from: file.read, displayPath: file.readDisplay, dataset: dataset)
        } catch {
            if verb == .validate, format == .json {
                print(ScenarioReport.json(ValidationDocument(file: file.readDisplay, valid: false, issues: error.issues.map(IssueDocument.init))))
            } else {
                for issue in error.issues { StandardError.write(issue.description) }
                StandardError.write("\(file.readDisplay): \(error.exitStatus == 66 ? "cannot read the scenario" : "invalid scenario") — \(error.issues.count) problem\(error.issues.count == 1 ? "" : "s")")
            }
            throw ExitCode(error.exitStatus)
        }
        let reportFormat = ScenarioReport.Format(rawValue: format.rawValue) ?? .text
        switch verb {
        case .show:
            print(ScenarioReport.show(loaded.scenario, path: file.readDisplay, dataset: dataset, format: reportFormat))
        case .compare:
            print(ScenarioReport.compare(loaded.scenario, path: file.readDisplay, dataset: dataset, format: reportFormat))
        case .validate:
            if format == .json {
                print(ScenarioReport.json(ValidationDocument(file: file.readDisplay, valid: true, issues: [])))
            } else {
                print("\(file.readDisplay): valid scenario — \(Pillar.allCases.count) pillars summing to \(Scenario.percentText(loaded.scenario.allocation.sum))%")
            }
        }
    }

    private struct ValidationDocument: Encodable {
        var file: String
        var valid: Bool
        var issues: [IssueDocument]
    }
}

/// Which scenario file to read and which to save to.
///
/// The bundled default is only ever read: when the user has no file of their own, edits are
/// saved to the user's XDG path (or the `--scenario` path), never over the default.
struct ScenarioFile {
    var read: URL
    var readDisplay: String
    var target: URL
    var bundled: URL

    static func resolve(explicit: String?, dataFolder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> ScenarioFile {
        let bundled = ScenarioLocation.bundledDefault(in: dataFolder)
        let target = explicit.flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) } ?? ScenarioLocation.userFile(environment: environment)
        let display = explicit ?? target.path
        if FileManager.default.fileExists(atPath: target.path) {
            return ScenarioFile(read: target, readDisplay: display, target: target, bundled: bundled)
        }
        return ScenarioFile(read: bundled, readDisplay: bundled.path, target: target, bundled: bundled)
    }
}
