/// The cross-record rules of a data folder: identity, references, dates, ranges, defaults.
///
/// Field shapes and types are enforced while decoding; these rules need more than one
/// record (or one file) to check.
struct Validator {
    static let years = 1900...2100
    static let maximumRate = 1000.0
    static let maximumDeclaredDays = 3650

    let folder: DecodedFolder


    func validate(into log: inout IssueLog) {
        let sourceIDs = folder.sources.identifiers(\.id, field: "id")
        let countryIDs = folder.countries.identifiers(\.iso3, field: "iso3")
        let regionIDs = folder.regions.identifiers(\.code, field: "code")
        let decreeIDs = folder.decrees.identifiers(\.id, field: "id")
        let programIDs = folder.programs.identifiers(\.id, field: "id")
        var rules = Rules(log: log, sources: sourceIDs, countries: countryIDs, regions: regionIDs, decrees: decreeIDs, programs: programIDs)

        rules.checkSources(folder.sources)
        rules.checkCountries(folder.countries)
        rules.unique(folder.regions, \.code, what: "region code", field: "code")
        rules.checkPopulation(folder.population)
        rules.checkHomicides(folder.homicides, areas: countryIDs, areaKind: "country")
        rules.checkHomicides(folder.regionalHomicides, areas: regionIDs, areaKind: "region")
        rules.checkMonthly(folder.monthlyHomicides)
        rules.checkDecrees(folder.decrees)
        rules.checkEvents(folder.events)
        rules.checkPrograms(folder.programs)
        rules.checkFunding(folder.programFunding)
        rules.checkAid(folder.usAid)
        rules.checkLessons(folder.lessons)
        rules.checkClaims(folder.claims)
        log = rules.log
    }
}

/// The rule implementations, sharing the id sets and the log.
private struct Rules {
    var log: IssueLog
    let sources: Set<String>
    let countries: Set<String>
    let regions: Set<String>
    let decrees: Set<String>
    let programs: Set<String>

    init(log: IssueLog, sources: Set<String>, countries: Set<String>, regions: Set<String>, decrees: Set<String>, programs: Set<String>) {
        self.log = log
        self.sources = sources
        self.countries = countries
        self.regions = regions
        self.decrees = decrees
        self.programs = programs
    }

    // MARK: Shared checks

    mutating func unique<R>(_ list: RecordList<R>, _ key: (R) -> String, what: String, field: String) {
        var first: [String: Int] = [:]
        for (i, record) in list.records.enumerated() {
            let value = key(record)
            if let earlier = first[value] {
                log.add(list.file, path: list.path(i, .key(field)), "duplicate \(what) \"\(value)\" (also at \(list.path(earlier)))")
            } else {
                first[value] = i
            }
        }
    }

    // The helpers take the path of the value as an autoclosure: it is built only when there is
    // a problem to report, not for each of the tens of thousands of values that pass.

    mutating func source(_ id: String, _ file: DataFile, _ path: @autoclosure () -> JSONPath) {
        if !sources.contains(id) {
            let known = sources
            log.add(file, path: path(), "source \"\(id)\" is not in sources.json" + Self.didYouMean(id, known))
        }
    }

    mutating func sourceList(_ ids: [String], _ file: DataFile, _ path: @autoclosure () -> JSONPath, required: Bool = true) {
        if ids.isEmpty && required { log.add(file, path: path(), "at least one source is required") }
        for (index, id) in ids.enumerated() { source(id, file, path().appending(index)) }
    }

    mutating func country(_ code: String, _ file: DataFile, _ path: @autoclosure () -> JSONPath) {
        if !countries.contains(code) {
            let known = countries
            log.add(file, path: path(), "country \"\(code)\" is not in countries.json" + Self.didYouMean(code, known))
        }
    }

    mutating func year(_ value: Int, _ file: DataFile, _ path: @autoclosure () -> JSONPath) {
        if !Validator.years.contains(value) {
            log.add(file, path: path(), "year \(value) is outside \(Validator.years.lowerBound)–\(Validator.years.upperBound)")
        }
    }

    mutating func date(_ value: PartialDate?, _ file: DataFile, _ path: @autoclosure () -> JSONPath) {
        if let value { year(value.year, file, path()) }
    }

    mutating func finite(_ value: Double, _ file: DataFile, _ path: @autoclosure () -> JSONPath, minimum: Double? = 0, maximum: Double? = nil, what: String) {
        // Infinite literals are already reported where the file is parsed.
        guard value.isFinite else { return }
        if let minimum, value < minimum {
            log.add(file, path: path(), "\(what) \(Self.format(value)) is negative")
        } else if let maximum, value > maximum {
            log.add(file, path: path(), "\(what) \(Self.format(value)) is above \(Self.format(maximum))")
        }
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Static, and given copies of the id sets, because `IssueLog.add` evaluates its message
    /// lazily, while it holds `log`: the message may not read `self`.
    private static func didYouMean(_ value: String, _ candidates: Set<String>) -> String {
        guard let guess = Suggestion.closest(to: value, among: candidates.sorted()) else { return "" }
        return " (did you mean \"\(guess)\"?)"
    }

    // MARK: Files

    mutating func checkSources(_ list: RecordList<Source>) {
        unique(list, \.id, what: "source id", field: "id")
        for (i, source) in list.records.enumerated() {
            if source.urls.isEmpty { log.add(list.file, path: list.path(i, .key("urls")), "at least one URL is required") }
            // A byte test for the space: Foundation's `contains` costs a locale-aware search per URL.
            for (u, url) in source.urls.enumerated() where !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.utf8.contains(0x20) {
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
        var seen: [String: Int] = [:]
        for (i, record) in list.records.enumerated() {
            if !countries.contains(record.area) && !regions.contains(record.area) {
                log.add(list.file, path: list.path(i, .key("area")), "area \"\(record.area)\" is neither a country nor a region")
            }
            year(record.year, list.file, list.path(i, .key("year")))
            if record.persons <= 0 { log.add(list.file, path: list.path(i, .key("persons")), "population must be positive") }
            source(record.source, list.file, list.path(i, .key("source")))
            let key = "\(record.area) \(record.year)"
            if let earlier = seen[key] {
                log.add(list.file, path: list.path(i), "duplicate population for \(key) (also at \(list.path(earlier)))")
            } else {
                seen[key] = i
            }
        }
    }

    mutating func checkHomicides(_ list: RecordList<HomicideRecord>, areas: Set<String>, areaKind: String) {
        var cells: [String: [Int]] = [:]
        var order: [String] = []
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
            let key = "\(record.area) \(record.year) \(record.measure.rawValue)"
            if cells[key] == nil { order.append(key) }
            cells[key, default: []].append(i)
        }
        for key in order {
            let members = cells[key]!
            let defaults = members.filter { list.records[$0].isDefault }
            if defaults.count != 1 {
                let at = defaults.count > 1 ? defaults[1] : members[0]
                log.add(list.file, path: list.path(at, .key("default")), "\(key): \(defaults.count) records marked default; exactly one must be")
            } else if members.count > 1, (list.records[defaults[0]].whyDefault ?? "").isEmpty {
                log.add(list.file, path: list.path(defaults[0], .key("why_default")), "\(key) has \(members.count) values from different sources; the default must say why it is the default")
            }
        }
    }

    mutating func checkMonthly(_ list: RecordList<MonthlyHomicideRecord>) {
        var seen: [String: Int] = [:]
        for (i, record) in list.records.enumerated() {
            country(record.country, list.file, list.path(i, .key("country")))
            year(record.month.year, list.file, list.path(i, .key("month")))
            if record.count < 0 { log.add(list.file, path: list.path(i, .key("count")), "count \(record.count) is negative") }
            source(record.source, list.file, list.path(i, .key("source")))
            let key = "\(record.country) \(record.month)"
            if let earlier = seen[key] {
                log.add(list.file, path: list.path(i), "duplicate month \(key) (also at \(list.path(earlier)))")
            } else {
                seen[key] = i
            }
        }
    }

    mutating func checkDecrees(_ list: RecordList<Decree>) {
        unique(list, \.id, what: "decree id", field: "id")
        for (i, decree) in list.records.enumerated() {
            country(decree.country, list.file, list.path(i, .key("country")))
            date(decree.start, list.file, list.path(i, .key("start")))
            date(decree.end, list.file, list.path(i, .key("end")))
            if let start = decree.start, let end = decree.end, end.lastDayNumber < start.dayNumber {
                log.add(list.file, path: list.path(i, .key("end")), "end \(end) is before start \(start)")
            }
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

    mutating func checkEvents(_ list: RecordList<SecurityEvent>) {
        unique(list, \.id, what: "event id", field: "id")
        for (i, event) in list.records.enumerated() {
            country(event.country, list.file, list.path(i, .key("country")))
            date(event.date, list.file, list.path(i, .key("date")))
            sourceList(event.sources, list.file, list.path(i, .key("sources")))
        }
    }

    mutating func checkPrograms(_ list: RecordList<Program>) {
        unique(list, \.id, what: "program id", field: "id")
        for (i, program) in list.records.enumerated() {
            if program.recipients.isEmpty { log.add(list.file, path: list.path(i, .key("recipients")), "at least one recipient country is required") }
            for (r, code) in program.recipients.enumerated() { country(code, list.file, list.path(i, .key("recipients"), .index(r))) }
            if let start = program.startYear { year(start, list.file, list.path(i, .key("start_year"))) }
            if let end = program.endYear { year(end, list.file, list.path(i, .key("end_year"))) }
            if let start = program.startYear, let end = program.endYear, end < start {
                log.add(list.file, path: list.path(i, .key("end_year")), "end_year \(end) is before start_year \(start)")
            }
            if let total = program.totalUSDMillions {
                finite(total, list.file, list.path(i, .key("total_usd_millions")), what: "total")
            }
            sourceList(program.sources, list.file, list.path(i, .key("sources")))
            for (c, criticism) in program.criticisms.enumerated() {
                sourceList(criticism.sources, list.file, list.path(i, .key("criticisms"), .index(c), .key("sources")))
            }
            for (o, outcome) in program.outcomes.enumerated() {
                let base = list.path(i, .key("outcomes"), .index(o))
                year(outcome.year, list.file, base.appending("year"))
                // Outcomes include changes ("−50 % opium poppy"), so they may be negative.
                finite(outcome.value, list.file, base.appending("value"), minimum: nil, what: "value")
                source(outcome.source, list.file, base.appending("source"))
            }
        }
    }

    mutating func checkFunding(_ list: RecordList<FundingRecord>) {
        for (i, record) in list.records.enumerated() {
            if !programs.contains(record.program) {
                let known = programs
                log.add(list.file, path: list.path(i, .key("program")), "program \"\(record.program)\" is not in programs.json" + Self.didYouMean(record.program, known))
            }
            year(record.fiscalYear, list.file, list.path(i, .key("fiscal_year")))
            switch (record.span, record.fromFiscalYear) {
            case (.cumulative, nil):
                log.add(list.file, path: list.path(i, .key("from_fiscal_year")), "a cumulative checkpoint needs from_fiscal_year")
            case (.cumulative, let from?):
                year(from, list.file, list.path(i, .key("from_fiscal_year")))
                if from > record.fiscalYear {
                    log.add(list.file, path: list.path(i, .key("from_fiscal_year")), "from_fiscal_year \(from) is after fiscal_year \(record.fiscalYear)")
                }
            case (.annual, .some):
                log.add(list.file, path: list.path(i, .key("from_fiscal_year")), "an annual value must not have from_fiscal_year")
            case (.annual, nil):
                break
            }
            finite(record.usdMillions, list.file, list.path(i, .key("usd_millions")), what: "amount")
            source(record.source, list.file, list.path(i, .key("source")))
        }
    }

    mutating func checkAid(_ list: RecordList<AidRecord>) {
        var seen: [String: Int] = [:]
        for (i, record) in list.records.enumerated() {
            country(record.country, list.file, list.path(i, .key("country")))
            year(record.fiscalYear, list.file, list.path(i, .key("fiscal_year")))
            // Net figures can be negative (de-obligations), so only finiteness is required.
            finite(record.usdMillions, list.file, list.path(i, .key("usd_millions")), minimum: nil, what: "amount")
            source(record.source, list.file, list.path(i, .key("source")))
            let key = "\(record.country) FY\(record.fiscalYear) \(record.series)"
            if let earlier = seen[key] {
                log.add(list.file, path: list.path(i), "duplicate value for \(key) (also at \(list.path(earlier)))")
            } else {
                seen[key] = i
            }
        }
    }

    mutating func checkLessons(_ list: RecordList<Lesson>) {
        unique(list, \.id, what: "lesson id", field: "id")
        for (i, lesson) in list.records.enumerated() {
            for (f, finding) in lesson.findings.enumerated() {
                let base = list.path(i, .key("findings"), .index(f))
                for (p, program) in finding.programs.enumerated() where !programs.contains(program) {
                    let known = programs
                    log.add(list.file, path: base.appending("programs").appending(p), "program \"\(program)\" is not in programs.json" + Self.didYouMean(program, known))
                }
                // "Looked for, not found" is a finding without a source; every other finding needs one.
                sourceList(finding.sources, list.file, base.appending("sources"), required: finding.verdict != .notFound)
            }
        }
    }

    mutating func checkClaims(_ list: RecordList<Claim>) {
        unique(list, \.id, what: "claim id", field: "id")
        for (i, claim) in list.records.enumerated() {
            sourceList(claim.sources, list.file, list.path(i, .key("sources")))
            for (f, figure) in claim.figures.enumerated() {
                let base = list.path(i, .key("figures"), .index(f))
                if let code = figure.country { country(code, list.file, base.appending("country")) }
                if let figureYear = figure.year { year(figureYear, list.file, base.appending("year")) }
                finite(figure.value, list.file, base.appending("value"), minimum: nil, what: "value")
                source(figure.source, list.file, base.appending("source"))
            }
        }
    }
}
