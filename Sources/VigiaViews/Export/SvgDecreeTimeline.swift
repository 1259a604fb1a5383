import VigiaModel

/// `vigia export chart decrees`, and a briefing step on the Decrees screen: emergency measures
/// on a time axis, one row each: a solid bar to a stated end, a paler one to the end of the
/// declared duration, a bar with an open end drawn to the data's last date, and a diamond for a
/// court ruling. With several countries, each country's name heads its own rows, so a step
/// comparing countries gets the same picture as one country's, only longer.
public struct SvgDecreeTimeline: Sendable {
    public let dataset: Dataset
    /// In the order they are drawn.
    public let countries: [String]
    /// Only the measures against gang violence, as the Decrees screen shows by default.
    public let gangViolenceOnly: Bool

    public init(dataset: Dataset, countries: [String], gangViolenceOnly: Bool = false) {
        self.dataset = dataset
        self.countries = countries
        self.gangViolenceOnly = gangViolenceOnly
    }

    /// A row: a country's name over its measures (only with several countries), or a measure.
    enum Row {
        case country(String)
        case measure(Decree)
    }

    /// Every dated measure drawn, country by country.
    var decrees: [Decree] { countries.flatMap(decrees(of:)) }

    private func decrees(of country: String) -> [Decree] {
        dataset.decrees(of: country).filter { $0.start != nil && (!gangViolenceOnly || $0.relevance == .gangViolence) }
    }

    var rows: [Row] {
        countries.flatMap { code -> [Row] in
            let measures = decrees(of: code).map(Row.measure)
            return countries.count > 1 && !measures.isEmpty ? [.country(code)] + measures : measures
        }
    }

    /// "Ecuador: emergency measures", or "Emergency measures against gang violence, by country"
    /// (the countries head their rows: a title naming them all would run off the page).
    var title: String {
        let subject = "emergency measures" + (gangViolenceOnly ? " against gang violence" : "")
        guard countries.count > 1 else { return "\(countries.first.map(dataset.areaName) ?? ""): \(subject)" }
        return subject.prefix(1).uppercased() + subject.dropFirst() + ", by country"
    }

    static let stated = "#b2182b", declared = "#f4a582", open = "#8c510a", ruling = "#5e3c99"
    static let rowHeight = 22.0

    public var svg: String {
        let decrees = self.decrees, rows = self.rows
        let subtitle = "Each measure from its start: to its stated end, to the end of its declared duration, or, with neither, to the data's last date"
        let sources = "Sources: " + dataset.citations(decrees.flatMap(\.sources)).joined(separator: "; ") + "."
        var page = SvgDocument(width: 1000, height: 0)
        let footer = page.footerHeight([sources])
        page = SvgDocument(width: 1000, height: SvgDocument.margin * 2 + 60 + 40 + Double(rows.count) * Self.rowHeight + 60 + footer)
        let top = page.heading(title, subtitle: subtitle) + 34
        let latest = dataset.latestDate?.dayNumber ?? 0
        let first = decrees.compactMap { $0.start?.year }.min() ?? 2000
        let last = max(first, decrees.compactMap { DecreePeriod($0).endDay }.map { PartialDate(dayNumber: $0).year }.max() ?? first,
                       PartialDate(dayNumber: latest).year)
        let start = Double(PartialDate.dayNumber(year: first, month: 1, day: 1)), end = Double(PartialDate.dayNumber(year: last + 1, month: 1, day: 1))
        let plot = (left: 300.0, right: page.width - SvgDocument.margin, top: top, bottom: top + Double(rows.count) * Self.rowHeight)
        let x = { (day: Int) in plot.left + (plot.right - plot.left) * (Double(day) - start) / (end - start) }
        drawLegend(&page, y: top - 24)
        // A label every year while they fit side by side, else every second, fifth… year.
        let yearWidth = (plot.right - plot.left) / Double(last + 1 - first)
        let every = [1, 2, 5, 10].first { Double($0) * yearWidth >= 40 } ?? 10
        for year in first...(last + 1) {
            let tx = x(PartialDate.dayNumber(year: year, month: 1, day: 1))
            page.add(#"<line x1="\#(SvgDocument.number(tx))" y1="\#(SvgDocument.number(plot.top))" x2="\#(SvgDocument.number(tx))" y2="\#(SvgDocument.number(plot.bottom))" stroke="\#(SvgDocument.grid)"/>"#)
            if year <= last, year % every == 0 || year == first {
                page.text(String(year), x: tx + 4, y: plot.bottom + 18, fill: SvgDocument.muted, extra: #"class="x-tick""#)
            }
        }
        for (index, row) in rows.enumerated() {
            let y = plot.top + Double(index) * Self.rowHeight
            switch row {
            case .country(let code):
                page.text(dataset.areaName(code), x: SvgDocument.margin, y: y + 15, bold: true, extra: #"class="country-label""#)
            case .measure(let decree):
                drawRow(&page, decree, y: y, x: x, latest: latest)
            }
        }
        page.text("Date (each year starts at its line)", x: (plot.left + plot.right) / 2, y: plot.bottom + 38, anchor: "middle", fill: SvgDocument.muted, extra: #"class="x-title""#)
        page.footer([sources])
        return page.rendered(title: title, description: subtitle)
    }

    private func drawRow(_ page: inout SvgDocument, _ decree: Decree, y: Double, x: (Int) -> Double, latest: Int) {
        let period = DecreePeriod(decree)
        let name = TextFit.truncate(dataset.decreeName(decree.id), to: 44, ellipsis: "…")
        page.text(name, x: SvgDocument.margin, y: y + 15, extra: #"class="row-label""#)
        guard let startDay = period.startDay else { return }
        let endText = period.endDay.map { PartialDate(dayNumber: $0).description } ?? ""
        let attributes = #"data-id="\#(SvgDocument.escape(decree.id))" data-kind="\#(decree.kind.rawValue)" data-start="\#(decree.start?.description ?? "")" data-end="\#(endText)""#
        let tooltip = "<title>\(SvgDocument.escape("\(dataset.decreeName(decree.id)): \(decree.kind.label), from \(Format.date(decree.start))" + (endText.isEmpty ? "" : " to \(endText)")))</title>"
        if decree.kind == .courtRuling {
            let cx = x(startDay), cy = y + Self.rowHeight / 2
            page.add(#"<path class="measure" \#(attributes) d="M\#(SvgDocument.number(cx)),\#(SvgDocument.number(cy - 7)) l7,7 l-7,7 l-7,-7 Z" fill="\#(Self.ruling)">\#(tooltip)</path>"#)
            return
        }
        let endDay = period.endDay ?? max(startDay, latest)
        let fill = period.statedEndDay != nil ? Self.stated : period.declaredEndDay != nil ? Self.declared : Self.open
        let width = max(2, x(endDay + 1) - x(startDay))
        page.add(#"<rect class="measure" \#(attributes) x="\#(SvgDocument.number(x(startDay)))" y="\#(SvgDocument.number(y + 4))" width="\#(SvgDocument.number(width))" height="\#(SvgDocument.number(Self.rowHeight - 8))" fill="\#(fill)">\#(tooltip)</rect>"#)
    }

    private func drawLegend(_ page: inout SvgDocument, y: Double) {
        let items = [(Self.stated, "to a stated end"), (Self.declared, "declared duration, no stated end"), (Self.open, "no end known: to the data's last date"), (Self.ruling, "court ruling")]
        var x = SvgDocument.margin
        for item in items {
            page.add(#"<rect x="\#(SvgDocument.number(x))" y="\#(SvgDocument.number(y - 11))" width="18" height="12" fill="\#(item.0)"/>"#)
            page.text(item.1, x: x + 24, y: y, extra: #"class="legend""#)
            x += 24 + Double(item.1.count) * 7 + 24
        }
    }
}
