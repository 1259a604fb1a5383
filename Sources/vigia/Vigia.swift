import ArgumentParser
import VigiaModel

/// The `vigia` command: the dashboard by default, plus headless subcommands.
@main
struct Vigia: ParsableCommand {
    /// The one version number: `vigia --version`, `vigia summary` and the man page read it.
    static let version = "1.0.0"

    static let configuration = CommandConfiguration(
        commandName: "vigia",
        abstract: "A terminal dashboard for briefing on gang violence and security policy in Latin America.",
        discussion: """
        Without a subcommand, vigia opens the dashboard on the data folder: --data, else $VIGIA_DATA, else the config file's folder, else the bundled data.

        Environment: VIGIA_DATA names the data folder; NO_COLOR draws without colour (the mono theme); XDG_CONFIG_HOME is where the config file is looked for (default ~/.config).

        Files: $XDG_CONFIG_HOME/vigia/config.json is a JSON object with any of theme, country and data. Flags beat the environment, which beats the file. PREFIX/share/vigia/Data is the bundled data set; vigia import writes it only when --data names it.

        Exit status: 0 success; 64 a usage error; 65 invalid data, configuration or import file; 66 a missing file or folder; 73 a refused write; 74 a failed write.
        """,
        version: version,
        subcommands: [
            DashboardCommand.self, RenderCommand.self, ExportCommand.self, ValidateCommand.self, SummaryCommand.self,
            BriefCommand.self, FollowCommand.self, ScenarioCommand.self, ImportCommand.self, ReplayCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Parses the arguments and runs the command. A usage error found only while running (a
    /// country or year the data does not have) is printed with the usage of the command that
    /// found it, as a parsing error is, rather than with the top-level usage. `vigia` alone
    /// makes the dashboard's command without parsing (`DashboardCommand.withDefaults`). The
    /// loader's worker thread is started first, to be ready when the data files are.
    static func main() {
        WorkerThreads.start()
        var command: ParsableCommand
        do {
            command = CommandLine.arguments.count == 1 ? try DashboardCommand.withDefaults() : try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let error as ValidationError {
            let usage = usageString(for: type(of: command))
            let path = usage.split(separator: " ").prefix { !"<[-".contains($0.first ?? "-") }.joined(separator: " ")
            StandardError.write("Error: \(error.message)")
            StandardError.write("Usage: \(usage)")
            StandardError.write("  See '\(path) --help' for more information.")
            exit(withError: ExitCode.validationFailure)
        } catch {
            exit(withError: error)
        }
    }
}
