import ArgumentParser
import Foundation
import VigiaModel
import VigiaTerminal
import VigiaViews

/// `vigia` (the default): the interactive dashboard in this terminal.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (the default command)."
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var start: StartOptions

    @OptionGroup var mouse: MouseOptions

    @Option(name: .customLong("scenario"), help: ArgumentHelp("Your Plan Ecuador scenario file: read if it exists, saved to with w (default: $XDG_DATA_HOME/vigia/scenario.json).", valueName: "PATH"))
    var scenarioPath: String?

    func run() throws {
        let location = dataOptions.location
        let dataset = try dataOptions.load(from: location)
        let dashboard = Dashboard(dataset: dataset)
        var initial = try start.state(for: dashboard)
        let scenarioFile = ScenarioFile.resolve(explicit: scenarioPath, dataFolder: location.url)
        initial.scenario = try loadScenario(scenarioFile, dataset: dataset)
        let bundled = scenarioFile.bundled
        var loop = InteractiveLoop(dashboard, state: initial)
        let status = try InteractiveTerminal.run(display: display, mouse: mouse.reportsMouse) { runner, theme, glyphs in
            runner.drive(&loop, theme: theme, glyphs: glyphs) { $0.performScenarioSave(readOnly: [bundled]) }.exitStatus
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The scenario session: the user's file when it exists (a bad one stops here with the
    /// data files' errors and exit status), else the bundled default, read-only, whose edits
    /// go to the user's file. No bundled default (another data folder) means no scenario.
    private func loadScenario(_ file: ScenarioFile, dataset: Dataset) throws -> ScenarioSession? {
        let isOwn = file.read == file.target
        if !isOwn, !FileManager.default.fileExists(atPath: file.read.path) { return nil }
        do {
            let loaded = try ScenarioLoader.load(from: file.read, displayPath: file.readDisplay, dataset: dataset)
            return ScenarioSession(scenario: loaded.scenario, loadedFrom: file.readDisplay, target: file.target.path,
                                   fingerprint: isOwn ? loaded.fingerprint : nil)
        } catch {
            for issue in error.issues { StandardError.write(issue.description) }
            StandardError.write("\(error.issues.count) problem\(error.issues.count == 1 ? "" : "s") in \(file.readDisplay)")
            throw ExitCode(error.exitStatus)
        }
    }
}
