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

    /// Exits 66 with the setting's place when the config file names a data folder that is not
    /// there; a folder named by a flag or the environment is reported by the loader instead.
    static func checkDataFolder() throws {
        guard let folder = current.data else { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            StandardError.write(current.issue("data", "\(folder): no such data folder").description)
            throw ExitCode(66)
        }
    }

    /// Exits 65 with the setting's place when the config file's country is refused.
    static func refuseCountry(_ message: String) throws -> Never {
        StandardError.write(current.issue("country", message).description)
        throw ExitCode(65)
    }
}
