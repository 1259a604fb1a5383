import ArgumentParser
import Foundation
import VigiaModel

/// `vigia-bench`: Vigía's speed and size, measured the way a user meets them.
///
/// `vigia-bench` (the default `run`) prints a table of figures with min / median / max over
/// repeated runs; `vigia-bench generate` writes the synthetic data set it scales with.
/// Docs/performance.md has the command, the figures of the reference machine and what they
/// mean. Timings are reported, never asserted: the tests only check that it runs.
@main
struct VigiaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigia-bench",
        abstract: "Measure the dashboard: first frame, key latency, bytes on the wire, scale and memory.",
        subcommands: [RunCommand.self, GenerateCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// `vigia-bench generate`: the synthetic data folder, without running the benchmark.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic data folder SCALE times the bundled one (valid; never commit it)."
    )

    @Option(help: "How many copies of the bundled data to write (1…\(SyntheticData.maximumScale)).")
    var scale: Int = 100

    @Option(help: ArgumentHelp("The folder to write (created if needed).", valueName: "DIR"))
    var out: String

    @Option(help: "Seed for the figures' random variation (the same seed gives the same files).")
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("The data folder to copy from (default: the bundled Data/).", valueName: "DIR"))
    var data: String?

    func run() throws {
        let source = DataLocation.resolve(explicit: data)
        let generator = SyntheticData(bundled: source.url, scale: scale, seed: seed)
        let (files, milliseconds) = try timed { try generator.write(to: URL(fileURLWithPath: out)) }
        let records = files.reduce(0) { $0 + $1.records }
        let bytes = files.reduce(0) { $0 + $1.bytes }
        print("\(out): \(scale)× \(source.displayPath) — \(files.count) files, \(records) records, \(Report.fixed(Double(bytes) / 1_048_576, 1)) MB in \(Report.fixed(milliseconds, 0)) ms")
        for file in files {
            print("  \(file.file.fileName.padded(26)) \(String(file.records).leftPadded(8)) \(Report.fixed(Double(file.bytes) / 1_048_576, 2).leftPadded(7)) MB")
        }
    }
}
