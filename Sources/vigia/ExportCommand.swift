import ArgumentParser
import VigiaModel
import VigiaViews

/// `vigia export`: the data behind a screen, with source ids, as CSV, Markdown or JSON; or,
/// with `chart`, a chart as a standalone SVG file.
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

            `vigia export chart homicides --countries ECU,COL,MEX [--years 2000-2025] --format svg`, \
            `vigia export chart map [--year 2023]` and `vigia export chart decrees --country ECU` write a chart \
            as a standalone SVG (title, axes, units, legend, sources) to standard output.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, md, json, svg
    }

    @Argument(help: "overview, homicides, decrees, programs, claims or map; or chart")
    var screen: String

    @Argument(help: "with chart: homicides, map or decrees")
    var chart: String?

    @Option(help: "csv, md or json (numbers as numbers, gaps as null); svg, the default, for a chart")
    var format: Format?

    @OptionGroup var chartOptions: ChartOptions

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        if screen.lowercased() == "chart" { return try runChart() }
        guard chart == nil else { throw ValidationError("only a chart takes a second name: vigia export chart homicides") }
        guard format != .svg else { throw ValidationError("svg is for charts, e.g. vigia export chart homicides --countries ECU,COL --format svg") }
        guard let id = ScreenID.allCases.first(where: { $0.rawValue.hasPrefix(screen.lowercased()) && !screen.isEmpty }) else {
            throw ValidationError("screen is one of: " + ScreenID.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let dashboard = Dashboard(dataset: try dataOptions.load())
        let table = ScreenExport.table(for: id, dashboard: dashboard, state: dashboard.initialState())
        switch format ?? .csv {
        case .csv, .svg: print(table.csv, terminator: "")
        case .md: print(table.markdown, terminator: "")
        case .json: print(try table.json(), terminator: "")
        }
    }
}
