import ArgumentParser
import Foundation
import VigiaModel

/// `--data DIR`, shared by every subcommand that reads the data set.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder (default: $VIGIA_DATA, else the bundled Data/).", valueName: "DIR"))
    var data: String?

    var location: DataLocation.Resolved { DataLocation.resolve(explicit: data) }

    /// Loads the data set, or prints every problem to standard error and exits 65 or 66.
    func load() throws -> Dataset {
        let location = self.location
        do {
            return try DatasetLoader.load(from: location.url, displayPath: location.displayPath)
        } catch {
            for issue in error.issues { StandardError.write(issue.description) }
            StandardError.write("\(error.issues.count) problem\(error.issues.count == 1 ? "" : "s") in \(location.displayPath)")
            throw ExitCode(error.exitStatus)
        }
    }
}
