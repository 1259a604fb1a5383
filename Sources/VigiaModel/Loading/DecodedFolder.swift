/// Every file's decoded records with their positions in the files, before cross-checking.
struct DecodedFolder {
    var sources: RecordList<Source>
    var countries: RecordList<Country>
    var regions: RecordList<Region>
    var population: RecordList<PopulationRecord>
    var homicides: RecordList<HomicideRecord>
    var regionalHomicides: RecordList<HomicideRecord>
    var monthlyHomicides: RecordList<MonthlyHomicideRecord>
    var decrees: RecordList<Decree>
    var events: RecordList<SecurityEvent>
    var programs: RecordList<Program>
    var programFunding: RecordList<FundingRecord>
    var usAid: RecordList<AidRecord>
    var lessons: RecordList<Lesson>
    var claims: RecordList<Claim>
}
