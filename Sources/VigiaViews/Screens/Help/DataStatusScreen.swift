import VigiaModel

/// About the data (`:about`): how recent it is, how old that is today, what each series
/// covers and how many records each file holds.
///
/// Every figure on the other screens is only as current as this: the screen answers "is this
/// still true?" before a briefing, without opening the data folder.
struct DataStatusScreen: RouteView {
    var tab: ScreenID? { nil }

    func crumb(in dataset: Dataset) -> String { "About the data" }

    /// No list: the text is the pane Tab, j and Enter act on.
    var paneCount: Int { 0 }

    func textPanes(in context: ScreenContext) -> [TextPane] {
        [TextPane("About the data · Esc returns", Self.dateBlocks(context) + [.space] + Self.coverageBlocks(context.dataset))]
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let split = rect.splitLeft(rect.width * 11 / 20)
        context.drawTextPane(0, into: &canvas, in: split.left)
        let files = context.panel("Records per file", pane: nil, into: &canvas, in: split.rest)
        let rows = DatasetSummary.files(of: context.dataset).map { Table.Row([$0.file, Format.grouped($0.records)]) }
        Table(columns: [Table.Column("File", width: .flexible(min: 10)), Table.Column("Records", width: .fixed(7), alignment: .right)],
              rows: rows, selectedIndex: nil, emptyMessage: "No data file")
            .draw(into: &canvas, in: files, theme: context.theme, glyphs: context.glyphs)
    }

    /// The data's date and its age today; old data is told in the warning colour.
    private static func dateBlocks(_ context: ScreenContext) -> [CardLayout.Block] {
        let dashboard = context.dashboard
        guard let latest = context.dataset.latestDate else {
            return [.facts([CardLayout.Fact("Data to", "unknown: no record is dated", style: context.theme.warning)])]
        }
        let today = Format.humanDate(dashboard.today)
        let days = dashboard.dataAgeDays
        let age = days >= 0 ? "\(Format.dataAge(days: days)) on \(today)" : "runs \(-days) day\(days == -1 ? "" : "s") past today, \(today)"
        var blocks: [CardLayout.Block] = [.facts([
            CardLayout.Fact("Data to", Format.humanDate(latest)),
            CardLayout.Fact("Age", age, style: dashboard.isDataStale ? context.theme.warning : nil),
        ])]
        if dashboard.isDataStale {
            blocks.append(.prose(TextBlock("Older than \(Dashboard.staleAfterDays) days: newer or revised figures may exist.",
                                           style: context.theme.warning)))
        }
        return blocks
    }

    /// The years each annual series covers and the months the monthly series covers.
    private static func coverageBlocks(_ dataset: Dataset) -> [CardLayout.Block] {
        let countries = Set(dataset.homicides.filter(\.coversWholeYear).map(\.area)).count
        let monthly = dataset.monthlyHomicides.map(\.month)
        let months = monthly.min().flatMap { first in monthly.max().map { "\(Format.month(first)) – \(Format.month($0))" } }
        let monthlyCountries = Set(dataset.monthlyHomicides.map(\.country)).count
        return [
            .heading("What the series cover"),
            .facts([
                CardLayout.Fact("Homicides", span(dataset.homicideYears.map { [$0.lowerBound, $0.upperBound] } ?? []).map { "\($0) by year, \(countries) countries" } ?? "none"),
                CardLayout.Fact("By month", months.map { "\($0), \(monthlyCountries) countries" } ?? "none"),
                CardLayout.Fact("Regional", span(dataset.regionalHomicides.map(\.year)) ?? "none"),
                CardLayout.Fact("Population", span(dataset.population.map(\.year)) ?? "none"),
                CardLayout.Fact("U.S. aid", span(dataset.usAid.map(\.fiscalYear)).map { "FY " + $0 } ?? "none"),
                CardLayout.Fact("Programs", span(dataset.programFunding.map(\.fiscalYear)).map { "FY " + $0 } ?? "none"),
            ]),
        ]
    }

    /// "2000–2025" for the years given, in any order; nil for none.
    private static func span(_ years: [Int]) -> String? {
        guard let first = years.min(), let last = years.max() else { return nil }
        return first == last ? String(first) : "\(first)–\(last)"
    }
}
