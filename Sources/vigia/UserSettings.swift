import ArgumentParser
import Foundation
import VigiaModel

/// The config file's settings for this run, read once (see `UserConfig`).
enum UserSettings {
    static let loaded = Result { () throws(LoadFailure) -> UserConfig in
        try UserConfig.load(environment: ProcessInfo.processInfo.environment)
    }

    /// The settings; empty when the file is bad (every command that reads data stops first).
    static var current: UserConfig { (try? loaded.get()) ?? UserConfig() }

    /// Prints every problem of a bad config file and exits 65.
    static func check() throws {
        guard case .failure(let failure) = loaded else { return }
        for issue in failure.issues { StandardError.write(issue.description) }
        StandardError.write("\(failure.issues.count) problem\(failure.issues.count == 1 ? "" : "s") in the config file; fix it or move it aside")
        throw ExitCode(65)
    }
}
