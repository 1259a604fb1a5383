extension RecordDecoder {
    /// The records of `file` as a `RecordList` of its record type.
    ///
    /// The records scaled data sets are mostly made of are read through `TapeFields`: each
    /// list of fields below reads what the type's synthesized `init(from:)` reads, and the
    /// memberwise initialiser's labels keep every field in its place. The other types, with
    /// nested objects and few records, go through `Decodable`.
    mutating func records(of file: DataFile, from tape: JSONTape?, array: Int?, located: LocatedFile?) -> any Sendable {
        func decode<Record: Decodable & Sendable>(_ type: Record.Type) -> RecordList<Record> {
            self.decode(file, from: tape, array: array, located: located, as: type)
        }
        func read<Record: Decodable & Sendable, Key: CodingKey>(_ keys: Key.Type, _ fields: @escaping (inout TapeFields<Key>) throws -> Record) -> RecordList<Record> {
            self.decode(file, from: tape, array: array, located: located) { record in
                var opened = try TapeFields<Key>(record)
                let decoded = try fields(&opened)
                opened.close()
                return decoded
            }
        }
        switch file {
        case .sources:
            return read(Source.CodingKeys.self) {
                try Source(id: $0(.id), title: $0(.title), publisher: $0(.publisher), urls: $0(.urls), date: $0(.date),
                           dateNote: $0(.dateNote), location: $0(.location), caveat: $0(.caveat))
            }
        case .countries:
            return read(Country.CodingKeys.self) { try Country(iso3: $0(.iso3), name: $0(.name), subregion: $0(.subregion), note: $0(.note)) }
        case .regions:
            return read(Region.CodingKeys.self) { try Region(code: $0(.code), name: $0(.name), note: $0(.note)) }
        case .population:
            return read(PopulationRecord.CodingKeys.self) {
                try PopulationRecord(area: $0(.area), year: $0(.year), persons: $0(.persons), basis: $0(.basis), source: $0(.source))
            }
        case .homicides, .regionalHomicides:
            return read(HomicideRecord.CodingKeys.self) {
                try HomicideRecord(area: $0(.area), year: $0(.year), measure: $0(.measure), value: $0(.value), source: $0(.source), isDefault: $0(.isDefault),
                                   whyDefault: $0(.whyDefault), note: $0(.note), release: $0(.release), period: $0(.period))
            }
        case .monthlyHomicides:
            return read(MonthlyHomicideRecord.CodingKeys.self) {
                try MonthlyHomicideRecord(country: $0(.country), month: $0(.month), count: $0(.count), source: $0(.source), note: $0(.note), release: $0(.release))
            }
        case .decrees: return decode(Decree.self)
        case .events:
            return read(SecurityEvent.CodingKeys.self) {
                try SecurityEvent(id: $0(.id), country: $0(.country), date: $0(.date), category: $0(.category), title: $0(.title),
                                  summary: $0(.summary), casualties: $0(.casualties), sources: $0(.sources))
            }
        case .programs: return decode(Program.self)
        case .programFunding:
            return read(FundingRecord.CodingKeys.self) {
                try FundingRecord(program: $0(.program), fiscalYear: $0(.fiscalYear), fromFiscalYear: $0(.fromFiscalYear), span: $0(.span),
                                  category: $0(.category), group: $0(.group), usdMillions: $0(.usdMillions), dollars: $0(.dollars),
                                  basis: $0(.basis), qualifier: $0(.qualifier), note: $0(.note), source: $0(.source))
            }
        case .usAid:
            return read(AidRecord.CodingKeys.self) {
                try AidRecord(country: $0(.country), fiscalYear: $0(.fiscalYear), series: $0(.series), basis: $0(.basis),
                              usdMillions: $0(.usdMillions), dollars: $0(.dollars), preliminary: $0(.preliminary), source: $0(.source))
            }
        case .lessons: return decode(Lesson.self)
        case .claims: return decode(Claim.self)
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
