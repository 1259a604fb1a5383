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
        var rules = ValidationRules(log: log, sources: sourceIDs, countries: countryIDs, regions: regionIDs, decrees: decreeIDs, programs: programIDs)

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
        rules.checkFundingCategories(folder.programs, funding: folder.programFunding)
        rules.checkAid(folder.usAid)
        rules.checkLessons(folder.lessons)
        rules.checkClaims(folder.claims)
        log = rules.log
    }
}

/// The rule implementations, sharing the id sets and the log. The per-file rules are in
/// `ValidationRules+Places.swift` and `ValidationRules+Money.swift`.
struct ValidationRules {
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

    /// The one duplicate check: the second and later elements whose `key` repeats an earlier
    /// one's are reported at `path(i)`, naming where the first was written (a nil key is not checked). Ids, natural keys
    /// of records and keys of nested lists (a claim's figures) all go through here.
    mutating func duplicates<Element>(_ elements: [Element], in file: DataFile, what: String,
                                      at path: (Int) -> JSONPath, key: (Element) -> String?) {
        var first: [String: Int] = [:]
        for (i, element) in elements.enumerated() {
            guard let value = key(element) else { continue }
            guard let earlier = first[value] else {
                first[value] = i
                continue
            }
            let earlierPath = path(earlier)
            let place = log.position(of: earlierPath, in: file).map { "\($0.line):\($0.column), " } ?? ""
            log.add(file, path: path(i), "duplicate \(what) \"\(value)\" (first at \(place)\(earlierPath))")
        }
    }

    /// Unique ids, reported at the id field.
    mutating func unique<R>(_ list: RecordList<R>, _ key: (R) -> String, what: String, field: String) {
        duplicates(list.records, in: list.file, what: what, at: { list.path($0, .key(field)) }, key: key)
    }

    /// One record per natural key (see `NaturallyKeyed`), reported at the record.
    mutating func uniqueRecords<R: NaturallyKeyed>(_ list: RecordList<R>, what: String) {
        duplicates(list.records, in: list.file, what: what, at: { list.path($0) }, key: \.naturalKey)
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

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Static, and given copies of the id sets, because `IssueLog.add` evaluates its message
    /// lazily, while it holds `log`: the message may not read `self`.
    static func didYouMean(_ value: String, _ candidates: Set<String>) -> String {
        guard let guess = Suggestion.closest(to: value, among: candidates.sorted()) else { return "" }
        return " (did you mean \"\(guess)\"?)"
    }
}
