import Testing
import Foundation
@testable import VigiaModel

/// One broken copy of the valid fixture per rule: the loader must report exactly that problem,
/// at the right file, line, column and JSON path, with exit status 65.
struct BrokenFixture: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var find: String
    var replace: String
    var expected: String
    var messageFragment: String

    var testDescription: String { name }
}

let brokenFixtures: [BrokenFixture] = [
    BrokenFixture(name: "continuous renewals without an end", file: "decrees.json",
                  find: "\"kind\": \"extension\"", replace: "\"kind\": \"continuous_renewals\"",
                  expected: "F/decrees.json:4:122: $.decrees[1].end", messageFragment: "a continuous_renewals stretch needs end"),
    BrokenFixture(name: "end before start", file: "decrees.json",
                  find: "\"end\": \"2022-05-08\"", replace: "\"end\": \"2022-01-08\"",
                  expected: "F/decrees.json:3:121: $.decrees[0].end", messageFragment: "end 2022-01-08 is before start 2022-03-09"),
    BrokenFixture(name: "invalid calendar date", file: "events.json",
                  find: "\"2022-03-08\"", replace: "\"2022-02-30\"",
                  expected: "F/events.json:3:44: $.events[0].date", messageFragment: "\"2022-02-30\" is not a date"),
    BrokenFixture(name: "missing field", file: "countries.json",
                  find: "\"name\": \"Beta\", ", replace: "",
                  expected: "F/countries.json:4:5: $.countries[1]", messageFragment: "missing required field \"name\""),
    BrokenFixture(name: "wrong type", file: "population.json",
                  find: "\"persons\": 20000000", replace: "\"persons\": \"20000000\"",
                  expected: "F/population.json:5:46: $.population[2].persons", messageFragment: "expected a whole number, found a string"),
    BrokenFixture(name: "fractional count field", file: "homicides_monthly.json",
                  find: "\"count\": 120", replace: "\"count\": 120.5",
                  expected: "F/homicides_monthly.json:4:53: $.homicides_monthly[1].count", messageFragment: "expected a whole number, found 120.5"),
    BrokenFixture(name: "unknown field with suggestion", file: "decrees.json",
                  find: "\"summary\": \"Renewal.\"", replace: "\"sumary\": \"Renewal.\", \"summary\": \"Renewal.\"",
                  expected: "F/decrees.json:4:269: $.decrees[1].sumary", messageFragment: "unknown field \"sumary\" (did you mean \"summary\"?)"),
    BrokenFixture(name: "unknown enum value", file: "decrees.json",
                  find: "\"kind\": \"court_ruling\"", replace: "\"kind\": \"court_rulling\"",
                  expected: "F/decrees.json:5:69: $.decrees[2].kind", messageFragment: "did you mean \"court_ruling\""),
    BrokenFixture(name: "duplicate id", file: "decrees.json",
                  find: "\"id\": \"D2\"", replace: "\"id\": \"D3\"",
                  expected: "F/decrees.json:5:12: $.decrees[2].id", messageFragment: "duplicate decree id \"D3\""),
    BrokenFixture(name: "dangling source", file: "homicides.json",
                  find: "\"source\": \"SRC_C\"", replace: "\"source\": \"SRC_D\"",
                  expected: "F/homicides.json:8:80: $.homicides[5].source", messageFragment: "source \"SRC_D\" is not in sources.json"),
    BrokenFixture(name: "dangling country", file: "events.json",
                  find: "\"country\": \"AAA\"", replace: "\"country\": \"ECU\"",
                  expected: "F/events.json:3:29: $.events[0].country", messageFragment: "country \"ECU\" is not in countries.json"),
    BrokenFixture(name: "dangling extended decree", file: "decrees.json",
                  find: "\"extends\": \"D1\"", replace: "\"extends\": \"D9\"",
                  expected: "F/decrees.json:4:150: $.decrees[1].extends", messageFragment: "decree \"D9\" is not in decrees.json"),
    BrokenFixture(name: "dangling program", file: "program_funding.json",
                  find: "\"program\": \"plan_a\"", replace: "\"program\": \"plan_b\"",
                  expected: "F/program_funding.json:3:17: $.program_funding[0].program", messageFragment: "program \"plan_b\" is not in programs.json"),
    BrokenFixture(name: "negative count", file: "homicides.json",
                  find: "\"value\": 7800", replace: "\"value\": -7800",
                  expected: "F/homicides.json:8:64: $.homicides[5].value", messageFragment: "count -7800 is negative"),
    BrokenFixture(name: "rate above 1000", file: "homicides.json",
                  find: "\"value\": 12.5", replace: "\"value\": 1200.5",
                  expected: "F/homicides.json:10:72: $.homicides[7].value", messageFragment: "rate per 100k 1200.5 is above 1000"),
    BrokenFixture(name: "non-finite number", file: "us_aid.json",
                  find: "120.5", replace: "1e999",
                  expected: "F/us_aid.json:3:121: $.us_aid[0].usd_millions", messageFragment: "not finite"),
    BrokenFixture(name: "year out of range", file: "population.json",
                  find: "\"year\": 2020", replace: "\"year\": 1820",
                  expected: "F/population.json:3:29: $.population[0].year", messageFragment: "year 1820 is outside 1900–2100"),
    BrokenFixture(name: "escape sequence in a string", file: "events.json",
                  find: "A riot.", replace: "A riot\\u001b[2J.",
                  expected: "F/events.json:3:117: $.events[0].summary", messageFragment: "escape character (U+001B, ESC)"),
    BrokenFixture(name: "bidi override in a string", file: "countries.json",
                  find: "\"Gamma\"", replace: "\"Gam\\u202Ema\"",
                  expected: "F/countries.json:5:29: $.countries[2].name", messageFragment: "bidirectional-text control (U+202E)"),
    BrokenFixture(name: "C1 control in a string", file: "sources.json",
                  find: "Police counts", replace: "Police\\u009b31m counts",
                  expected: "F/sources.json:4:30: $.sources[1].title", messageFragment: "C1 control sequence introducer"),
    BrokenFixture(name: "two defaults for one cell", file: "homicides.json",
                  find: "\"default\": false", replace: "\"default\": true",
                  expected: "F/homicides.json:8:100: $.homicides[5].default", messageFragment: "AAA 2022 count: 2 records marked default"),
    BrokenFixture(name: "disputed cell without a reason", file: "homicides.json",
                  find: "\"why_default\": \"latest vintage\"", replace: "\"why_default\": null",
                  expected: "F/homicides.json:7:121: $.homicides[4].why_default", messageFragment: "the default must say why"),
    BrokenFixture(name: "cumulative checkpoint without a start", file: "program_funding.json",
                  find: "\"from_fiscal_year\": 2019", replace: "\"from_fiscal_year\": null",
                  expected: "F/program_funding.json:6:68: $.program_funding[3].from_fiscal_year", messageFragment: "needs from_fiscal_year"),
    BrokenFixture(name: "not a URL", file: "sources.json",
                  find: "\"https://example.org/c\"", replace: "\"example.org/c\"",
                  expected: "F/sources.json:5:81: $.sources[2].urls[0]", messageFragment: "is not an http(s) URL"),
    BrokenFixture(name: "source id with a space", file: "sources.json",
                  find: "\"date_note\": \"undated\", \"location\": null, \"caveat\": null}",
                  replace: "\"date_note\": \"undated\", \"location\": null, \"caveat\": null},\n    {\"id\": \"bad id!\", \"title\": \"T\", \"publisher\": \"P\", \"urls\": [\"https://example.org/d\"], \"date\": \"2024\", \"date_note\": null, \"location\": null, \"caveat\": null}",
                  expected: "F/sources.json:6:12: $.sources[3].id", messageFragment: "source id \"bad id!\" must be letters, digits, - and _"),
    BrokenFixture(name: "duplicate key in an object", file: "regions.json",
                  find: "\"code\": \"WLD\",", replace: "\"code\": \"WLD\", \"code\": \"XXX\",",
                  expected: "F/regions.json:4:21: $.regions[1].code", messageFragment: "duplicate key \"code\""),
    // One natural-key duplicate check for every file: the copy is named, with where the first is.
    BrokenFixture(name: "duplicate funding record", file: "program_funding.json",
                  find: "\"fiscal_year\": 2022, \"from_fiscal_year\": null", replace: "\"fiscal_year\": 2020, \"from_fiscal_year\": null",
                  expected: "F/program_funding.json:4:5: $.program_funding[1]",
                  messageFragment: "duplicate funding record \"plan_a | military_police | annual | - | FY2020 | appropriated | SRC_A\" (first at 3:5, $.program_funding[0])"),
    BrokenFixture(name: "duplicate homicide record", file: "homicides.json",
                  find: "\"source\": \"SRC_C\"", replace: "\"source\": \"SRC_B\"",
                  expected: "F/homicides.json:8:5: $.homicides[5]",
                  messageFragment: "duplicate homicide record \"AAA | 2022 | - | count | SRC_B | -\" (first at 7:5, $.homicides[4])"),
    BrokenFixture(name: "duplicate decree", file: "decrees.json",
                  find: "\"reference\": \"Decree 2\", \"kind\": \"extension\", \"start\": \"2022-05-09\"",
                  replace: "\"reference\": \"Decree 1\", \"kind\": \"state_of_exception\", \"start\": \"2022-03-09\"",
                  expected: "F/decrees.json:4:5: $.decrees[1]",
                  messageFragment: "duplicate decree \"AAA | Decree 1 | state_of_exception | 2022-03-09\" (first at 3:5, $.decrees[0])"),
    BrokenFixture(name: "duplicate event", file: "events.json",
                  find: "\"sources\": [\"SRC_B\"]}",
                  replace: "\"sources\": [\"SRC_B\"]},\n    {\"id\": \"E2\", \"country\": \"AAA\", \"date\": \"2022-03-08\", \"category\": \"prison_massacre\", \"title\": \"Riot\", \"summary\": \"Again.\", \"casualties\": null, \"sources\": [\"SRC_B\"]}",
                  expected: "F/events.json:4:5: $.events[1]",
                  messageFragment: "duplicate event \"2022-03-08 | AAA | Riot\" (first at 3:5, $.events[0])"),
    BrokenFixture(name: "duplicate figure in a claim", file: "claims.json",
                  find: "\"source\": \"SRC_A\"}], \"sources\"",
                  replace: "\"source\": \"SRC_A\"}, {\"label\": \"rate 2019\", \"value\": 10.0, \"unit\": \"per 100k\", \"year\": 2019, \"country\": \"AAA\", \"source\": \"SRC_A\"}], \"sources\"",
                  expected: "F/claims.json:3:250: $.claims[0].figures[1]",
                  messageFragment: "duplicate figure \"rate 2019 | per 100k | 2019 | AAA | SRC_A\" (first at 3:140, $.claims[0].figures[0])"),
    // Values that cannot be negative, and shares that cannot pass 100.
    BrokenFixture(name: "negative appropriation", file: "program_funding.json",
                  find: "\"usd_millions\": 100,", replace: "\"usd_millions\": -100,",
                  expected: "F/program_funding.json:3:167: $.program_funding[0].usd_millions",
                  messageFragment: "amount -100 is negative; only obligated or disbursed amounts (net of de-obligations) may be"),
    BrokenFixture(name: "negative aid that is not net", file: "us_aid.json",
                  find: "\"basis\": \"obligated\", \"usd_millions\": 120.5", replace: "\"basis\": \"appropriated_and_planned\", \"usd_millions\": -120.5",
                  expected: "F/us_aid.json:3:136: $.us_aid[0].usd_millions",
                  messageFragment: "amount -120.5 is negative; only obligated or disbursed amounts (net of de-obligations) may be"),
    BrokenFixture(name: "negative claim figure", file: "claims.json",
                  find: "\"value\": 10.0, \"unit\": \"per 100k\"", replace: "\"value\": -10.0, \"unit\": \"per 100k\"",
                  expected: "F/claims.json:3:172: $.claims[0].figures[0].value", messageFragment: "value -10 is negative"),
    BrokenFixture(name: "share above 100 percent", file: "claims.json",
                  find: "\"value\": 10.0, \"unit\": \"per 100k\"", replace: "\"value\": 120.0, \"unit\": \"percent\"",
                  expected: "F/claims.json:3:172: $.claims[0].figures[0].value", messageFragment: "share in percent 120 is above 100"),
    // A derived value shows its work.
    BrokenFixture(name: "derived figure without inputs", file: "claims.json",
                  find: "\"source\": \"SRC_A\"}], \"sources\"",
                  replace: "\"source\": \"SRC_A\", \"derived\": {\"arithmetic\": \"5 + 5\", \"inputs\": []}}], \"sources\"",
                  expected: "F/claims.json:3:294: $.claims[0].figures[0].derived.inputs",
                  messageFragment: "a derived value must list its inputs, each with a label, value and source"),
    BrokenFixture(name: "derived figure without arithmetic", file: "claims.json",
                  find: "\"source\": \"SRC_A\"}], \"sources\"",
                  replace: "\"source\": \"SRC_A\", \"derived\": {\"arithmetic\": \" \", \"inputs\": [{\"label\": \"rate 2018\", \"value\": 5, \"source\": \"SRC_A\"}]}}], \"sources\"",
                  expected: "F/claims.json:3:275: $.claims[0].figures[0].derived.arithmetic", messageFragment: "a derived value must state its arithmetic"),
    BrokenFixture(name: "derived input with a dangling source", file: "claims.json",
                  find: "\"source\": \"SRC_A\"}], \"sources\"",
                  replace: "\"source\": \"SRC_A\", \"derived\": {\"arithmetic\": \"5 + 5\", \"inputs\": [{\"label\": \"rate 2018\", \"value\": 5, \"source\": \"SRC_Z\"}]}}], \"sources\"",
                  expected: "F/claims.json:3:340: $.claims[0].figures[0].derived.inputs[0].source", messageFragment: "source \"SRC_Z\" is not in sources.json"),
    BrokenFixture(name: "derived decree end without inputs", file: "decrees.json",
                  find: "\"end\": \"2022-05-08\",", replace: "\"end\": \"2022-05-08\", \"end_derived\": {\"arithmetic\": \"start + 60 days\", \"inputs\": []},",
                  expected: "F/decrees.json:3:194: $.decrees[0].end_derived.inputs", messageFragment: "a derived value must list its inputs"),
    BrokenFixture(name: "malformed JSON", file: "claims.json",
                  find: "\"topic\": \"homicides\",", replace: "\"topic\": \"homicides\",,",
                  expected: "F/claims.json:3:76", messageFragment: "malformed JSON: unexpected ','; expected a quoted key"),
    BrokenFixture(name: "wrong top-level key", file: "lessons.json",
                  find: "\"lessons\":", replace: "\"lesson\":",
                  expected: "F/lessons.json:2:3: $.lesson", messageFragment: "unknown top-level key \"lesson\""),
    BrokenFixture(name: "funding category without a label", file: "program_funding.json",
                  find: "\"category\": \"social\"", replace: "\"category\": \"social_programs\"",
                  expected: "F/program_funding.json:5:104: $.program_funding[2].category",
                  messageFragment: "category \"social_programs\" is not declared with a label in the categories of program \"plan_a\""),
    BrokenFixture(name: "unknown program kind", file: "programs.json",
                  find: "\"kind\": \"us_program\"", replace: "\"kind\": \"us\"",
                  expected: "F/programs.json:3:161: $.programs[0].kind", messageFragment: "us_program"),
    BrokenFixture(name: "empty funding category label", file: "programs.json",
                  find: "\"label\": \"Social\"", replace: "\"label\": \" \"",
                  expected: "F/programs.json:3:333: $.programs[0].categories[1].label",
                  messageFragment: "funding category \"social\" needs a label"),
]

@Test(arguments: brokenFixtures)
func eachRuleReportsExactlyItsProblem(_ fixture: BrokenFixture) throws {
    let folder = try FixtureFolder()
    defer { folder.cleanUp() }
    try folder.replace(fixture.find, with: fixture.replace, in: fixture.file)
    let failure = try #require(folder.failure())
    #expect(failure.exitStatus == 65)
    let matching = failure.issues.filter { $0.description.hasPrefix(fixture.expected + ": ") || $0.description == fixture.expected }
    #expect(matching.count == 1, "issues: \(failure.issues.map(\.description))")
    #expect(matching.first?.message.contains(fixture.messageFragment) == true, "issues: \(failure.issues.map(\.description))")
    // The wrong-top-level-key case also reports the missing key; every other rule reports one issue.
    let allowed = fixture.name == "wrong top-level key" ? 2 : 1
    #expect(failure.issues.count == allowed, "issues: \(failure.issues.map(\.description))")
}

@Test func theValidFixtureLoads() throws {
    let folder = try FixtureFolder()
    defer { folder.cleanUp() }
    #expect(folder.issues().isEmpty, "\(folder.issues())")
}

@Test func netObligationsMayBeNegative() throws {
    // De-obligations are real (Nicaragua, FY2010: −$14.5m): obligated and disbursed stay allowed below zero.
    let folder = try FixtureFolder()
    defer { folder.cleanUp() }
    try folder.replace("\"usd_millions\": 120.5", with: "\"usd_millions\": -14.525", in: "us_aid.json")
    #expect(folder.issues().isEmpty, "\(folder.issues())")
}

@Test func aDerivedFigureWithItsInputsLoads() throws {
    let folder = try FixtureFolder()
    defer { folder.cleanUp() }
    try folder.replace("\"source\": \"SRC_A\"}], \"sources\"",
                       with: "\"source\": \"SRC_A\", \"derived\": {\"arithmetic\": \"5 × 2\", \"inputs\": [{\"label\": \"rate 2018\", \"value\": 5, \"source\": \"SRC_A\"}, {\"label\": \"as of\", \"value\": \"2019-06\", \"source\": \"SRC_B\"}]}}], \"sources\"",
                       in: "claims.json")
    let dataset = try DatasetLoader.load(from: folder.url, displayPath: "F")
    let derivation = try #require(dataset.claims.first?.figures.first?.derived)
    #expect(derivation.summary == "derived: 5 × 2")
    #expect(derivation.inputs.map(\.value) == [.number(5), .date(PartialDate(year: 2019, month: 6))])
}

@Test func allProblemsAreReportedInOnePass() throws {
    let folder = try FixtureFolder()
    defer { folder.cleanUp() }
    try folder.replace("\"end\": \"2022-05-08\"", with: "\"end\": \"2022-01-08\"", in: "decrees.json")
    try folder.replace("\"country\": \"AAA\"", with: "\"country\": \"ECU\"", in: "events.json")
    try folder.replace("\"persons\": 20000000", with: "\"persons\": -1", in: "population.json")
    let issues = folder.issues()
    #expect(issues.count == 3)
    #expect(Set(issues.map(\.file)) == ["F/decrees.json", "F/events.json", "F/population.json"])
}

@Test func aMissingFileExitsWithNoInput() throws {
    let folder = try FixtureFolder()
    defer { folder.cleanUp() }
    try folder.remove("decrees.json")
    let failure = try #require(folder.failure())
    #expect(failure.exitStatus == 66)
    #expect(failure.issues.map(\.description) == ["F/decrees.json: no such file"])
}

@Test func aMissingFolderExitsWithNoInput() {
    let url = FixtureFolder.valid.appendingPathComponent("nowhere")
    do {
        _ = try DatasetLoader.load(from: url, displayPath: "nowhere")
        Issue.record("loaded a folder that does not exist")
    } catch {
        #expect(error.exitStatus == 66)
        #expect(error.issues.first?.description == "nowhere: no such data folder")
    }
}

@Test func anOversizedFileIsRefusedBeforeParsing() throws {
    let folder = try FixtureFolder()
    defer { folder.cleanUp() }
    try folder.write(Array(repeating: UInt8(ascii: " "), count: DataFile.maximumBytes + 1), to: "events.json")
    let issues = folder.issues()
    #expect(issues.count == 1)
    #expect(issues.first?.description.contains("the limit is 16 MB") == true)
}

@Test func errorMessagesNeverCarryRawEscapes() throws {
    let folder = try FixtureFolder()
    defer { folder.cleanUp() }
    try folder.replace("\"kind\": \"court_ruling\"", with: "\"kind\": \"\\u001b]0;pwned\\u0007\"", in: "decrees.json")
    let descriptions = folder.issues().map(\.description)
    #expect(!descriptions.isEmpty)
    for description in descriptions {
        #expect(!description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
    #expect(descriptions.contains { $0.contains("\\u{1B}]0;pwned\\u{7}") })
}

@Test func loadingNeverWritesToTheDataFolder() throws {
    let folder = try FixtureFolder()
    defer { folder.cleanUp() }
    let before = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    let dates = try before.map { try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent($0).path)[.modificationDate] as? Date }
    _ = folder.issues()
    try folder.replace("\"AAA\"", with: "\"ZZZ\"", in: "countries.json")
    _ = folder.issues()
    let after = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    #expect(before == after)
    let datesAfter = try after.filter { $0 != "countries.json" }.map { try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent($0).path)[.modificationDate] as? Date }
    #expect(dates.enumerated().filter { before[$0.offset] != "countries.json" }.map(\.element) == datesAfter)
}
