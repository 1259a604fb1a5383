#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The natural key of each kind of record: the fields that say *which* fact a record states.
///
/// Two records with the same key state the same fact twice, and every total, chart and
/// default would count it twice, so the validator refuses the second one. Keys are listed
/// here, in one place, so Docs/data.md can quote them and a new field (a release date, a
/// period) is added to the key where the record type gains it. Values are not part of a key:
/// two values for the same fact are a disagreement (kept as separate sources or categories),
/// not a copy.
protocol NaturallyKeyed {
    /// The key's fields; nil when the record has too few identifying fields set to tell it
    /// from another (only its id does).
    var naturalKey: NaturalKey? { get }
}

/// A record's natural key: its identifying fields as the record holds them, compared and
/// quoted as they read joined with " | " (a missing field as "-").
///
/// Every record of a file checks its key, a quarter million at 100× the data, so the fields
/// are hashed one by one instead of being joined into a new string each; the joined text is
/// made only to compare two keys whose hashes agree, and to quote a duplicate.
struct NaturalKey: Hashable, CustomStringConvertible {
    let parts: [String?]

    init(_ parts: String?...) {
        self.parts = parts
    }

    /// The fields joined with " | ", written into one string of the right size.
    var description: String {
        var length = 3 * (parts.count - 1)
        for part in parts { length += part?.utf8.count ?? 1 }
        var key = ""
        key.reserveCapacity(length)
        for (index, part) in parts.enumerated() {
            if index > 0 { key += " | " }
            key += part ?? "-"
        }
        return key
    }

    static func == (left: NaturalKey, right: NaturalKey) -> Bool {
        left.description == right.description
    }

    /// Keys equal as joined text hash alike. When no field holds a `|`, the joined text's
    /// only `|` are its separators, so two such texts are equal exactly when their fields are
    /// (a missing one read as "-"), and the fields are hashed one by one; a key with a `|` in a
    /// field is never equal to one without, and is hashed by its joined text.
    func hash(into hasher: inout Hasher) {
        if parts.contains(where: { $0.map(Self.hasBar) == true }) {
            hasher.combine(description)
            return
        }
        for part in parts { hasher.combine(part ?? "-") }
    }

    /// Whether `part` holds a `|`, by `memchr` over its bytes: stepping through `utf8` one
    /// byte at a time cost more than hashing the key.
    private static func hasBar(_ part: String) -> Bool {
        var part = part
        return part.withUTF8 { !$0.isEmpty && memchr($0.baseAddress!, Int32(UInt8(ascii: "|")), $0.count) != nil }
    }
}

extension PopulationRecord: NaturallyKeyed {
    /// One population per area and year: the per-capita denominator must be unambiguous.
    var naturalKey: NaturalKey? { NaturalKey(area, String(year)) }
}

extension HomicideRecord: NaturallyKeyed {
    /// Sources may disagree about a cell (area, year, measure), so the source is part of the key;
    /// so are the release (one source may revise its figure) and the part of the year covered.
    var naturalKey: NaturalKey? {
        NaturalKey(area, String(year), period?.rawValue, measure.rawValue, source, release?.description)
    }
}

extension MonthlyHomicideRecord: NaturallyKeyed {
    /// One count per country, month and release: the chart draws the latest release, and a
    /// revised month keeps each release beside it.
    var naturalKey: NaturalKey? { NaturalKey(country, month.description, release?.description) }
}

extension Decree: NaturallyKeyed {
    /// The same instrument of the same country, of the same kind, starting the same day. A
    /// decree with neither reference nor start (an undated, unnamed measure) is told apart
    /// only by its id, so it has no natural key.
    var naturalKey: NaturalKey? {
        reference == nil && start == nil ? nil : NaturalKey(country, reference, kind.rawValue, start?.description)
    }
}

extension SecurityEvent: NaturallyKeyed {
    /// The same titled event in the same country on the same date.
    var naturalKey: NaturalKey? { NaturalKey(date.description, country, title) }
}

extension FundingRecord: NaturallyKeyed {
    /// Everything that scopes a dollar figure: program, category, span and window, basis, source.
    var naturalKey: NaturalKey? {
        NaturalKey(program, category, span.rawValue, fromFiscalYear.map { "FY\($0)" }, "FY\(fiscalYear)", basis.rawValue, source)
    }
}

extension AidRecord: NaturallyKeyed {
    /// One value per country, fiscal year and series (a series fixes the basis and the source).
    var naturalKey: NaturalKey? { NaturalKey(country, "FY\(fiscalYear)", series) }
}

extension Program.Outcome: NaturallyKeyed {
    /// Conflicting outcome values stand side by side (with notes), so only an exact copy,
    /// value included, is a duplicate.
    var naturalKey: NaturalKey? { NaturalKey(indicator, String(year), unit, String(value), source) }
}

extension Claim.Figure: NaturallyKeyed {
    /// Within one claim: the same labelled quantity, year, area and source.
    var naturalKey: NaturalKey? { NaturalKey(label, unit, year.map(String.init), country, source) }
}
