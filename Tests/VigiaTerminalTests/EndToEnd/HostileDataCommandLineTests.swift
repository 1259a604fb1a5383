import Foundation
import Testing

/// Hostile data files (`Tests/VigiaModelTests/Hostile/`) through the real `vigia` binary: exit
/// status 65, and not one byte on standard output or error that could drive a terminal, in
/// the text report, the JSON report, or a command that only loads the data (`render`).
@Suite struct HostileDataCommandLineTests {
    static let fixtures = BuiltProduct.checkout.appendingPathComponent("Tests/VigiaModelTests/Fixtures/valid")
    static let hostile = BuiltProduct.checkout.appendingPathComponent("Tests/VigiaModelTests/Hostile")

    static let files = [
        "countries.escape-csi.json", "countries.escape-osc.json", "countries.escape-in-key.json", "countries.raw-escape.json",
        "countries.c1-csi.json", "countries.c1-escaped.json", "countries.c1-in-key.json", "countries.bidi-override.json", "countries.nul-escaped.json",
        "countries.del.json", "countries.utf8-lone-byte.json",
    ]

    /// ESC, other C0 controls (newline and tab aside), DEL, C1 controls (raw or UTF-8 encoded)
    /// and bidi controls (UTF-8 encoded).
    static func terminalControls(in bytes: [UInt8]) -> [String] {
        var found: [String] = []
        for (index, byte) in bytes.enumerated() {
            if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F {
                found.append(String(format: "0x%02X at %d", byte, index))
            }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                found.append(String(format: "U+00%02X at %d", bytes[index + 1], index))
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for scalar in text.unicodeScalars where [0x061C, 0x200E, 0x200F].contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
            found.append("U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
        return found
    }

    @Test(arguments: files)
    func rejectedWithoutControlBytes(_ name: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-hostile-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent(String(name.prefix { $0 != "." }) + ".json")
        try FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: Self.hostile.appendingPathComponent(name), to: target)
        for arguments in [["validate"], ["validate", "--format", "json"], ["render", "overview"]] {
            let result = try BuiltProduct.run("vigia", arguments + ["--data", folder.path])
            #expect(result.status == 65, "\(name) \(arguments): status \(result.status)\n\(result.stderr)")
            #expect(!(result.stdout + result.stderr).isEmpty)
            for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                let controls = Self.terminalControls(in: Array(text.utf8))
                #expect(controls.isEmpty, "\(name) \(arguments) \(stream) carries \(controls): \(text.debugDescription)")
            }
        }
    }

    @Test func aFolderNamedWithAnEscapeIsEscapedToo() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-hostile-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("data\u{1B}]0;pwned\u{07}\u{9B}31m")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures, to: folder)
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("regions.json"))
        try FileManager.default.copyItem(at: Self.hostile.appendingPathComponent("regions.bom.json"), to: folder.appendingPathComponent("regions.json"))
        for arguments in [["validate"], ["validate", "--format", "json"]] {
            let result = try BuiltProduct.run("vigia", arguments + ["--data", folder.path])
            #expect(result.status == 65)
            #expect(Self.terminalControls(in: Array((result.stdout + result.stderr).utf8)).isEmpty, "\(arguments): \((result.stdout + result.stderr).debugDescription)")
            // Escaped as on a terminal (JSON then escapes that backslash once more).
            #expect((result.stdout + result.stderr).contains("u{1B}]0;pwned"), "\(arguments): \(result.stdout + result.stderr)")
        }
    }
}
