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
                    [.text(decree.id), .text(decree.country), .text(decree.reference), .keyed(decree.kind), .text(decree.start?.description),
                     .text(decree.end?.description), .text(decree.endDerived.map(Self.derivation)),
                     .integer(decree.declaredDays), .text(decree.extends),
                     .text(decree.rulesOn), .keyed(decree.relevance), .text(decree.sources.joined(separator: ";"))]
                }
            )
        case .programs:
            return ExportTable(
                columns: ["program", "fiscal_year", "from_fiscal_year", "span", "category", "group", "usd_millions", "dollars", "basis", "qualifier", "source", "note"],
                headers: ["Program", "Fiscal year", "From fiscal year", "Span", "Category", "Group", "USD millions", "Dollars", "Basis", "Qualifier", "Source", "Note"],
                rows: dataset.programs.flatMap { program in
                    dataset.funding(of: program.id).map { record -> [ExportValue] in
                        [.text(program.id), .integer(record.fiscalYear), .integer(record.fromFiscalYear), .keyed(record.span),
                         .keyed(record.category, words: dataset.categoryLabel(record.category, of: program.id)), .keyed(record.group), .number(record.usdMillions), .keyed(record.dollars),
                         .keyed(record.basis), .keyed(record.qualifier), .text(record.source), .text(record.note)]
                    }
                }
            )
        case .map:
            return MapScreen.exportTable(dataset, year: state.year)
        case .claims:
            return claims(dataset)
        }
    }

    /// One row per figure a claim is checked against (a claim without figures has one row):
    /// the value a number and its unit apart, so a spreadsheet can use them; a computed figure
    /// keeps its arithmetic.
    static func claims(_ dataset: Dataset) -> ExportTable {
        ExportTable(
            columns: ["id", "verdict", "topic", "quote", "figure", "value", "unit", "figure_source", "derived", "sources"],
            headers: ["Id", "Verdict", "Topic", "Quote", "Figure", "Value", "Unit", "Figure source", "Derived", "Sources"],
            rows: dataset.claims.flatMap { claim -> [[ExportValue]] in
                let head: [ExportValue] = [.text(claim.id), .keyed(claim.verdict), .keyed(claim.topic, words: DataKey.words(claim.topic)), .text(claim.quote)]
                let tail = ExportValue.text(claim.sources.joined(separator: ";"))
                guard !claim.figures.isEmpty else { return [head + [.gap, .gap, .gap, .gap, .gap, tail]] }
                return claim.figures.map { figure in
                    head + [.text(figure.label), .number(figure.value), .text(figure.unit), .text(figure.source), .text(figure.derived.map(Self.derivation)), tail]
                }
            }
        )
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
        return [.text(country.iso3), .text(country.name), .integer(year), .keyed(record?.period), .keyed(measure),
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
