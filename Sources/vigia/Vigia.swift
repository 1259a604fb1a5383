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
}
