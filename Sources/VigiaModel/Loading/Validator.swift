import Foundation

/// The cross-record rules of a data folder: identity, references, dates, ranges, defaults.
///
/// Field shapes and types are enforced while decoding; these rules need more than one
/// record (or one file) to check.
struct Validator {
    static let years = 1900...2100
    static let maximumRate = 1000.0
    static let maximumDeclaredDays = 3650

    let folder: DecodedFolder


    /// Checks every rule. The rules of different files do not depend on one another, so they
    /// run on every core, each with its own log; the logs are then appended in the order the
    /// rules are listed, which is the order a one-by-one check reports them in (and keeps the
    /// same first problems per file when there are too many to list).
    func validate(into log: inout IssueLog) {
        let sourceIDs = folder.sources.identifiers(\.id, field: "id")
        let countryIDs = folder.countries.identifiers(\.iso3, field: "iso3")
        let regionIDs = folder.regions.identifiers(\.code, field: "code")
        let decreeIDs = folder.decrees.identifiers(\.id, field: "id")
        let programIDs = folder.programs.identifiers(\.id, field: "id")
        let rules = ValidationRules(log: log.empty(), sources: sourceIDs, countries: countryIDs, regions: regionIDs, decrees: decreeIDs, programs: programIDs)
        let folder = folder
        let checks: [@Sendable (inout ValidationRules) -> Void] = [
            { $0.checkSources(folder.sources) },
            { $0.checkCountries(folder.countries) },
            { $0.unique(folder.regions, \.code, what: "region code", field: "code") },
            { $0.checkPopulation(folder.population) },
            { $0.checkHomicides(folder.homicides, areas: countryIDs, areaKind: "country") },
            { $0.checkHomicides(folder.regionalHomicides, areas: regionIDs, areaKind: "region") },
            { $0.checkMonthly(folder.monthlyHomicides) },
            { $0.checkDecrees(folder.decrees) },
            { $0.checkEvents(folder.events) },
            { $0.checkPrograms(folder.programs) },
            { $0.checkFunding(folder.programFunding) },
            { $0.checkFundingCategories(folder.programs, funding: folder.programFunding) },
            { $0.checkAid(folder.usAid) },
            { $0.checkLessons(folder.lessons) },
            { $0.checkClaims(folder.claims) },
        ]
        let results = ParallelSlots<IssueLog>(count: checks.count)
        DispatchQueue.concurrentPerform(iterations: checks.count) { index in
            var own = rules
            checks[index](&own)
            results.store(own.log, at: index)
        }
        for checked in results.all { log.append(checked.issues, unlisted: checked.unlisted) }
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
    ///
    /// Keys are remembered by their hash alone, and an equal hash is confirmed by making the
    /// earlier key again: a quarter million records do not keep a quarter million key strings
    /// alive. A different key with a hash already taken is remembered whole.
    mutating func duplicates<Element, Key: Hashable & CustomStringConvertible>(_ elements: [Element], in file: DataFile, what: String,
                                                                            at path: (Int) -> JSONPath, key: (Element) -> Key?) {
        var first: [Int: Int] = [:]
        first.reserveCapacity(elements.count)
        var collided: [Key: Int] = [:]
        for i in elements.indices {
            guard let value = key(elements[i]) else { continue }
            let hash = value.hashValue
            guard let candidate = first[hash] else {
                first[hash] = i
                continue
            }
            var earlier = candidate
            if key(elements[candidate]) != value {
                guard let other = collided[value] else {
                    collided[value] = i
                    continue
                }
                earlier = other
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
        duplicates(list.records, in: list.file, what: what, at: { list.path($0) }, key: { $0.naturalKey })
    }

    /// Records with an id and a natural key (decrees, events): each id once, and no record
    /// twice under two ids.
    mutating func uniqueIDsAndRecords<R: NaturallyKeyed>(_ list: RecordList<R>, _ id: (R) -> String, what: String) {
        unique(list, id, what: "\(what) id", field: "id")
        uniqueRecords(list, what: what)
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
