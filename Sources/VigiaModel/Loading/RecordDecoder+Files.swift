extension RecordDecoder {
    /// The records of `file` as a `RecordList` of its record type, each read by its fields
    /// (`TapeRecord`, "RecordFields"), and through `Decodable` where the fields refuse it.
    mutating func records(of file: DataFile, from tape: JSONTape?, array: Int?, located: LocatedFile?) -> any Sendable {
        func read<Record: TapeRecord & Decodable & Sendable>(_ type: Record.Type) -> RecordList<Record> {
            self.decode(file, from: tape, array: array, located: located, read: Record.read)
        }
        switch file {
        case .sources: return read(Source.self)
        case .countries: return read(Country.self)
        case .regions: return read(Region.self)
        case .population: return read(PopulationRecord.self)
        case .homicides, .regionalHomicides: return read(HomicideRecord.self)
        case .monthlyHomicides: return read(MonthlyHomicideRecord.self)
        case .decrees: return read(Decree.self)
        case .events: return read(SecurityEvent.self)
        case .programs: return read(Program.self)
        case .programFunding: return read(FundingRecord.self)
        case .usAid: return read(AidRecord.self)
        case .lessons: return read(Lesson.self)
        case .claims: return read(Claim.self)
        }
    }
}

// The closed sets and dated values those records hold, read as `TapeReadable` spells out.
extension Country.Subregion: TapeReadable {}
extension PopulationRecord.Basis: TapeReadable {}
extension HomicideMeasure: TapeReadable {}
extension HomicidePeriod: TapeReadable {}
extension FundingRecord.Span: TapeReadable {}
extension FundingRecord.Group: TapeReadable {}
extension Dollars: TapeReadable {}
extension FundingBasis: TapeReadable {}
extension Qualifier: TapeReadable {}
extension PartialDate: TapeReadable {}
extension YearMonth: TapeReadable {}
extension Decree.Kind: TapeReadable {}
extension Decree.Relevance: TapeReadable {}
extension Program.Status: TapeReadable {}
extension Program.Kind: TapeReadable {}
extension Lesson.Finding.Verdict: TapeReadable {}
extension Lesson.Finding.Strength: TapeReadable {}
extension Claim.Verdict: TapeReadable {}

/// A derivation's input is a number or a date, as its `init(from:)` tries them.
extension Derivation.Value: TapeReadable {
    static func read(_ decoder: TapeDecoder) throws -> Derivation.Value {
        if decoder.tape.entries[decoder.entry].kind == .number { return .number(try decoder.decodeDouble()) }
        return .date(try PartialDate.read(decoder))
    }
}
