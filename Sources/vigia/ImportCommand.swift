import ArgumentParser
import Foundation
import VigiaModel

/// `vigia import`: brings a downloaded export into the data folder, as a dry run unless `--write`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Update the data from an exported file (a dry run unless --write).",
        discussion: """
            Shows what would change, file by file: figures added, revised (old to new, with both \
            sources), unchanged, and rows skipped with the reason. Nothing is written without \
            --write, and then only if the whole data folder stays valid. Exit status 65 means \
            the file (or the result) is invalid: nothing was written.
            """,
        subcommands: [ImportOWIDCommand.self, ImportForeignAssistanceCommand.self, ImportMonthlyCommand.self]
    )
}

/// One `vigia import` subcommand: a file, the reader that turns its table into records, and
/// `ImportOptions` for everything else an import does, which `run()` hands the reader to.
protocol ImportSubcommand: ParsableCommand {
    var file: String { get }
    var importOptions: ImportOptions { get }
    /// When the publisher released the file's figures, for kinds of figures that have releases.
    var releaseDate: PartialDate? { get }
    func read(_ table: CSVTable, scope: ImportScope) throws(ImportIssue) -> ImportBatch
}

extension ImportSubcommand {
    var releaseDate: PartialDate? { nil }

    func run() throws {
        try importOptions.run(file: file, release: releaseDate, read: read)
    }
}

/// `vigia import owid FILE --indicator rate|count --source ID`.
struct ImportOWIDCommand: ImportSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "owid",
        abstract: "Import Our World in Data's grapher CSV of UNODC homicide rates or counts (Entity,Code,Year,value).",
        discussion: """
            Countries are matched by ISO3 code, regions by name ("Latin America and the Caribbean (UN)" \
            is the data set's Latin America and the Caribbean). Rates are rounded to two decimals.
            """
    )

    enum Indicator: String, ExpressibleByArgument, CaseIterable {
        case rate, count
    }

    @Argument(help: ArgumentHelp("The CSV file as downloaded.", valueName: "FILE"))
    var file: String

    @Option(help: "What the value column holds: rate (per 100,000) or count.")
    var indicator: Indicator

    @OptionGroup var importOptions: ImportOptions

    func read(_ table: CSVTable, scope: ImportScope) throws(ImportIssue) -> ImportBatch {
        try OWIDReader.read(table, file: file, indicator: indicator == .rate ? .rate : .count, scope: scope)
    }
}

/// `vigia import fa-gov FILE --source ID`.
struct ImportForeignAssistanceCommand: ImportSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "fa-gov",
        abstract: "Import ForeignAssistance.gov's \"U.S. Foreign Assistance by Country\" CSV into U.S. aid.",
        discussion: """
            Obligations, disbursements and "appropriated and planned" go to the three aid series, \
            in millions of current dollars; other transaction types, the 1976 transition quarter \
            and regional rows are skipped.
            """
    )

    @Argument(help: ArgumentHelp("The CSV file as downloaded.", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("Mark fiscal years from this one on as preliminary.", valueName: "YEAR"))
    var preliminaryFrom: Int?

    @OptionGroup var importOptions: ImportOptions

    func read(_ table: CSVTable, scope: ImportScope) throws(ImportIssue) -> ImportBatch {
        try ForeignAssistanceReader.read(table, file: file, scope: scope, preliminaryFrom: preliminaryFrom)
    }
}

/// `vigia import monthly FILE --source ID`.
struct ImportMonthlyCommand: ImportSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "monthly",
        abstract: "Import monthly homicide counts from a CSV with the header country,month,count.",
        discussion: """
            One row per country and month: an ISO3 code of the data set, the month as YYYY-MM and a \
            whole number, e.g. ECU,2026-03,702. A month another source already counts differently \
            is kept out unless --release gives this count's release date.
            """
    )

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("When the publisher released these counts (YYYY-MM or YYYY-MM-DD).", valueName: "DATE"))
    var release: String?

    @OptionGroup var importOptions: ImportOptions

    func validate() throws {
        if let release, PartialDate(release)?.month == nil { throw ValidationError("--release takes YYYY-MM or YYYY-MM-DD, not \"\(release)\"") }
        if importOptions.makeDefault { throw ValidationError("--default applies to annual homicide figures and aid; a monthly count's latest release is its value") }
    }

    var releaseDate: PartialDate? { release.flatMap(PartialDate.init) }

    func read(_ table: CSVTable, scope: ImportScope) throws(ImportIssue) -> ImportBatch {
        try MonthlyCountReader.read(table, file: file, scope: scope)
    }
}
