import ArgumentParser
import Foundation
import VigiaModel

/// What every `vigia import` shares: the source cited, the scope, how other sources' figures
/// are treated, the report format, and whether to write.
struct ImportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The source every imported figure cites: an id in the sources, or a new id described with the four options below.", valueName: "ID"))
    var source: String

    @OptionGroup var newSource: NewSourceOptions

    @Option(help: ArgumentHelp("Import only these countries or regions (comma-separated codes, e.g. ECU,COL,LAC).", valueName: "CODES"))
    var countries: String?

    @Option(help: ArgumentHelp("Import only these years (YEAR or FROM-TO).", valueName: "YEARS"))
    var years: String?

    @Flag(name: .customLong("default"), help: "Make imported homicide figures the default where another source's figure is (needs --reason); aid and monthly figures from another source are never replaced.")
    var makeDefault = false

    @Option(help: ArgumentHelp("Why the default is the default: recorded on new defaults, or on a default that gains its first alternative.", valueName: "TEXT"))
    var reason: String?

    @Option(help: "Report format: text or json.")
    var format: ImportReport.Format = .text

    @Flag(help: "Apply the changes (without it, only show them).")
    var write = false

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if makeDefault, (reason ?? "").isEmpty { throw ValidationError("--default needs --reason saying why the imported figures are the default") }
        _ = try newSource.source(id: source)
        _ = try yearSpan()
    }

    func yearSpan() throws -> ClosedRange<Int>? {
        guard let years else { return nil }
        let parts = years.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        switch parts.count {
        case 1: if let year = parts[0] { return year...year }
        case 2: if let from = parts[0], let to = parts[1], from <= to { return from...to }
        default: break
        }
        throw ValidationError("--years takes YEAR or FROM-TO, e.g. 2000-2024")
    }

    /// Reads `file` with `read`, plans the import, reports it, and writes it with `--write`;
    /// `release` is the release date of monthly counts.
    func run(file: String, release: PartialDate? = nil, read: (CSVTable, ImportScope) throws(ImportIssue) -> ImportBatch) throws {
        let dataset = try dataOptions.load()
        let scope = ImportScope(dataset: dataset, chosen: try chosenAreas(in: dataset), years: try yearSpan(), source: source)
        guard let data = FileManager.default.contents(atPath: file) else {
            StandardError.write("\(file): no such file, or it cannot be read")
            throw ExitCode(66)
        }
        let batch: ImportBatch
        do {
            batch = try read(try CSVTable(bytes: [UInt8](data), file: file), scope)
        } catch {
            StandardError.write(error.description)
            throw ExitCode(65)
        }
        let location = dataOptions.location
        let options = ImportPlanner.Options(makeDefault: makeDefault, reason: reason, release: release)
        let described = try newSource.source(id: source)
        let result: ImportResult
        do {
            result = try ImportPlanner(folder: location.url, displayPath: location.displayPath, options: options)
                .plan(batch, sourceID: source, newSource: described)
        } catch {
            StandardError.write(error.message)
            throw ExitCode(error == .unknownSource(source) || error == .sourceExists(source) ? 64 : 65)
        }
        let written = try writeIfAsked(result, to: location)
        ImportReport(file: file, result: result, dataset: dataset, written: written).print(format)
        if !result.problems.isEmpty {
            for problem in result.problems { StandardError.write(problem.description) }
            let unexplained = result.diffs.reduce(0) { $0 + $1.unexplainedDefaults }
            if unexplained > 0 {
                StandardError.write("\(unexplained) default\(unexplained == 1 ? "" : "s") gain\(unexplained == 1 ? "s" : "") a first alternative: give --reason TEXT saying why the default stays the default")
            }
            StandardError.write(ImportFailure.invalidResult(result.problems).message)
            throw ExitCode(65)
        }
    }

    /// Writes with `--write` when the result is valid and the folder may be written.
    private func writeIfAsked(_ result: ImportResult, to location: DataLocation.Resolved) throws -> Bool {
        guard write, result.problems.isEmpty, !result.isNoChange else { return false }
        if dataOptions.data == nil, ImportWriter.isBundled(location.url, bundled: DataLocation.resolve(explicit: nil, environment: [:]).url) {
            StandardError.write(ImportFailure.bundled(location.displayPath).message)
            throw ExitCode(73)
        }
        do {
            try ImportWriter.apply(result, to: location.url)
        } catch {
            StandardError.write(error.message)
            throw ExitCode(74)
        }
        return true
    }

    /// The `--countries` codes, each a country or region of the data set.
    private func chosenAreas(in dataset: Dataset) throws -> Set<String>? {
        guard let countries else { return nil }
        let known = Set(dataset.countries.map(\.iso3) + dataset.regions.map(\.code))
        let codes = countries.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        if let unknown = codes.first(where: { !known.contains($0) }) {
            throw ValidationError("--countries: \"\(unknown)\" is not a country or region of the data set (\(known.sorted().joined(separator: ", ")))")
        }
        return Set(codes)
    }
}
