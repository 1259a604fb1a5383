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

    @Flag(help: "Ignore the mouse (it is never required).")
    var noMouse = false

    @Option(name: .customLong("scenario"), help: ArgumentHelp("Your Plan Ecuador scenario file: read if it exists, saved to with w (default: $XDG_DATA_HOME/vigia/scenario.json).", valueName: "PATH"))
    var scenarioPath: String?

    func run() throws {
        let dataset = try dataOptions.load()
        let dashboard = Dashboard(dataset: dataset)
        var initial = try start.state(for: dashboard)
        let scenarioFile = ScenarioFile.resolve(explicit: scenarioPath, dataFolder: dataOptions.location.url)
        initial.scenario = try loadScenario(scenarioFile, dataset: dataset)
        let status = try InteractiveTerminal.run(display: display, mouse: !noMouse) { session, theme, glyphs in
            let runner = TerminalRunner(session: session, minimumSize: Frame.minimumSize)
            var state = initial
            let outcome = runner.run(
                render: { size in
                    Frame.render(ScreenContext(dashboard: dashboard, state: state, theme: theme, glyphs: glyphs), size: size)
                },
                handle: { key in
                    if case .mouse(let event) = key, event.kind == .click, event.position.y == 0,
                       let tab = Frame.tabColumns(width: session.size.width).first(where: { $0.range.contains(event.position.x) }) {
                        state = dashboard.reduce(state, .show(tab.screen))
                        return .redraw
                    }
                    if key == .control("l") { runner.presenter.invalidate(clearScreen: true) }
                    var next = dashboard.reduce(state, key: key)
                    // Saving is the one side effect: reduce records it, it happens here.
                    if let outcome = next.scenario?.performPendingSave(readOnly: [scenarioFile.bundled]) {
                        next = dashboard.reduce(next, .scenarioSaved(outcome))
                    }
                    if next.shouldQuit { return .quit }
                    let changed = next != state
                    state = next
                    return changed || key == .resize ? .redraw : .continue
                }
            )
            return outcome.exitStatus
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
