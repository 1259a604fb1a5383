import Foundation
import VigiaModel

/// The content of a data folder as one SHA-256 digest, so a replay can tell that its data is
/// not the data a briefing was recorded with even when their date and record count agree (a
/// record edited, a claim renamed).
///
/// Why the files' bytes rather than the loaded records: it needs no change to the loader, which
/// stays as fast as it is; only `vigia brief --record` and `vigia replay` read the files again.
/// Each data file (and the map's outlines, when the folder has them) is fed with its name and
/// length before its bytes, in a fixed order, so bytes moved from one file to another count.
public enum DataFingerprint {
    /// The folder's digest as `sha256:` and 64 hexadecimal digits; nil when a data file cannot
    /// be read, in which case a replay compares the data's date and record count instead.
    public static func of(folder: URL) -> String? {
        var digest = SHA256()
        let names = DataFile.allCases.map(\.fileName) + [OutlineLoader.fileName]
        for name in names {
            let url = folder.appendingPathComponent(name)
            guard let bytes = try? Data(contentsOf: url) else {
                if name == OutlineLoader.fileName, !FileManager.default.fileExists(atPath: url.path) { continue }
                return nil
            }
            digest.update(Array("\(name)\u{0}\(bytes.count)\u{0}".utf8))
            digest.update(bytes)
        }
        return "sha256:" + digest.hexDigest()
    }
}
