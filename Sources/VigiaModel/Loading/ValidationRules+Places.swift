/// Rules for the files about places, people and dates: sources, countries, population,
/// homicides, decrees and events.
extension ValidationRules {
    mutating func checkSources(_ list: RecordList<Source>) {
        unique(list, \.id, what: "source id", field: "id")
        for (i, source) in list.records.enumerated() {
            if !Source.isWellFormedID(source.id) {
                log.add(list.file, path: list.path(i, .key("id")), "source id \"\(source.id)\" must be letters, digits, - and _, starting with a capital or a digit")
            }
            if source.urls.isEmpty { log.add(list.file, path: list.path(i, .key("urls")), "at least one URL is required") }
            for (u, url) in source.urls.enumerated() where !Source.isWebAddress(url) {
                log.add(list.file, path: list.path(i, .key("urls"), .index(u)), "\"\(url)\" is not an http(s) URL")
            }
            date(source.date, list.file, list.path(i, .key("date")))
            if source.date == nil && (source.dateNote ?? "").isEmpty {
                log.add(list.file, path: list.path(i, .key("date_note")), "an undated source needs a date_note saying so")
            }
        }
    }

    mutating func checkCountries(_ list: RecordList<Country>) {
        unique(list, \.iso3, what: "country", field: "iso3")
        for (i, country) in list.records.enumerated() where !Self.isISO3(country.iso3) {
            log.add(list.file, path: list.path(i, .key("iso3")), "\"\(country.iso3)\" is not an ISO 3166-1 alpha-3 code (three capital letters)")
        }
    }

    static func isISO3(_ code: String) -> Bool {
        code.count == 3 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    mutating func checkPopulation(_ list: RecordList<PopulationRecord>) {
        uniqueRecords(list, what: "population record")
        for (i, record) in list.records.enumerated() {
            if !countries.contains(record.area) && !regions.contains(record.area) {
                log.add(list.file, path: list.path(i, .key("area")), "area \"\(record.area)\" is neither a country nor a region")
            }
            year(record.year, list.file, list.path(i, .key("year")))
            if record.persons <= 0 { log.add(list.file, path: list.path(i, .key("persons")), "population must be positive") }
            source(record.source, list.file, list.path(i, .key("source")))
        }
    }

    mutating func checkHomicides(_ list: RecordList<HomicideRecord>, areas: Set<String>, areaKind: String) {
        uniqueRecords(list, what: "homicide record")
        // Cells are numbered in the order they first appear, and only tallied: most hold one record.
        var numbers: [HomicideCell: Int] = [:]
        numbers.reserveCapacity(list.records.count)
        var cells: [HomicideCellTally] = []
        for (i, record) in list.records.enumerated() {
            if !areas.contains(record.area) {
                log.add(list.file, path: list.path(i, .key("area")), "\(areaKind) \"\(record.area)\" is not defined" + Self.didYouMean(record.area, areas))
            }
            year(record.year, list.file, list.path(i, .key("year")))
            let valuePath = { list.path(i, .key("value")) }
            switch record.measure {
            case .ratePer100k:
                finite(record.value, list.file, valuePath(), maximum: Validator.maximumRate, what: "rate per 100k")
            case .count:
                finite(record.value, list.file, valuePath(), what: "count")
                if record.value.isFinite && record.value.rounded() != record.value {
                    log.add(list.file, path: valuePath(), "a count must be a whole number")
                }
            }
            source(record.source, list.file, list.path(i, .key("source")))
            let key = HomicideCell(area: record.area, year: record.year, measure: record.measure)
            let number = numbers[key, default: cells.count]
            if number == cells.count {
                numbers[key] = number
                cells.append(HomicideCellTally(key: key, first: i))
            }
            cells[number].count(i, isDefault: record.isDefault)
        }
        for cell in cells {
            if cell.defaults != 1 {
                let at = cell.defaults > 1 ? cell.secondDefault : cell.first
                log.add(list.file, path: list.path(at, .key("default")), "\(cell.key): \(cell.defaults) records marked default; exactly one must be")
            } else if cell.members > 1, (list.records[cell.firstDefault].whyDefault ?? "").isEmpty {
                log.add(list.file, path: list.path(cell.firstDefault, .key("why_default")), "\(cell.key) has \(cell.members) values from different sources; the default must say why it is the default")
            }
        }
    }

    mutating func checkMonthly(_ list: RecordList<MonthlyHomicideRecord>) {
        uniqueRecords(list, what: "monthly count")
        for (i, record) in list.records.enumerated() {
            country(record.country, list.file, list.path(i, .key("country")))
            year(record.month.year, list.file, list.path(i, .key("month")))
            if record.count < 0 { log.add(list.file, path: list.path(i, .key("count")), "count \(record.count) is negative") }
            source(record.source, list.file, list.path(i, .key("source")))
        }
    }

    mutating func checkDecrees(_ list: RecordList<Decree>) {
        uniqueIDsAndRecords(list, \.id, what: "decree")
        for (i, decree) in list.records.enumerated() {
            country(decree.country, list.file, list.path(i, .key("country")))
            date(decree.start, list.file, list.path(i, .key("start")))
            date(decree.end, list.file, list.path(i, .key("end")))
            if let start = decree.start, let end = decree.end, end.lastDayNumber < start.dayNumber {
                log.add(list.file, path: list.path(i, .key("end")), "end \(end) is before start \(start)")
            }
            if let derivation = decree.endDerived {
                if decree.end == nil { log.add(list.file, path: list.path(i, .key("end_derived")), "end_derived explains an end, but end is null") }
                derived(derivation, list.file, list.path(i, .key("end_derived")))
            }
            if decree.kind == .continuousRenewals { continuousStretch(decree, list.file, list.path(i)) }
            if let days = decree.declaredDays, !(1...Validator.maximumDeclaredDays).contains(days) {
                log.add(list.file, path: list.path(i, .key("declared_days")), "declared_days \(days) is outside 1–\(Validator.maximumDeclaredDays)")
            }
            for (field, target) in [("extends", decree.extends), ("rules_on", decree.rulesOn)] {
                guard let target else { continue }
                if target == decree.id {
                    log.add(list.file, path: list.path(i, .key(field)), "a decree cannot refer to itself")
                } else if !decrees.contains(target) {
                    let known = decrees
                    log.add(list.file, path: list.path(i, .key(field)), "decree \"\(target)\" is not in decrees.json" + Self.didYouMean(target, known))
                }
            }
            sourceList(decree.sources, list.file, list.path(i, .key("sources")))
        }
    }

    /// A stretch of renewals that are not itemised says the measure was in force every day of it,
    /// so it must be bounded on both sides and belong to a measure; otherwise the timeline would
    /// draw an open-ended claim that no source makes.
    private mutating func continuousStretch(_ decree: Decree, _ file: DataFile, _ path: JSONPath) {
        for (field, missing) in [("start", decree.start == nil), ("end", decree.end == nil), ("extends", decree.extends == nil)] where missing {
            log.add(file, path: path.appending(field), "a continuous_renewals stretch needs \(field): it states that the measure was in force on every day between its start and end")
        }
    }

    mutating func checkEvents(_ list: RecordList<SecurityEvent>) {
        uniqueIDsAndRecords(list, \.id, what: "event")
        for (i, event) in list.records.enumerated() {
            country(event.country, list.file, list.path(i, .key("country")))
            date(event.date, list.file, list.path(i, .key("date")))
            sourceList(event.sources, list.file, list.path(i, .key("sources")))
        }
    }
}

/// A homicide series cell (area, year, measure): its figures must name exactly one default.
/// A struct rather than its text, which is spelled only for a message.
private struct HomicideCell: Hashable, CustomStringConvertible {
    var area: String
    var year: Int
    var measure: HomicideMeasure

    var description: String { "\(area) \(year) \(measure.rawValue)" }
}

/// What the default rule needs to know of one cell's records: how many there are, which is
/// first, and which are the first two marked default.
private struct HomicideCellTally {
    var key: HomicideCell
    var first: Int
    var members = 0
    var defaults = 0
    var firstDefault = 0
    var secondDefault = 0

    init(key: HomicideCell, first: Int) {
        self.key = key
        self.first = first
    }

    mutating func count(_ record: Int, isDefault: Bool) {
        members += 1
        guard isDefault else { return }
        defaults += 1
        if defaults == 1 { firstDefault = record } else if defaults == 2 { secondDefault = record }
    }
}
