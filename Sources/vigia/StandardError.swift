import Foundation

import VigiaModel

/// Diagnostics go to standard error so standard output stays machine-readable.
enum StandardError {
    /// Writes one line with every control, C1 and bidi character escaped (`\u{1B}`): a
    /// message may quote a hostile file name or value, and must never drive the terminal.
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((DataIssue.escaped(line) + "\n").utf8))
    }
}
