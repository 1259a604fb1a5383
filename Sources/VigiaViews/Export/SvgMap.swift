import VigiaModel

/// `vigia export chart map`: the region's countries filled by their homicide rate in one year,
/// on the Map screen's five fixed classes, with countries without a rate hatched.
public struct SvgMap: Sendable {
    public let dataset: Dataset
    public let year: Int
    /// The id of the hatching for no data, unique per picture when several share one page.
    public var patternID = "no-data"

    public init(dataset: Dataset, year: Int) {
        self.dataset = dataset
        self.year = year
    }

    /// A sequential scale from pale yellow to dark red (ColorBrewer YlOrRd), one per class.
    static let fills = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]

    var title: String { "Homicide rate per 100,000 people, \(year)" }

    public var svg: String {
        var page = SvgDocument(width: 900, height: 820)
        let subtitle = "Each country's series default for \(year) in five fixed classes; hatched: no rate for \(year)"
        let top = page.heading(title, subtitle: subtitle)
        let rates = MapClasses.rates(dataset, year: year)
        let sources = "Sources: " + dataset.citations(dataset.outlines.compactMap { rates[$0.iso3]?.source }).joined(separator: "; ")
            + ". Outlines: " + dataset.citations(dataset.outlines.map(\.source)).joined(separator: "; ") + "."
        let bottom = page.height - page.footerHeight([sources]) - SvgDocument.margin
        let area = (left: SvgDocument.margin, top: top + 8, right: page.width - SvgDocument.margin - 200, bottom: bottom - 8)
        let boxes = dataset.outlines.map(\.bounds)
        let west = boxes.map(\.west).min() ?? 0, east = boxes.map(\.east).max() ?? 1
        let south = boxes.map(\.south).min() ?? 0, north = boxes.map(\.north).max() ?? 1
        let scale = min((area.right - area.left) / (east - west), (area.bottom - area.top) / (north - south))
        let project = { (point: GeoPoint) in
            "\(SvgDocument.number(area.left + (point.longitude - west) * scale)),\(SvgDocument.number(area.top + (north - point.latitude) * scale))"
        }
        page.add(##"<defs><pattern id="\##(patternID)" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#999999" stroke-width="2"/></pattern></defs>"##)
        for outline in dataset.outlines {
            let record = rates[outline.iso3]
            let level = MapClasses.index(of: record?.value)
            let path = outline.rings.map { ring in "M" + ring.map(project).joined(separator: " L") + " Z" }.joined(separator: " ")
            let name = dataset.country(outline.iso3)?.name ?? outline.name
            let label = record.map { "\(name): \(Format.rate($0.value)) per 100,000 in \(year) (\(dataset.citation($0.source)))" } ?? "\(name): no rate for \(year)"
            var attributes = #"data-iso3="\#(SvgDocument.escape(outline.iso3))""#
            if let record, let level {
                attributes += #" data-value="\#(record.value)" data-class="\#(level + 1)" data-source="\#(SvgDocument.escape(record.source))""#
            }
            let fill = level.map { Self.fills[$0] } ?? "url(#\(patternID))"
            page.add(##"<path class="country" \##(attributes) d="\##(path)" fill="\##(fill)" fill-rule="evenodd" stroke="#555555" stroke-width="0.6"><title>\##(SvgDocument.escape(label))</title></path>"##)
        }
        drawLegend(&page, x: area.right + 24, y: area.top + 20)
        page.footer([sources])
        return page.rendered(title: title, description: subtitle)
    }

    private func drawLegend(_ page: inout SvgDocument, x: Double, y: Double) {
        page.text("per 100,000 people", x: x, y: y, bold: true, extra: #"class="legend-title""#)
        let rows = (0..<MapClasses.count).map { (Self.fills[$0], MapClasses.label($0)) } + [("url(#\(patternID))", "no data")]
        for (index, row) in rows.enumerated() {
            let rowY = y + 16 + Double(index) * 24
            page.add(##"<rect x="\##(SvgDocument.number(x))" y="\##(SvgDocument.number(rowY))" width="28" height="16" fill="\##(row.0)" stroke="#555555" stroke-width="0.6"/>"##)
            page.text(row.1, x: x + 36, y: rowY + 13, extra: #"class="legend""#)
        }
    }
}
