import VigiaModel

/// `vigia export chart homicides`: the homicide rates of a few countries over a span of years
/// as a line chart, each value the series default of its year with its source, gaps left open.
public struct SvgHomicideChart: Sendable {
    public let dataset: Dataset
    public let countries: [String]
    public let years: ClosedRange<Int>

    public init(dataset: Dataset, countries: [String], years: ClosedRange<Int>) {
        self.dataset = dataset
        self.countries = countries
        self.years = years
    }

    /// Series colours that stay apart for colour-blind readers (Okabe–Ito), and dashes that
    /// keep them apart in black and white.
    static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999"]
    static let dashes = ["", "8 4", "2 4", "10 4 2 4", "4 4", "12 4", "2 2", "6 2 2 2"]

    var title: String { "Homicide rate per 100,000 people, \(years.lowerBound)–\(years.upperBound)" }

    /// Each country's sourced values in the span, in year order.
    func points(_ code: String) -> [(year: Int, record: HomicideRecord)] {
        let series = dataset.series(code, .ratePer100k)
        return years.compactMap { year in series.record(in: year).map { (year, $0) } }
    }

    public var svg: String {
        var page = SvgDocument(width: 960, height: 560)
        let top = page.heading(title, subtitle: subtitle)
        let sources = "Sources: " + dataset.citations(countries.flatMap { points($0).map(\.record.source) }).joined(separator: "; ") + "."
        let bottom = page.height - page.footerHeight([sources]) - SvgDocument.margin
        let legendWidth = 190.0
        let plot = (left: SvgDocument.margin + 56, top: top + 10, right: page.width - SvgDocument.margin - legendWidth, bottom: bottom - 36)
        let highest = countries.flatMap { points($0).map(\.record.value) }.max() ?? 1
        let scale = NiceScale(low: 0, high: max(highest, 1), maxTicks: 6)
        let x = { (year: Int) in plot.left + (plot.right - plot.left) * Double(year - years.lowerBound) / Double(max(1, years.count - 1)) }
        let y = { (value: Double) in plot.bottom - (plot.bottom - plot.top) * (value - scale.lower) / (scale.upper - scale.lower) }
        drawAxes(&page, plot: plot, scale: scale, x: x, y: y)
        for (index, code) in countries.enumerated() {
            drawSeries(&page, code: code, index: index, x: x, y: y)
            let legendY = plot.top + 8 + Double(index) * 22
            let colour = Self.colours[index % Self.colours.count], dash = Self.dashes[index % Self.dashes.count]
            page.add(#"<line x1="\#(SvgDocument.number(plot.right + 20))" y1="\#(SvgDocument.number(legendY - 4))" x2="\#(SvgDocument.number(plot.right + 48))" y2="\#(SvgDocument.number(legendY - 4))" stroke="\#(colour)" stroke-width="3" stroke-dasharray="\#(dash)"/>"#)
            page.text(dataset.areaName(code), x: plot.right + 56, y: legendY, extra: #"class="legend""#)
        }
        page.footer([sources])
        return page.rendered(title: title, description: subtitle)
    }

    private var subtitle: String {
        "Intentional homicides per 100,000 people, each year's series default; a line breaks at a year no source covers and where the source changes"
    }

    private func drawAxes(_ page: inout SvgDocument, plot: (left: Double, top: Double, right: Double, bottom: Double),
                          scale: NiceScale, x: (Int) -> Double, y: (Double) -> Double) {
        for tick in scale.ticks {
            let ty = SvgDocument.number(y(tick))
            page.add(#"<line x1="\#(SvgDocument.number(plot.left))" y1="\#(ty)" x2="\#(SvgDocument.number(plot.right))" y2="\#(ty)" stroke="\#(SvgDocument.grid)"/>"#)
            page.text(NumberText.tick(tick, step: scale.step), x: plot.left - 8, y: y(tick) + 4, anchor: "end", fill: SvgDocument.muted, extra: #"class="y-tick""#)
        }
        let step = years.count > 12 ? 5 : 1
        for year in years where year % step == 0 || years.count <= 12 {
            page.text(String(year), x: x(year), y: plot.bottom + 18, anchor: "middle", fill: SvgDocument.muted, extra: #"class="x-tick""#)
        }
        page.add(#"<line x1="\#(SvgDocument.number(plot.left))" y1="\#(SvgDocument.number(plot.bottom))" x2="\#(SvgDocument.number(plot.right))" y2="\#(SvgDocument.number(plot.bottom))" stroke="\#(SvgDocument.ink)"/>"#)
        let middle = SvgDocument.number((plot.top + plot.bottom) / 2)
        page.text("per 100,000 people", x: 0, y: 0, anchor: "middle", fill: SvgDocument.muted,
                  extra: #"class="y-title" transform="translate(\#(SvgDocument.number(SvgDocument.margin + 10)) \#(middle)) rotate(-90)""#)
        page.text("Year", x: (plot.left + plot.right) / 2, y: plot.bottom + 36, anchor: "middle", fill: SvgDocument.muted, extra: #"class="x-title""#)
    }

    /// One country's line, broken where a year has no value and where the source changes (a
    /// step between two sources' counts is not a change), with a dot per value.
    private func drawSeries(_ page: inout SvgDocument, code: String, index: Int, x: (Int) -> Double, y: (Double) -> Double) {
        let colour = Self.colours[index % Self.colours.count], dash = Self.dashes[index % Self.dashes.count]
        var runs: [[(Int, HomicideRecord)]] = []
        for point in points(code) {
            if let last = runs.last?.last, last.0 == point.year - 1, last.1.source == point.record.source {
                runs[runs.count - 1].append(point)
            } else {
                runs.append([point])
            }
        }
        let name = dataset.areaName(code)
        page.add(#"<g class="series" data-iso3="\#(SvgDocument.escape(code))" data-name="\#(SvgDocument.escape(name))">"#)
        for run in runs where run.count > 1 {
            let coordinates = run.map { "\(SvgDocument.number(x($0.0))),\(SvgDocument.number(y($0.1.value)))" }.joined(separator: " ")
            page.add(#"<polyline points="\#(coordinates)" fill="none" stroke="\#(colour)" stroke-width="2.5" stroke-dasharray="\#(dash)"/>"#)
        }
        for (year, record) in run(runs) {
            page.add(#"<circle cx="\#(SvgDocument.number(x(year)))" cy="\#(SvgDocument.number(y(record.value)))" r="3" fill="\#(colour)" "#
                + #"data-year="\#(year)" data-value="\#(record.value)" data-source="\#(SvgDocument.escape(record.source))">"#
                + "<title>\(SvgDocument.escape("\(name) \(year): \(Format.rate(record.value)) per 100,000 (\(dataset.citation(record.source)))"))</title></circle>")
        }
        page.add("</g>")
    }

    private func run(_ runs: [[(Int, HomicideRecord)]]) -> [(Int, HomicideRecord)] { runs.flatMap { $0 } }
}
