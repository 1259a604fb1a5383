import Foundation

/// A record written as one line of its data file, in the house style: keys in the file's
/// order, `"key": value` separated by `", "`, absent optional fields that the file always
/// spells out written as `null`, and the rest left out.
///
/// The files that imports touch hold one record per line so that a change to one figure is a
/// one-line diff; this is the one place that spelling is written.
protocol RecordLine: Codable {
    /// The record's fields in the order the file writes them.
    var lineFields: [(String, LineValue)] { get }
}

/// A value as a record line writes it.
enum LineValue {
    case text(String?)
    case integer(Int)
    /// A number with a fixed count of decimals ("17.40"), as the rate series are written.
    case fixed(Double, decimals: Int)
    /// The shortest text that reads back as the same number ("325.518", "2.0").
    case number(Double)
    case flag(Bool)
    case texts([String])

    var json: String {
        switch self {
        case .text(let text?): return text.jsonLiteral()
        case .text(nil): return "null"
        case .integer(let value): return String(value)
        case .fixed(let value, let decimals): return String(format: "%.\(decimals)f", value)
        case .number(let value): return "\(value)"
        case .flag(let value): return value ? "true" : "false"
        case .texts(let texts): return "[" + texts.map { $0.jsonLiteral() }.joined(separator: ", ") + "]"
        }
    }
}

extension RecordLine {
    /// The record as one line, without indentation or trailing comma.
    var line: String {
        "{" + lineFields.map { "\"\($0.0)\": \($0.1.json)" }.joined(separator: ", ") + "}"
    }
}

extension HomicideRecord: RecordLine {
    var lineFields: [(String, LineValue)] {
        let number: LineValue = measure == .count ? .integer(Int(value)) : .fixed(value, decimals: 2)
        var fields: [(String, LineValue)] = [
            ("area", .text(area)), ("year", .integer(year)), ("measure", .text(measure.rawValue)), ("value", number),
            ("source", .text(source)), ("default", .flag(isDefault)), ("why_default", .text(whyDefault)), ("note", .text(note)),
        ]
        if let release { fields.append(("release", .text(release.description))) }
        if let period { fields.append(("period", .text(period.rawValue))) }
        return fields
    }
}

extension MonthlyHomicideRecord: RecordLine {
    var lineFields: [(String, LineValue)] {
        var fields: [(String, LineValue)] = [
            ("country", .text(country)), ("month", .text(month.description)), ("count", .integer(count)),
            ("source", .text(source)), ("note", .text(note)),
        ]
        if let release { fields.append(("release", .text(release.description))) }
        return fields
    }
}

extension AidRecord: RecordLine {
    var lineFields: [(String, LineValue)] {
        [
            ("country", .text(country)), ("fiscal_year", .integer(fiscalYear)), ("series", .text(series)),
            ("basis", .text(basis.rawValue)), ("usd_millions", .number(usdMillions)), ("dollars", .text(dollars.rawValue)),
            ("preliminary", .flag(preliminary)), ("source", .text(source)),
        ]
    }
}

extension Source: RecordLine {
    var lineFields: [(String, LineValue)] {
        [
            ("id", .text(id)), ("title", .text(title)), ("publisher", .text(publisher)), ("urls", .texts(urls)),
            ("date", .text(date?.description)), ("date_note", .text(dateNote)), ("location", .text(location)), ("caveat", .text(caveat)),
        ]
    }
}
