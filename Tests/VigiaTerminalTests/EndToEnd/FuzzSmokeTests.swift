import Foundation
import Testing

/// Runs every libFuzzer target (`Scripts/fuzz.sh`) for a short bounded time as part of
/// `swift test`: 30 s each by default, `VIGIA_FUZZ_SECONDS` to change it (`.ci/run` shortens
/// the second, sanitizer pass). The first run builds the fuzzers into `.build/fuzz` (about two
/// minutes); later runs reuse them while the sources are unchanged.
///
/// Never skipped: a toolchain that cannot build fuzzers fails this test, loudly.
@Suite(.tags(.slow, .fuzz)) struct FuzzSmokeTests {
    static let targets = ["loader", "keys", "briefing"]

    @Test func everyFuzzerRunsWithoutFindingACrash() throws {
        let seconds = Int(ProcessInfo.processInfo.environment["VIGIA_FUZZ_SECONDS"] ?? "") ?? 30
        let script = BuiltProduct.checkout.appendingPathComponent("Scripts/fuzz.sh").path
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out").path, errors = directory.appendingPathComponent("err").path
        var environment = ProcessInfo.processInfo.environment
        // The test process's sanitizer settings (under `swift test --sanitize=…`) are not the fuzzers'.
        environment["ASAN_OPTIONS"] = nil
        environment["TSAN_OPTIONS"] = nil
        let status = try spawnAndWait("/bin/bash", [script, "--time", "\(seconds)"] + Self.targets,
                                      environment: environment, standardOutput: output, standardError: errors)
        let summary = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        let log = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        #expect(status == 0, "Scripts/fuzz.sh exited \(status)\n\(summary)\n\(log.suffix(4000))")
        for target in Self.targets {
            let line = summary.split(separator: "\n").first { $0.hasPrefix("\(target): ") } ?? ""
            #expect(line.hasPrefix("\(target): ok — "), "\(target): \(line)\n\(log.suffix(2000))")
            let executions = Int(line.split(separator: " ").dropFirst(3).first ?? "") ?? 0
            #expect(executions > 100, "\(target) ran only \(executions) inputs: \(line)")
        }
    }
}
