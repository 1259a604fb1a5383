/// Our World in Data's grapher export (`Entity,Code,Year,<value>[,…]`) of a UNODC homicide
/// series, read into annual homicide figures for countries and regions.
///
/// Countries are matched by ISO3 code; aggregates (an empty, `UN_…` or `OWID_…` code) by name
/// to the data set's regions ("Latin America and the Caribbean (UN)" is the region "Latin
/// America and the Caribbean"). Everything else is skipped with its reason.
public enum OWIDReader {
    /// Which homicide measure the value column holds.
    public enum Indicator: String, Sendable, CaseIterable {
        case rate, count

        var measure: HomicideMeasure { self == .rate ? .ratePer100k : .count }
    }

    public static func read(_ table: CSVTable, file: String, indicator: Indicator, scope: ImportScope) throws(ImportIssue) -> ImportBatch {
        try checkHeader(table, file: file, indicator: indicator)
        var batch = ImportBatch()
        var seen: [String: Int] = [:]
        for row in table.rows {
            let entity = row.field(0).text, code = row.field(1).text.trimmingSpaces
            let year = try row.field(2).year(file)
            try CSVTable.checkUnique("\(entity) \(year)", at: row.field(0), seen: &seen, file: file)
            let valueField = row.field(3)
            if valueField.text.trimmingSpaces.isEmpty {
                batch.skipped.append(SkippedRow(line: row.line, reason: "no value in the row", subject: entity))
                continue
            }
            let value = try checkedValue(valueField, file: file, indicator: indicator)
            let (area, regional, skip) = try place(entity: entity, code: code, field: row.field(1), file: file, scope: scope)
            if let reason = skip ?? scope.exclusion(code: area, year: year) {
                batch.skipped.append(SkippedRow(line: row.line, reason: reason, subject: entity))
                continue
            }
            let record = HomicideRecord(
                area: area, year: year, measure: indicator.measure, value: value, source: scope.source,
                isDefault: true, whyDefault: nil, note: nil)
            if regional {
                batch.regionalHomicides.append(.init(record: record, line: row.line))
            } else {
                batch.homicides.append(.init(record: record, line: row.line))
            }
        }
        return batch
    }

    /// The first three columns by name, and a fourth that holds the chosen indicator.
    private static func checkHeader(_ table: CSVTable, file: String, indicator: Indicator) throws(ImportIssue) {
        for (index, name) in ["Entity", "Code", "Year"].enumerated() {
            let field = table.header.field(index)
            if field.text.trimmingSpaces != name {
                let found = field.text.isEmpty ? "missing" : "\"\(field.text)\""
                throw field.issue(file, "column \(index + 1) should be \"\(name)\", found \(found) (an Our World in Data grapher export starts Entity,Code,Year)")
            }
        }
        let value = table.header.field(3)
        let title = value.text.lowercased()
        if title.isEmpty { throw value.issue(file, "missing the value column after Entity,Code,Year") }
        let isRate = title.contains("rate") || title.contains("per 100")
        if isRate != (indicator == .rate) {
            let other: Indicator = isRate ? .rate : .count
            throw value.issue(file, "column 4 is \"\(value.text)\", which is a \(isRate ? "rate" : "count"); import it with --indicator \(other.rawValue)")
        }
    }

    /// A rate rounded to the data set's two decimals, or a whole count.
    private static func checkedValue(_ field: CSVTable.Field, file: String, indicator: Indicator) throws(ImportIssue) -> Double {
        let value = try field.decimal(file, what: indicator == .rate ? "rate" : "count")
        if value < 0 { throw field.issue(file, "\(indicator.rawValue) \(field.text) is negative") }
        switch indicator {
        case .rate:
            if value > 1000 { throw field.issue(file, "rate \(field.text) per 100,000 is above 1,000") }
            return value.rounded(toDecimals: 2)
        case .count:
            if value.rounded() != value { throw field.issue(file, "count \(field.text) is not a whole number") }
            return value
        }
    }

    /// The data set's area for a row, whether it is a region, or why the row is skipped.
    private static func place(
        entity: String, code: String, field: CSVTable.Field, file: String, scope: ImportScope
    ) throws(ImportIssue) -> (area: String, regional: Bool, skip: String?) {
        if code.isEmpty || code.hasPrefix("UN_") || code.hasPrefix("OWID_") {
            if let region = scope.region(named: entity) { return (region, true, nil) }
            let what = code.hasPrefix("OWID_") && !entity.hasSuffix("(UN)") && entity != "World" ? "a territory" : "a region"
            return (code, false, "\(what) with no series in the data set")
        }
        guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw field.issue(file, "unknown country code \"\(code)\" (expected three capital letters, or an empty, UN_ or OWID_ code for an aggregate)")
        }
        if let known = scope.countryCodesByName[entity], known != code {
            throw field.issue(file, "unknown country code \"\(code)\" for \(entity), which the data set codes \(known)")
        }
        if scope.countries.contains(code) { return (code, false, nil) }
        return (code, false, "a country outside the data set")
    }
}
