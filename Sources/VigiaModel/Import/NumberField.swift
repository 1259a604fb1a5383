import Foundation

/// Reading numbers out of CSV fields, with the error an analyst can act on.
extension CSVTable.Field {
    /// The field as a finite decimal number.
    func decimal(_ file: String, what: String) throws(ImportIssue) -> Double {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty, let value = Double(trimmed), value.isFinite, trimmed.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) else {
            throw issue(file, trimmed.isEmpty ? "\(what) is empty" : "\(what) \"\(trimmed)\" is not a number")
        }
        return value
    }

    /// The field as a whole number.
    func integer(_ file: String, what: String) throws(ImportIssue) -> Int {
        let trimmed = text.trimmingSpaces
        guard let value = Int(trimmed) else {
            throw issue(file, trimmed.isEmpty ? "\(what) is empty" : "\(what) \"\(trimmed)\" is not a whole number")
        }
        return value
    }

    /// A year within the years any data file accepts.
    func year(_ file: String, what: String = "year") throws(ImportIssue) -> Int {
        let value = try integer(file, what: what)
        guard ImportScope.validYears.contains(value) else {
            throw issue(file, "\(what) \(value) is outside \(ImportScope.validYears.lowerBound)–\(ImportScope.validYears.upperBound)")
        }
        return value
    }

    func issue(_ file: String, _ message: String) -> ImportIssue {
        ImportIssue(file: file, line: line, column: column, message: message)
    }
}

extension Double {
    /// The number rounded to `decimals` places as its decimal spelling rounds it (the binary
    /// value, correctly rounded), which is how the bundled series were rounded: 67,585,500
    /// dollars are 67.585 million, because 67.5855 is stored as 67.58549….
    func rounded(toDecimals decimals: Int) -> Double {
        Double(String(format: "%.\(decimals)f", self)) ?? self
    }
}

extension String {
    var trimmingSpaces: String {
        guard first == " " || last == " " else { return self }
        return String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}

extension CSVTable {
    /// The index of the header column named `name`, or an error naming the columns found.
    func column(_ name: String, file: String) throws(ImportIssue) -> Int {
        if let index = header.fields.firstIndex(where: { $0.text.trimmingSpaces == name }) { return index }
        let found = header.fields.map(\.text).filter { !$0.isEmpty }.map { "\"\($0)\"" }.joined(separator: ", ")
        throw ImportIssue(file: file, line: header.line, column: 1, message: "missing column \"\(name)\" (the header has \(found))")
    }

    /// Throws when a later row repeats the key of an earlier one.
    static func checkUnique(_ key: String, at field: Field, seen: inout [String: Int], file: String) throws(ImportIssue) {
        if let first = seen[key] {
            throw field.issue(file, "duplicate row for \(key) (first on line \(first))")
        }
        seen[key] = field.line
    }
}
