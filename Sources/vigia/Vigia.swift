import ArgumentParser

/// The `vigia` command: the dashboard by default, plus headless subcommands.
@main
struct Vigia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigia",
        abstract: "A terminal dashboard for briefing on gang violence and security policy in Latin America.",
        subcommands: [DashboardCommand.self, RenderCommand.self, ExportCommand.self, ValidateCommand.self, SummaryCommand.self, BriefCommand.self, FollowCommand.self, ScenarioCommand.self, ImportCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
