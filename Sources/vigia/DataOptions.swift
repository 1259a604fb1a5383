import ArgumentParser
import Foundation
import VigiaModel

/// `--data DIR`, shared by every subcommand that reads the data set.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder (default: $VIGIA_DATA, else the config file's, else the bundled Data/).", valueName: "DIR"))
    var data: String?

    /// `--data`, else `$VIGIA_DATA`, else the config file's folder, else the bundled one.
    var location: DataLocation.Resolved {
        let environment = ProcessInfo.processInfo.environment
        let configured = (environment["VIGIA_DATA"] ?? "").isEmpty ? UserSettings.current.data : nil
        return DataLocation.resolve(explicit: data ?? configured, environment: environment)
    }

    /// A bad config file stops every command that reads data, with its problems located.
    func validate() throws {
        try UserSettings.check()
        if data == nil, (ProcessInfo.processInfo.environment["VIGIA_DATA"] ?? "").isEmpty { try UserSettings.checkDataFolder() }
    }

    /// Loads the data set, or prints every problem to standard error and exits 65 or 66.
    func load() throws -> Dataset {
        try load(from: location)
    }

    /// Loads the data set from `location`, already resolved by a command that needs it again.
    func load(from location: DataLocation.Resolved) throws -> Dataset {
        do {
            return try DatasetLoader.load(from: location.url, displayPath: location.displayPath)
        } catch {
            for issue in error.issues { StandardError.write(issue.description) }
            StandardError.write("\(error.issues.count) problem\(error.issues.count == 1 ? "" : "s") in \(location.displayPath)")
            throw ExitCode(error.exitStatus)
        }
    }
}
