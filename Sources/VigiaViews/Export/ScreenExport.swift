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

    /// "derived: 2 + 31 + 2 + 1,807 from Federal police forces 2 (PRG-S75); …": a derivation
    /// travels with its figure, so an exported number never loses the note that it was computed.
    static func derivation(_ derivation: Derivation) -> String {
        derivation.summary + " from " + derivation.inputList
    }
}
