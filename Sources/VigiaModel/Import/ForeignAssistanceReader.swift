/// ForeignAssistance.gov's "U.S. Foreign Assistance by Country" file (country × transaction
/// type × fiscal year, whole current dollars), read into the data set's aid series.
///
/// Obligations, disbursements and "appropriated and planned" map to the three series the data
/// set keeps; dollars become millions rounded to thousands of dollars, as the series are
/// written. Other transaction types, the 1976 transition quarter, regional rows and countries
/// outside the data set are skipped with their reason.
public enum ForeignAssistanceReader {
    /// The data set's series for each transaction type the file reports.
    static let series: [String: (series: String, basis: FundingBasis)] = [
        "Obligations": ("all_agencies_obligations", .obligated),
        "Disbursements": ("all_agencies_disbursements", .disbursed),
        "Appropriated and Planned": ("state_usaid_appropriated_and_planned", .appropriatedAndPlanned),
    ]

    /// The aid series in words, for reports people read.
    static let seriesLabels = [
        "all_agencies_obligations": "U.S. aid obligated, all agencies ($ millions)",
        "all_agencies_disbursements": "U.S. aid disbursed, all agencies ($ millions)",
        "state_usaid_appropriated_and_planned": "U.S. aid appropriated and planned, State and USAID ($ millions)",
    ]

    /// Reads `table`; fiscal years from `preliminaryFrom` on are marked preliminary (agencies
    /// report late, so the newest years will be revised).
    public static func read(_ table: CSVTable, file: String, scope: ImportScope, preliminaryFrom: Int? = nil) throws(ImportIssue) -> ImportBatch {
        let code = try table.column("Country Code", file: file)
        let name = try table.column("Country Name", file: file)
        let type = try table.column("Transaction Type Name", file: file)
        let year = try table.column("Fiscal Year", file: file)
        let amount = try table.column("current_amount", file: file)
        var batch = ImportBatch()
        var seen: [String: Int] = [:]
        for row in table.rows {
            let country = row.field(code).text.trimmingSpaces, typeName = row.field(type).text.trimmingSpaces
            let subject = row.field(name).text
            let yearText = row.field(year).text.trimmingSpaces
            if yearText.lowercased().hasSuffix("tq") {
                batch.skipped.append(SkippedRow(line: row.line, reason: "the 1976 transition quarter, not a fiscal year", subject: subject))
                continue
            }
            let fiscalYear = try row.field(year).year(file, what: "fiscal year")
            let dollars = try row.field(amount).decimal(file, what: "current_amount")
            if country.isEmpty || country == "NULL" {
                batch.skipped.append(SkippedRow(line: row.line, reason: "a region or group of countries, not a country", subject: subject))
                continue
            }
            guard country.count <= 8, country.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
                throw row.field(code).issue(file, "unknown country code \"\(country)\"")
            }
            try CSVTable.checkUnique("\(country) \(typeName) \(yearText)", at: row.field(code), seen: &seen, file: file)
            guard let target = series[typeName] else {
                batch.skipped.append(SkippedRow(line: row.line, reason: "\"\(typeName)\" has no series in the data set", subject: subject))
                continue
            }
            let skip = scope.countries.contains(country) ? nil : "a country outside the data set"
            if let reason = skip ?? scope.exclusion(code: country, year: fiscalYear) {
                batch.skipped.append(SkippedRow(line: row.line, reason: reason, subject: subject))
                continue
            }
            let record = AidRecord(
                country: country, fiscalYear: fiscalYear, series: target.series, basis: target.basis,
                usdMillions: (dollars / 1_000_000).rounded(toDecimals: 3), dollars: .current,
                preliminary: preliminaryFrom.map { fiscalYear >= $0 } ?? false, source: scope.source)
            batch.usAid.append(.init(record: record, line: row.line))
        }
        return batch
    }
}
