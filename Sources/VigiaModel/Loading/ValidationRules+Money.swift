/// Rules for the files about programs, money and arguments: programs, funding, U.S. aid,
/// lessons and claims, and the derivation any figure may carry.
extension ValidationRules {
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
            duplicates(program.outcomes, in: list.file, what: "outcome", at: { list.path(i, .key("outcomes"), .index($0)) }, key: \.naturalKey)
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
        uniqueRecords(list, what: "funding record")
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
            amount(record.usdMillions, basis: record.basis, list.file, list.path(i, .key("usd_millions")))
            source(record.source, list.file, list.path(i, .key("source")))
        }
    }

    mutating func checkAid(_ list: RecordList<AidRecord>) {
        uniqueRecords(list, what: "aid value")
        for (i, record) in list.records.enumerated() {
            country(record.country, list.file, list.path(i, .key("country")))
            year(record.fiscalYear, list.file, list.path(i, .key("fiscal_year")))
            amount(record.usdMillions, basis: record.basis, list.file, list.path(i, .key("usd_millions")))
            source(record.source, list.file, list.path(i, .key("source")))
        }
    }

    /// Dollars at or above zero, except net obligations and disbursements, which go below zero
    /// when de-obligations or refunds exceed new money (Nicaragua, FY2010 obligations: −$14.5m).
    private mutating func amount(_ value: Double, basis: FundingBasis, _ file: DataFile, _ path: @autoclosure () -> JSONPath) {
        guard value.isFinite, value < 0, !basis.mayBeNet else { return }
        log.add(file, path: path(), "amount \(Self.format(value)) is negative; only obligated or disbursed amounts (net of de-obligations) may be")
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
            duplicates(claim.figures, in: list.file, what: "figure", at: { list.path(i, .key("figures"), .index($0)) }, key: \.naturalKey)
            for (f, figure) in claim.figures.enumerated() {
                let base = list.path(i, .key("figures"), .index(f))
                if let code = figure.country { country(code, list.file, base.appending("country")) }
                if let figureYear = figure.year { year(figureYear, list.file, base.appending("year")) }
                // Every unit in the claims counts or measures something: people, forces, dollars, shares.
                finite(figure.value, list.file, base.appending("value"), maximum: figure.isShare ? 100 : nil,
                       what: figure.isShare ? "share in percent" : "value")
                source(figure.source, list.file, base.appending("source"))
                if let derivation = figure.derived { derived(derivation, list.file, base.appending("derived")) }
            }
        }
    }

    /// A derived value must show its work: the arithmetic, and at least one input, each sourced.
    mutating func derived(_ derivation: Derivation, _ file: DataFile, _ path: JSONPath) {
        if derivation.arithmetic.allSatisfy(\.isWhitespace) {
            log.add(file, path: path.appending("arithmetic"), "a derived value must state its arithmetic")
        }
        if derivation.inputs.isEmpty {
            log.add(file, path: path.appending("inputs"), "a derived value must list its inputs, each with a label, value and source")
        }
        for (n, input) in derivation.inputs.enumerated() {
            source(input.source, file, path.appending("inputs").appending(n).appending("source"))
        }
    }
}

extension FundingBasis {
    /// Whether a value on this basis is a net figure, which de-obligations can push below zero.
    var mayBeNet: Bool { self == .obligated || self == .disbursed }
}
