import ArgumentParser

extension DashboardCommand {
    /// `vigia` with no arguments: the dashboard with every option at its default, made without
    /// ArgumentParser.
    ///
    /// Parsing even an empty command line reflects every option of the root command and the
    /// dashboard (23 M instructions, about 2 ms of the first frame). With no arguments there
    /// is nothing to parse, so the options are set to what parsing `[]` gives, and the option
    /// groups are validated as parsing validates them (a bad config file stops here, with the
    /// same message and exit status). `DashboardDefaultsTests` checks that this command equals
    /// the parsed one, option by option.
    static func withDefaults() throws -> DashboardCommand {
        var command = DashboardCommand()
        command.dataOptions = DataOptions()
        command.dataOptions.data = nil
        command.display = DisplayOptions()
        command.display.chosenTheme = nil
        command.display.ascii = false
        command.start = StartOptions()
        command.start.screen = nil
        command.start.country = nil
        command.start.year = nil
        command.mouse = MouseOptions()
        command.mouse.noMouse = false
        command.scenarioPath = nil
        try command.dataOptions.validate()
        return command
    }
}
