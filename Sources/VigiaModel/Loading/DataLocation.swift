import Foundation

/// Finds the data folder: `--data DIR`, else `$VIGIA_DATA`, else the bundled `Data/`.
///
/// The bundled folder is looked for beside an installed binary (`<prefix>/share/vigia/Data`,
/// the layout `Docs/install.md` describes) and then in the source checkout the binary was
/// built from, which is what `swift run` uses.
public enum DataLocation {
    /// A chosen folder and how to name it in messages.
    public struct Resolved: Sendable, Equatable {
        public var url: URL
        public var displayPath: String
    }

    public static func resolve(
        explicit: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = runningExecutable
    ) -> Resolved {
        if let explicit, !explicit.isEmpty {
            return Resolved(url: URL(fileURLWithPath: explicit), displayPath: explicit)
        }
        if let fromEnvironment = environment["VIGIA_DATA"], !fromEnvironment.isEmpty {
            return Resolved(url: URL(fileURLWithPath: fromEnvironment), displayPath: fromEnvironment)
        }
        for candidate in bundledCandidates(executable: executable) where isDataFolder(candidate) {
            return Resolved(url: candidate, displayPath: relativeToWorkingDirectory(candidate))
        }
        let fallback = checkoutData
        return Resolved(url: fallback, displayPath: relativeToWorkingDirectory(fallback))
    }

    /// The running binary. On Linux it is read from `/proc/self/exe`: `Bundle.main`, which
    /// gives the same path, costs about 0.4 ms before the dashboard's first frame.
    public static var runningExecutable: URL? {
        #if os(Linux)
        var path = [UInt8](repeating: 0, count: Int(PATH_MAX))
        let length = path.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { readlink("/proc/self/exe", $0.baseAddress!, $0.count) }
        }
        if length > 0, length < path.count { return URL(fileURLWithPath: String(decoding: path[..<length], as: UTF8.self)) }
        #endif
        return Bundle.main.executableURL
    }

    /// `Data/` of the source checkout this library was compiled from.
    static var checkoutData: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // Loading
            .deletingLastPathComponent() // VigiaModel
            .deletingLastPathComponent() // Sources
            .deletingLastPathComponent() // checkout
            .appendingPathComponent("Data")
    }

    static func bundledCandidates(executable: URL?) -> [URL] {
        var candidates: [URL] = []
        if let directory = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
            candidates.append(directory.deletingLastPathComponent().appendingPathComponent("share/vigia/Data"))
            candidates.append(directory.appendingPathComponent("Data"))
        }
        candidates.append(checkoutData)
        return candidates
    }

    private static func isDataFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(DataFile.sources.fileName).path)
    }

    private static func relativeToWorkingDirectory(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}
