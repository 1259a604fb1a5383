import VigiaModel

/// The data behind each screen as a table: every figure with its source id, the alternatives
/// other sources give beside the series default, gaps left empty (`null` in JSON).
public enum ScreenExport {
    public static func table(for screen: ScreenID, dashboard: Dashboard, state: AppState) -> ExportTable {
        let dataset = dashboard.dataset
        switch screen {
        case .overview:
            return overview(dashboard)
        case .homicides:
            return homicides(dataset, years: dataset.homicideYears ?? state.year...state.year)
        case .decrees:
            return ExportTable(
                columns: ["id", "country", "reference", "kind", "start", "end", "end_derived", "declared_days", "extends", "rules_on", "relevance", "sources"],
                headers: ["Id", "Country", "Reference", "Kind", "Start", "End", "End derived", "Declared days", "Extends", "Rules on", "Relevance", "Sources"],
                rows: dataset.decrees.map { decree in
                    [.text(decree.id), .text(decree.country), .text(decree.reference), .text(decree.kind.rawValue), .text(decree.start?.description),
                     .text(decree.end?.description), .text(decree.endDerived.map(Self.derivation)),
                     .integer(decree.declaredDays), .text(decree.extends),
                     .text(decree.rulesOn), .text(decree.relevance.rawValue), .text(decree.sources.joined(separator: ";"))]
                }
            )
        case .programs:
            return ExportTable(
                columns: ["program", "fiscal_year", "from_fiscal_year", "span", "category", "group", "usd_millions", "dollars", "basis", "qualifier", "source", "note"],
                headers: ["Program", "Fiscal year", "From fiscal year", "Span", "Category", "Group", "USD millions", "Dollars", "Basis", "Qualifier", "Source", "Note"],
                rows: dataset.programs.flatMap { program in
                    dataset.funding(of: program.id).map { record -> [ExportValue] in
                        [.text(program.id), .integer(record.fiscalYear), .integer(record.fromFiscalYear), .text(record.span.rawValue),
                         .text(record.category), .text(record.group.rawValue), .number(record.usdMillions), .text(record.dollars.rawValue),
                         .text(record.basis.rawValue), .text(record.qualifier.rawValue), .text(record.source), .text(record.note)]
                    }
                }
            )
        case .map:
            return MapScreen.exportTable(dataset, year: state.year)
        case .claims:
            return ExportTable(
                columns: ["id", "verdict", "topic", "quote", "figures", "sources"],
                headers: ["Id", "Verdict", "Topic", "Quote", "Figures", "Sources"],
                rows: dataset.claims.map { claim in
                    [.text(claim.id), .text(claim.verdict.rawValue), .text(claim.topic), .text(claim.quote),
                     .text(claim.figures.map { "\($0.label)=\($0.value) \($0.unit) [\($0.source)]" + ($0.derived.map { " {\(Self.derivation($0))}" } ?? "") }
                        .joined(separator: "; ")),
                     .text(claim.sources.joined(separator: ";"))]
                }
            )
        }
    }

    // MARK: Homicides

    /// Every sourced homicide figure of every country, one row per record: the series default
    /// (`default` yes) and each alternative another source gives for the same cell, with its
    /// source; a year with one measure sourced and the other not lists the other as a gap.
    /// Part-year figures follow their year's annual rows, marked by their period.
    static func homicides(_ dataset: Dataset, years: ClosedRange<Int>) -> ExportTable {
        var rows: [[ExportValue]] = []
        for country in dataset.countries {
            let series = [dataset.series(country.iso3, .ratePer100k), dataset.series(country.iso3, .count)]
            let partYear = dataset.partYearFigures(country.iso3)
            for year in years {
                let annual = series.contains { $0.recordsByYear[year] != nil }
                if annual {
                    for measure in series {
                        let records = measure.recordsByYear[year] ?? []
                        if records.isEmpty {
                            rows.append(homicideRow(country, year: year, measure: measure.measure, record: nil))
                        }
                        for record in records {
                            rows.append(homicideRow(country, year: year, measure: measure.measure, record: record))
                        }
                    }
                }
                for record in partYear where record.year == year {
                    rows.append(homicideRow(country, year: year, measure: record.measure, record: record))
                }
            }
        }
        return ExportTable(
            columns: ["iso3", "country", "year", "period", "measure", "rate_per_100k", "count", "source", "default", "why_default", "release", "note"],
            headers: ["ISO3", "Country", "Year", "Period", "Measure", "Rate per 100,000", "Homicides (count)", "Source", "Series default",
                      "Why default", "Release", "Note"],
            rows: rows
        )
    }

    /// One homicide figure; a nil record is a gap: no source gives that measure for that year.
    private static func homicideRow(_ country: Country, year: Int, measure: HomicideMeasure, record: HomicideRecord?) -> [ExportValue] {
        let value = ExportValue.number(record?.value)
        let inSeries = record.map { $0.coversWholeYear ? ExportValue.flag($0.isDefault) : .gap } ?? .gap
        return [.text(country.iso3), .text(country.name), .integer(year), .text(record?.period?.rawValue), .text(measure.rawValue),
                measure == .ratePer100k ? value : .gap, measure == .count ? value : .gap,
                .text(record?.source), inSeries, .text(record?.whyDefault), .text(record?.release?.description),
                record == nil ? "no sourced value" : .text(record?.note)]
    }

    // MARK: Overview

    /// The Overview's own figures: Ecuador's latest rate and count (with the alternatives for
    /// that year and the change on the year before), the region's shares, the measures in force
    /// on the data's latest date, the aid totals, each country's latest rate, the latest events.
    static func overview(_ dashboard: Dashboard) -> ExportTable {
        let dataset = dashboard.dataset
        var rows: [[ExportValue]] = []
        func row(_ section: String, id: String? = nil, area: String?, figure: String, value: ExportValue = .gap, unit: String? = nil,
                 year: Int? = nil, date: String? = nil, isDefault: ExportValue = .gap, sources: [String] = [], note: String? = nil) {
            rows.append([.text(section), .text(id), .text(area), .text(figure), value, .text(unit), .integer(year), .text(date),
                         isDefault, .text(sources.joined(separator: ";")), .text(note)])
        }

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
            let changeFigure = "Change in " + (measure == .count ? "homicides" : "homicide rate") + " on \(year - 1)"
            // Within one source's series only; across sources both values are kept, no change.
            switch series.sourcedChange(to: year, overYears: 1) {
            case .value(.sameSource(let change, let source, let usesAlternative)):
                let which = usesAlternative ? "both from \(source), whose \(change.fromYear) value is not that year's default" : "series defaults, one source"
                row("Ecuador", area: "ECU", figure: changeFigure, value: .number(change.percent), unit: "percent", year: year, sources: [source],
                    note: "from \(ExportValue.plainNumber(change.fromValue)) in \(change.fromYear) to \(ExportValue.plainNumber(change.toValue)) in \(change.toYear), \(which)")
            case .value(.differentSources(let from, let to)):
                row("Ecuador", area: "ECU", figure: changeFigure, unit: "percent", year: year, sources: [from.source, to.source],
                    note: "not computed: \(ExportValue.plainNumber(from.value)) in \(from.year) (\(from.source)) and \(ExportValue.plainNumber(to.value)) in \(to.year) (\(to.source)) come from different sources")
            case .gap(let gap):
                row("Ecuador", area: "ECU", figure: changeFigure, unit: "percent", year: year, note: gap.description)
            }
        }

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

        if let latest = dataset.latestDate {
            let active = dataset.measuresInForce(on: latest.dayNumber).filter { $0.relevance == .gangViolence }
            row("In force", area: Set(active.map(\.country)).sorted().joined(separator: ";"), figure: "Gang-violence measures in force",
                value: .integer(active.count), unit: "measures", date: latest.description,
                note: "one per chain (a declaration with its renewals), on the latest date in the data")
            for decree in active {
                row("In force", id: decree.id, area: decree.country, figure: dataset.decreeName(decree.id), date: latest.description,
                    sources: decree.sources, note: decree.kind.rawValue)
            }
        } else {
            row("In force", area: nil, figure: "Gang-violence measures in force", unit: "measures", note: "no dated data")
        }

        // The tile's programs and totals: each program's best sourced total, with its basis and arithmetic.
        for id in OverviewScreen.aidTilePrograms {
            guard let program = dataset.program(id) else { continue }
            let best = ProgramTotal.best(program, dataset: dataset)
            let hedge = best.figure.qualifier == .exact ? nil : best.figure.qualifier.label
            let note = [hedge, best.figure.value.gap?.description ?? best.figure.basis, best.figure.derivation.map { "\($0.summary) from \($0.inputList)" }]
                .compactMap { $0 }.joined(separator: "; ")
            row("U.S. aid", id: program.id, area: program.recipients.joined(separator: ";"), figure: program.shortName + " total",
                value: .number(best.figure.value.value), unit: "USD millions", sources: best.figure.sources, note: note)
        }

        for country in dataset.countries.sorted(by: { $0.iso3 < $1.iso3 }) {
            let series = dataset.series(country.iso3, .ratePer100k)
            let record = series.latestYear.flatMap(series.record)
            row("Countries", area: country.iso3, figure: "Latest homicide rate", value: .number(record?.value), unit: "per 100,000 people",
                year: series.latestYear, isDefault: record.map { .flag($0.isDefault) } ?? .gap, sources: record.map { [$0.source] } ?? [],
                note: record == nil ? "no sourced value" : nil)
        }

        for event in dashboard.latestEvents {
            row("Latest events", id: event.id, area: event.country, figure: event.title, date: event.date.description,
                sources: event.sources, note: event.casualties)
        }

        return ExportTable(
            columns: ["section", "id", "area", "figure", "value", "unit", "year", "date", "default", "sources", "note"],
            headers: ["Section", "Id", "Area", "Figure", "Value", "Unit", "Year", "Date", "Series default", "Sources", "Note"],
            rows: rows
        )
    }

    /// "derived: 2 + 31 + 2 + 1,807 from Federal police forces 2 (PRG-S75); …": a derivation
    /// travels with its figure, so an exported number never loses the note that it was computed.
    static func derivation(_ derivation: Derivation) -> String {
        derivation.summary + " from " + derivation.inputList
    }
}
