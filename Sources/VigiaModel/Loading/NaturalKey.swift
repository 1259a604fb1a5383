/// The natural key of each kind of record: the fields that say *which* fact a record states.
///
/// Two records with the same key state the same fact twice, and every total, chart and
/// default would count it twice, so the validator refuses the second one. Keys are listed
/// here, in one place, so Docs/data.md can quote them and a new field (a release date, a
/// period) is added to the key where the record type gains it. Values are not part of a key:
/// two values for the same fact are a disagreement (kept as separate sources or categories),
/// not a copy.
protocol NaturallyKeyed {
    /// The key's fields joined with " | ", as duplicate messages quote it; nil when the record
    /// has too few identifying fields set to tell it from another (only its id does).
    var naturalKey: String? { get }
}

extension NaturallyKeyed {
    /// Written into one string of the right size: every record of a file makes its key, and
    /// mapping and joining cost two more allocations each.
    static func key(_ parts: String?...) -> String {
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
}

extension PopulationRecord: NaturallyKeyed {
    /// One population per area and year: the per-capita denominator must be unambiguous.
    var naturalKey: String? { Self.key(area, String(year)) }
}

extension HomicideRecord: NaturallyKeyed {
    /// Sources may disagree about a cell (area, year, measure), so the source is part of the key;
    /// so are the release (one source may revise its figure) and the part of the year covered.
    var naturalKey: String? {
        Self.key(area, String(year), period?.rawValue, measure.rawValue, source, release?.description)
    }
}

extension MonthlyHomicideRecord: NaturallyKeyed {
    /// One count per country, month and release: the chart draws the latest release, and a
    /// revised month keeps each release beside it.
    var naturalKey: String? { Self.key(country, month.description, release?.description) }
}

extension Decree: NaturallyKeyed {
    /// The same instrument of the same country, of the same kind, starting the same day. A
    /// decree with neither reference nor start (an undated, unnamed measure) is told apart
    /// only by its id, so it has no natural key.
    var naturalKey: String? {
        reference == nil && start == nil ? nil : Self.key(country, reference, kind.rawValue, start?.description)
    }
}

extension SecurityEvent: NaturallyKeyed {
    /// The same titled event in the same country on the same date.
    var naturalKey: String? { Self.key(date.description, country, title) }
}

extension FundingRecord: NaturallyKeyed {
    /// Everything that scopes a dollar figure: program, category, span and window, basis, source.
    var naturalKey: String? {
        Self.key(program, category, span.rawValue, fromFiscalYear.map { "FY\($0)" }, "FY\(fiscalYear)", basis.rawValue, source)
    }
}

extension AidRecord: NaturallyKeyed {
    /// One value per country, fiscal year and series (a series fixes the basis and the source).
    var naturalKey: String? { Self.key(country, "FY\(fiscalYear)", series) }
}

extension Program.Outcome: NaturallyKeyed {
    /// Conflicting outcome values stand side by side (with notes), so only an exact copy,
    /// value included, is a duplicate.
    var naturalKey: String? { Self.key(indicator, String(year), unit, String(value), source) }
}

extension Claim.Figure: NaturallyKeyed {
    /// Within one claim: the same labelled quantity, year, area and source.
    var naturalKey: String? { Self.key(label, unit, year.map(String.init), country, source) }
}
