import ArgumentParser
import VigiaModel

/// `vigia summary`: what the data set covers — counts per file, years, countries and gaps.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Summarise a data folder: records per file, years and countries covered, and gaps."
    )

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.load()
        let summary = DatasetSummary(dataset)
        print("Vigía \(Vigia.version) data: \(dataOptions.location.displayPath)")
        print("")
        print("Records per file")
        for file in summary.files {
            print("  \(file.file.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(file.records).leftPadded(to: 5))")
        }
        print("")
        let span = summary.firstYear.flatMap { first in summary.lastYear.map { "\(first)–\($0)" } } ?? "none"
        print("Annual homicides: \(summary.countries) countries, \(span); \(summary.disputedCells) country-years with values from more than one source")
        print("")
        print("Rate coverage (gaps are years with no sourced rate)")
        for row in summary.coverage {
            let name = dataset.areaName(row.country)
            let years = row.firstYear.flatMap { first in row.lastYear.map { "\(first)–\($0)" } } ?? "no rates"
            let gaps = row.gapYears.isEmpty ? "" : "  gaps: " + Self.compress(row.gapYears)
            let counts = row.countYears > 0 ? "  counts: \(row.countYears) yr" : ""
            print("  \(row.country) \(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(years)\(counts)\(gaps)")
        }
    }

    /// Consecutive years as ranges: [2003, 2004, 2005, 2013] → "2003–2005, 2013".
    static func compress(_ years: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < years.count {
            var end = index
            while end + 1 < years.count, years[end + 1] == years[end] + 1 { end += 1 }
            parts.append(end == index ? "\(years[index])" : "\(years[index])–\(years[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
