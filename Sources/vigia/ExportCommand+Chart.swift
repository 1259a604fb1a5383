import ArgumentParser
import Foundation
import VigiaModel
import VigiaViews

/// The options only a chart reads.
struct ChartOptions: ParsableArguments {
    @Option(help: "chart homicides: the countries, ISO3 codes or names separated by commas (at most 8)")
    var countries: String?

    @Option(help: "chart homicides: the years, e.g. 2000-2025 (default: every year of the data)")
    var years: String?

    @Option(help: "chart map: the year (default: the latest year with a rate for at least half the countries)")
    var year: Int?

    @Option(help: "chart decrees: the country (ISO3 code or name)")
    var country: String?
}

extension ExportCommand {
    /// `vigia export chart NAME`: the chart as SVG on standard output.
    func runChart() throws {
        guard format == nil || format == .svg else { throw ValidationError("a chart is written as SVG: use --format svg") }
        let dashboard = Dashboard(dataset: try dataOptions.load())
        let dataset = dashboard.dataset
        let parser = CommandParser(dataset: dataset)
        let svg: String
        switch chart?.lowercased() {
        case "homicides":
            let codes = try (chartOptions.countries ?? "").split(separator: ",").map { try country(String($0), parser) }
            guard !codes.isEmpty else { throw ValidationError("chart homicides needs --countries, e.g. --countries ECU,COL,MEX") }
            guard codes.count <= 8 else { throw ValidationError("a chart compares at most 8 countries; \(codes.count) given") }
            guard let span = dataset.homicideYears else { throw ValidationError("the data has no homicide figures to chart") }
            svg = SvgHomicideChart(dataset: dataset, countries: codes, years: try years(chartOptions.years, within: span)).svg
        case "map":
            let year = chartOptions.year ?? dashboard.defaultYear
            guard dataset.homicideYears?.contains(year) == true else { throw ValidationError("--year \(year) is outside the homicide data") }
            guard !dataset.outlines.isEmpty else { throw ValidationError("the data folder has no country outlines (geo/outlines.geojson)") }
            svg = SvgMap(dataset: dataset, year: year).svg
        case "decrees":
            guard let name = chartOptions.country else { throw ValidationError("chart decrees needs --country, e.g. --country ECU") }
            let code = try country(name, parser)
            guard dataset.decrees(of: code).contains(where: { $0.start != nil }) else { throw ValidationError("\(dataset.areaName(code)) has no dated measures") }
            svg = SvgDecreeTimeline(dataset: dataset, countries: [code]).svg
        default:
            throw ValidationError("chart is one of: homicides, map, decrees")
        }
        print(svg, terminator: "")
    }

    private func country(_ text: String, _ parser: CommandParser) throws -> String {
        switch parser.parse("country " + text.trimmingCharacters(in: .whitespaces)) {
        case .success(.country(let code)): return code
        case .success: throw ValidationError("no country \"\(text)\"")
        case .failure(let error): throw ValidationError(error.message)
        }
    }

    /// `2000-2025` (or with an en dash), or one year, inside the data's years.
    private func years(_ text: String?, within span: ClosedRange<Int>) throws -> ClosedRange<Int> {
        guard let text else { return span }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(parts.count), let first = parts.first ?? nil, let last = parts.last ?? nil, first <= last else {
            throw ValidationError("--years is a span like 2000-2025")
        }
        guard span.contains(first), span.contains(last) else {
            throw ValidationError("--years \(text) is outside the homicide data (\(span.lowerBound)–\(span.upperBound))")
        }
        return first...last
    }
}
