import ArgumentParser
import VigiaModel
import VigiaViews

/// `vigia export`: the data behind a screen, with source ids, as CSV, Markdown or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the data behind a screen with its source ids.",
        discussion: """
            Each screen exports its own figures: the overview its tiles (Ecuador's latest rate and count, the \
            region's shares, the measures in force, the aid totals), each country's latest rate and the latest \
            events; homicides every sourced figure, the series default beside the alternatives other sources give. \
            CSV and Markdown headers are words with units ("Rate per 100,000", "USD millions"); JSON keeps field \
            names, writes numbers as numbers and gaps as null.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, md, json
    }

    @Argument(help: "overview, homicides, decrees, programs or claims")
    var screen: String

    @Option(help: "csv, md or json (numbers as numbers, gaps as null)")
    var format: Format = .csv

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        guard let id = ScreenID.allCases.first(where: { $0.rawValue.hasPrefix(screen.lowercased()) && !screen.isEmpty }) else {
            throw ValidationError("screen is one of: " + ScreenID.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let dashboard = Dashboard(dataset: try dataOptions.load())
        let table = ScreenExport.table(for: id, dashboard: dashboard, state: dashboard.initialState())
        switch format {
        case .csv: print(table.csv, terminator: "")
        case .md: print(table.markdown, terminator: "")
        case .json: print(try table.json(), terminator: "")
        }
    }
}
