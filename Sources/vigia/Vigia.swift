import ArgumentParser

/// The `vigia` command: the dashboard by default, plus headless subcommands.
@main
struct Vigia: ParsableCommand {
    /// The one version number: `vigia --version`, `vigia summary` and the man page read it.
    static let version = "1.0.0"

    static let configuration = CommandConfiguration(
        commandName: "vigia",
        abstract: "A terminal dashboard for briefing on gang violence and security policy in Latin America.",
        version: version,
        subcommands: [
            DashboardCommand.self, RenderCommand.self, ExportCommand.self, ValidateCommand.self, SummaryCommand.self,
            BriefCommand.self, FollowCommand.self, ScenarioCommand.self, ImportCommand.self, ManualCommand.self, ReplayCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Parses the arguments and runs the command. A usage error found only while running (a
    /// country or year the data does not have) is printed with the usage of the command that
    /// found it, as a parsing error is, rather than with the top-level usage.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
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
