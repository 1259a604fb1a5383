import VigiaModel

/// The data behind each screen as a table: every figure with its source id, gaps left empty.
public enum ScreenExport {
    public static func table(for screen: ScreenID, dashboard: Dashboard, state: AppState) -> ExportTable {
        let dataset = dashboard.dataset
        switch screen {
        case .overview, .homicides:
            let years = dataset.homicideYears ?? state.year...state.year
            var rows: [[String]] = []
            for country in dataset.countries {
                let rates = dataset.series(country.iso3, .ratePer100k), counts = dataset.series(country.iso3, .count)
                for year in years {
                    let rate = rates.record(in: year), count = counts.record(in: year)
                    guard rate != nil || count != nil else { continue }
                    rows.append([country.iso3, country.name, String(year),
                                 rate.map { String($0.value) } ?? "", rate?.source ?? "",
                                 count.map { String(Int($0.value)) } ?? "", count?.source ?? ""])
                }
            }
            return ExportTable(columns: ["iso3", "country", "year", "rate_per_100k", "rate_source", "count", "count_source"], rows: rows)
        case .decrees:
            return ExportTable(
                columns: ["id", "country", "reference", "kind", "start", "end", "declared_days", "extends", "rules_on", "relevance", "sources"],
                rows: dataset.decrees.map { decree in
                    [decree.id, decree.country, decree.reference ?? "", decree.kind.rawValue, decree.start?.description ?? "",
                     decree.end?.description ?? "", decree.declaredDays.map(String.init) ?? "", decree.extends ?? "",
                     decree.rulesOn ?? "", decree.relevance.rawValue, decree.sources.joined(separator: ";")]
                }
            )
        case .programs:
            return ExportTable(
                columns: ["program", "fiscal_year", "from_fiscal_year", "span", "category", "group", "usd_millions", "basis", "qualifier", "source"],
                rows: dataset.programs.flatMap { program in
                    dataset.funding(of: program.id).map { record in
                        [program.id, String(record.fiscalYear), record.fromFiscalYear.map(String.init) ?? "", record.span.rawValue,
                         record.category, record.group.rawValue, String(record.usdMillions), record.basis.rawValue,
                         record.qualifier.rawValue, record.source]
                    }
                }
            )
        case .claims:
            return ExportTable(
                columns: ["id", "verdict", "topic", "quote", "figures", "sources"],
                rows: dataset.claims.map { claim in
                    [claim.id, claim.verdict.rawValue, claim.topic, claim.quote,
                     claim.figures.map { "\($0.label)=\($0.value) \($0.unit) [\($0.source)]" }.joined(separator: "; "),
                     claim.sources.joined(separator: ";")]
                }
            )
        }
    }
}
