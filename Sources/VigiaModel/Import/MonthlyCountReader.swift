/// The plain monthly format, `country,month,count` (ISO3, `YYYY-MM`, a whole number of
/// homicides), for police or ministry counts typed up from a bulletin. Every country must be
/// one of the data set's: a file in this format is made for it, so an unknown code is a mistake.
public enum MonthlyCountReader {
    public static func read(_ table: CSVTable, file: String, scope: ImportScope) throws(ImportIssue) -> ImportBatch {
        for (index, name) in ["country", "month", "count"].enumerated() where table.header.field(index).text.trimmingSpaces != name {
            let field = table.header.field(index)
            let found = field.text.isEmpty ? "missing" : "\"\(field.text)\""
            throw field.issue(file, "column \(index + 1) should be \"\(name)\", found \(found) (the header is country,month,count)")
        }
        var batch = ImportBatch()
        var seen: [String: Int] = [:]
        for row in table.rows {
            let countryField = row.field(0), monthField = row.field(1)
            let country = countryField.text.trimmingSpaces
            guard scope.countries.contains(country) else {
                throw countryField.issue(file, "unknown country code \"\(country)\"; the data set's countries are \(scope.countries.sorted().joined(separator: ", "))")
            }
            guard let month = YearMonth(monthField.text.trimmingSpaces) else {
                throw monthField.issue(file, "month \"\(monthField.text)\" is not a month; write YYYY-MM")
            }
            guard ImportScope.validYears.contains(month.year) else {
                throw monthField.issue(file, "year \(month.year) is outside \(ImportScope.validYears.lowerBound)–\(ImportScope.validYears.upperBound)")
            }
            let count = try row.field(2).integer(file, what: "count")
            if count < 0 { throw row.field(2).issue(file, "count \(count) is negative") }
            try CSVTable.checkUnique("\(country) \(month)", at: countryField, seen: &seen, file: file)
            if let reason = scope.exclusion(code: country, year: month.year) {
                batch.skipped.append(SkippedRow(line: row.line, reason: reason, subject: country))
                continue
            }
            let record = MonthlyHomicideRecord(country: country, month: month, count: count, source: scope.source, note: nil)
            batch.monthlyHomicides.append(.init(record: record, line: row.line))
        }
        return batch
    }
}
