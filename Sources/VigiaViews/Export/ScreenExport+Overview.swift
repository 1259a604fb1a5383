import VigiaModel

extension ScreenExport {
    /// The Overview's own figures: Ecuador's latest rate and count (with the alternatives for
    /// that year and the change on the year before), the region's shares, the measures in force
    /// on the data's latest date, the aid totals, each country's latest rate, the latest events.
    static func overview(_ dashboard: Dashboard) -> ExportTable {
        var table = OverviewRows(dataset: dashboard.dataset)
        table.ecuador()
        table.region()
        table.inForce()
        table.aidTotals()
        table.countries()
        for event in dashboard.latestEvents {
            table.row("Latest events", id: event.id, area: event.country, figure: event.title, date: event.date.description,
                      sources: event.sources, note: event.casualties)
        }
        return ExportTable(
            columns: ["section", "id", "area", "figure", "value", "unit", "year", "date", "default", "sources", "note"],
            headers: ["Section", "Id", "Area", "Figure", "Value", "Unit", "Year", "Date", "Series default", "Sources", "Note"],
            rows: table.rows
        )
    }
}

/// The Overview export's rows, one section of the screen at a time, each row in the same
/// eleven columns whatever its section fills.
private struct OverviewRows {
    let dataset: Dataset
    var rows: [[ExportValue]] = []

    mutating func row(_ section: String, id: String? = nil, area: String?, figure: String, value: ExportValue = .gap, unit: String? = nil,
                      year: Int? = nil, date: String? = nil, isDefault: ExportValue = .gap, sources: [String] = [], note: String? = nil) {
        rows.append([.text(section), .text(id), .text(area), .text(figure), value, .text(unit), .integer(year), .text(date),
                     isDefault, .text(sources.joined(separator: ";")), .text(note)])
    }

    /// Ecuador's latest rate and count, every source's figure for that year, and the change on
    /// the year before.
    mutating func ecuador() {
        for measure in [HomicideMeasure.ratePer100k, .count] {
            let series = dataset.series("ECU", measure)
            let figure = measure == .count ? "Homicides" : "Homicide rate"
            let unit = measure == .count ? "homicides" : "per 100,000 people"
            guard let year = series.latestYear else {
                row("Ecuador", area: "ECU", figure: figure, unit: unit, note: "no sourced value")
                continue
            }
            for record in series.recordsByYear[year] ?? [] {
                row("Ecuador", area: "ECU", figure: figure, value: .number(record.value), unit: unit, year: year,
                    isDefault: .flag(record.isDefault), sources: [record.source], note: record.whyDefault ?? record.note)
            }
            change(series, measure: measure, to: year)
        }
    }

    /// The change to `year` on the year before, within one source's series only; across
    /// sources both values are kept, no change.
    private mutating func change(_ series: HomicideSeries, measure: HomicideMeasure, to year: Int) {
        let figure = "Change in " + (measure == .count ? "homicides" : "homicide rate") + " on \(year - 1)"
        switch series.sourcedChange(to: year, overYears: 1) {
        case .value(.sameSource(let change, let source, let usesAlternative)):
            let which = usesAlternative ? "both from \(source), whose \(change.fromYear) value is not that year's default" : "series defaults, one source"
            row("Ecuador", area: "ECU", figure: figure, value: .number(change.percent), unit: "percent", year: year, sources: [source],
                note: "from \(ExportValue.plainNumber(change.fromValue)) in \(change.fromYear) to \(ExportValue.plainNumber(change.toValue)) in \(change.toYear), \(which)")
        case .value(.differentSources(let from, let to)):
            row("Ecuador", area: "ECU", figure: figure, unit: "percent", year: year, sources: [from.source, to.source],
                note: "not computed: \(ExportValue.plainNumber(from.value)) in \(from.year) (\(from.source)) and \(ExportValue.plainNumber(to.value)) in \(to.year) (\(to.source)) come from different sources")
        case .gap(let gap):
            row("Ecuador", area: "ECU", figure: figure, unit: "percent", year: year, note: gap.description)
        }
    }

    /// The region's shares of the world's homicides and people.
    mutating func region() {
        switch RegionalShare.latest(dataset) {
        case .value(let share):
            let implied = "implied from UNODC rates: \(share.region) rate × population over the world's, \(share.year)"
            row("Region", area: share.region, figure: "Share of the world's homicides", value: .number(share.homicideShare * 100),
                unit: "percent", year: share.year, sources: share.sources, note: implied)
            row("Region", area: share.region, figure: "Share of the world's people", value: .number(share.populationShare * 100),
                unit: "percent", year: share.year, sources: share.sources, note: "population over the world's, \(share.year)")
        case .gap(let gap):
            row("Region", area: "LAC", figure: "Share of the world's homicides", unit: "percent", note: gap.description)
        }
    }

    /// The gang-violence measures in force on the data's latest date: their count, then each.
    mutating func inForce() {
        guard let latest = dataset.latestDate else {
            row("In force", area: nil, figure: "Gang-violence measures in force", unit: "measures", note: "no dated data")
            return
        }
        let active = dataset.measuresInForce(on: latest.dayNumber).filter { $0.relevance == .gangViolence }
        row("In force", area: Set(active.map(\.country)).sorted().joined(separator: ";"), figure: "Gang-violence measures in force",
            value: .integer(active.count), unit: "measures", date: latest.description,
            note: "one per chain (a declaration with its renewals), on the latest date in the data")
        for decree in active {
            row("In force", id: decree.id, area: decree.country, figure: dataset.decreeName(decree.id), date: latest.description,
                sources: decree.sources, note: decree.kind.label)
        }
    }

    /// The tile's programs and totals: each program's best sourced total, with its basis and arithmetic.
    mutating func aidTotals() {
        for id in OverviewScreen.aidTilePrograms {
            guard let program = dataset.program(id) else { continue }
            let best = ProgramTotal.best(program, dataset: dataset)
            let hedge = best.figure.qualifier == .exact ? nil : best.figure.qualifier.label
            let note = [hedge, best.figure.value.gap?.description ?? best.figure.basis, best.figure.derivation.map { "\($0.summary) from \($0.inputList)" }]
                .compactMap { $0 }.joined(separator: "; ")
            row("U.S. aid", id: program.id, area: program.recipients.joined(separator: ";"), figure: program.shortName + " total",
                value: .number(best.figure.value.value), unit: "USD millions", sources: best.figure.sources, note: note)
        }
    }

    /// Each country's latest homicide rate.
    mutating func countries() {
        for country in dataset.countries.sorted(by: { $0.iso3 < $1.iso3 }) {
            let series = dataset.series(country.iso3, .ratePer100k)
            let record = series.latestYear.flatMap(series.record)
            row("Countries", area: country.iso3, figure: "Latest homicide rate", value: .number(record?.value), unit: "per 100,000 people",
                year: series.latestYear, isDefault: record.map { .flag($0.isDefault) } ?? .gap, sources: record.map { [$0.source] } ?? [],
                note: record == nil ? "no sourced value" : nil)
        }
    }
}
