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
            return ExportTable(columns: ["iso3", "country", "year", "rate_per_100k", "rate_source", "count", "count_source"],
                               headers: ["ISO3", "Country", "Year", "Rate per 100k", "Rate source", "Count", "Count source"], rows: rows)
        case .decrees:
            return ExportTable(
                columns: ["id", "country", "reference", "kind", "start", "end", "end_derived", "declared_days", "extends", "rules_on", "relevance", "sources"],
                headers: ["Id", "Country", "Reference", "Kind", "Start", "End", "End derived", "Declared days", "Extends", "Rules on", "Relevance", "Sources"],
                rows: dataset.decrees.map { decree in
                    [decree.id, decree.country, decree.reference ?? "", decree.kind.rawValue, decree.start?.description ?? "",
                     decree.end?.description ?? "", decree.endDerived.map(Self.derivation) ?? "",
                     decree.declaredDays.map(String.init) ?? "", decree.extends ?? "",
                     decree.rulesOn ?? "", decree.relevance.rawValue, decree.sources.joined(separator: ";")]
                }
            )
        case .programs:
            return ExportTable(
                columns: ["program", "fiscal_year", "from_fiscal_year", "span", "category", "group", "usd_millions", "basis", "qualifier", "source"],
                headers: ["Program", "Fiscal year", "From fiscal year", "Span", "Category", "Group", "USD millions", "Basis", "Qualifier", "Source"],
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
                headers: ["Id", "Verdict", "Topic", "Quote", "Figures", "Sources"],
                rows: dataset.claims.map { claim in
                    [claim.id, claim.verdict.rawValue, claim.topic, claim.quote,
                     claim.figures.map { "\($0.label)=\($0.value) \($0.unit) [\($0.source)]" + ($0.derived.map { " {\(Self.derivation($0))}" } ?? "") }
                        .joined(separator: "; "),
                     claim.sources.joined(separator: ";")]
                }
            )
        }
    }

    /// "derived: 2 + 31 + 2 + 1,807 from Federal police forces 2 (PRG-S75); …": a derivation
    /// travels with its figure, so an exported number never loses the note that it was computed.
    static func derivation(_ derivation: Derivation) -> String {
        derivation.summary + " from " + derivation.inputList
    }
}
