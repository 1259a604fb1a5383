import Foundation
import Testing
@testable import VigiaModel

/// One file of the hostile corpus (`Tests/VigiaModelTests/Hostile/`), named `<data file>.<case>.json`.
///
/// Each takes the place of that data file in a copy of the valid fixture; the load must fail
/// with exit status 65 and `expected` as the start of its first problem (file, line, column,
/// path and message).
struct HostileFile: CustomTestStringConvertible, Sendable {
    var name: String
    var expected: String

    var testDescription: String { name }

    /// The data file this one replaces.
    var target: String { String(name.prefix { $0 != "." }) + ".json" }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Hostile")

    var bytes: [UInt8] {
        get throws { [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name))) }
    }
}

let hostileFiles: [HostileFile] = [
    // Malformed JSON.
    HostileFile(name: "countries.truncated.json", expected: "F/countries.json:4:32: malformed JSON: unexpected end of file inside a string"),
    HostileFile(name: "regions.trailing-comma.json", expected: "F/regions.json:5:3: malformed JSON: unexpected ']'; expected a value"),
    HostileFile(name: "regions.single-quotes.json", expected: "F/regions.json:4:14: malformed JSON: unexpected '''; expected a value"),
    HostileFile(name: "regions.comment.json", expected: "F/regions.json:2:3: malformed JSON: unexpected '/'; expected a quoted key"),
    HostileFile(name: "regions.nan.json", expected: "F/regions.json:4:46: malformed JSON: unexpected 'N'; expected a value"),
    HostileFile(name: "regions.empty.json", expected: "F/regions.json:1:1: malformed JSON: the file is empty; expected a JSON object"),
    HostileFile(name: "regions.whitespace-only.json", expected: "F/regions.json:3:1: malformed JSON: the file is empty; expected a JSON object"),
    HostileFile(name: "regions.trailing-garbage.json", expected: "F/regions.json:7:1: malformed JSON: unexpected '}' after the end of the JSON document"),
    HostileFile(name: "regions.bom.json", expected: "F/regions.json:1:1: malformed JSON: the file starts with a UTF-8 byte-order mark"),
    HostileFile(name: "regions.deep-nesting.json", expected: "F/regions.json:4:107: malformed JSON: nesting deeper than 64 levels"),
    // Invalid UTF-8.
    HostileFile(name: "countries.utf8-lone-byte.json", expected: "F/countries.json:5:33: malformed JSON: invalid UTF-8 byte 0xFF"),
    HostileFile(name: "countries.utf8-overlong.json", expected: "F/countries.json:5:33: malformed JSON: invalid UTF-8 byte 0xC0"),
    HostileFile(name: "countries.utf8-surrogate.json", expected: "F/countries.json:5:33: malformed JSON: invalid UTF-8 sequence starting with byte 0xED"),
    HostileFile(name: "countries.utf8-truncated-sequence.json", expected: "F/countries.json:5:33: malformed JSON: invalid UTF-8 sequence starting with byte 0xE2"),
    HostileFile(name: "countries.utf8-truncated-at-end.json", expected: "F/countries.json:5:33: malformed JSON: truncated UTF-8 sequence at end of file"),
    // Wrong shapes and types, missing and unknown fields.
    HostileFile(name: "regions.top-level-array.json", expected: "F/regions.json:1:1: $: expected an object with the key \"regions\", found an array"),
    HostileFile(name: "regions.null.json", expected: "F/regions.json:1:1: $: expected an object with the key \"regions\", found null"),
    HostileFile(name: "regions.missing-key.json", expected: "F/regions.json:1:1: $: missing required key \"regions\""),
    HostileFile(name: "regions.unknown-top-level-key.json", expected: "F/regions.json:2:3: $.region: unknown top-level key \"region\"; this file holds only \"regions\" (did you mean \"regions\"?)"),
    HostileFile(name: "countries.wrong-types.json", expected: "F/countries.json:4:29: $.countries[1].name: expected a string, found a number"),
    HostileFile(name: "countries.not-an-array.json", expected: "F/countries.json:2:16: $.countries: expected an array, found an object"),
    HostileFile(name: "countries.record-not-object.json", expected: "F/countries.json:4:5: $.countries[1]: expected an object, found a string"),
    HostileFile(name: "regions.missing-field.json", expected: "F/regions.json:4:5: $.regions[1]: missing required field \"name\""),
    HostileFile(name: "regions.unknown-field.json", expected: "F/regions.json:4:38: $.regions[1].nmae: unknown field \"nmae\" (did you mean \"name\"?)"),
    // Huge and non-finite numbers.
    HostileFile(name: "population.huge-number.json", expected: "F/population.json:5:46: $.population[2].persons: number is not finite (too large to represent)"),
    HostileFile(name: "population.huge-integer.json", expected: "F/population.json:5:46: $.population[2].persons: expected a whole number, found 1.2345678901234568e+29"),
    HostileFile(name: "population.negative-infinity.json", expected: "F/population.json:5:47: malformed JSON: invalid number; expected a digit"),
    HostileFile(name: "population.leading-zero.json", expected: "F/population.json:5:47: malformed JSON: invalid number; leading zeros are not allowed"),
    HostileFile(name: "population.fraction-year.json", expected: "F/population.json:3:29: $.population[0].year: expected a whole number, found 2020.5"),
    // Duplicate keys and ids, dangling references.
    HostileFile(name: "countries.duplicate-key.json", expected: "F/countries.json:4:21: $.countries[1].iso3: duplicate key \"iso3\" (first at 4:6); only the first is used"),
    HostileFile(name: "countries.duplicate-id.json", expected: "F/countries.json:5:14: $.countries[2].iso3: duplicate country \"AAA\" (first at 3:14, $.countries[0].iso3)"),
    HostileFile(name: "events.dangling-country.json", expected: "F/events.json:3:29: $.events[0].country: country \"ZZZ\" is not in countries.json"),
    HostileFile(name: "homicides.dangling-source.json", expected: "F/homicides.json:3:87: $.homicides[0].source: source \"SRC_NOPE\" is not in sources.json"),
    // Strings that would drive a terminal: ESC/CSI/OSC, C1, bidi overrides and isolates, NUL, DEL.
    HostileFile(name: "countries.escape-csi.json", expected: "F/countries.json:4:29: $.countries[1].name: string contains an escape character (U+001B, ESC)"),
    HostileFile(name: "countries.escape-osc.json", expected: "F/countries.json:4:29: $.countries[1].name: string contains an escape character (U+001B, ESC)"),
    HostileFile(name: "countries.raw-escape.json", expected: "F/countries.json:4:34: malformed JSON: raw control character U+001B inside a string"),
    HostileFile(name: "countries.escape-in-key.json", expected: "F/countries.json:4:83: $.countries[1][\"\\u{1B}[31mred\"]: key contains an escape character (U+001B, ESC)"),
    HostileFile(name: "countries.c1-in-key.json", expected: "F/countries.json:4:83: $.countries[1][\"\\u{9B}31mred\"]: key contains a C1 control sequence introducer (U+009B, CSI)"),
    HostileFile(name: "countries.c1-csi.json", expected: "F/countries.json:4:29: $.countries[1].name: string contains a C1 control sequence introducer (U+009B, CSI)"),
    HostileFile(name: "countries.c1-escaped.json", expected: "F/countries.json:4:29: $.countries[1].name: string contains a control character (U+0085)"),
    HostileFile(name: "countries.bidi-override.json", expected: "F/countries.json:4:29: $.countries[1].name: string contains a bidirectional-text control (U+202E)"),
    HostileFile(name: "countries.bidi-isolate.json", expected: "F/countries.json:4:29: $.countries[1].name: string contains a bidirectional-text control (U+2066)"),
    HostileFile(name: "countries.nul-escaped.json", expected: "F/countries.json:4:29: $.countries[1].name: string contains a NUL character (U+0000)"),
    HostileFile(name: "countries.nul-raw.json", expected: "F/countries.json:4:32: malformed JSON: raw control character U+0000 inside a string"),
    HostileFile(name: "countries.del.json", expected: "F/countries.json:4:29: $.countries[1].name: string contains a control character (U+007F)"),
]

/// Everything in the folder: names, sizes, modification dates and contents.
private func snapshot(_ folder: URL) throws -> [String: [String]] {
    var result: [String: [String]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        let url = folder.appendingPathComponent(name)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let data = (try? Data(contentsOf: url)) ?? Data()
        result[name] = ["\(attributes[.size] ?? "")", "\(date)", "\(data.hashValue)"]
    }
    return result
}

/// Loads `folder` and checks what every hostile file must give: status 65, `expected` first,
/// only escaped text, no write to the folder, and an answer within `seconds`.
private func expectRejected(_ folder: FixtureFolder, expected: String, within seconds: Double = 5) throws {
    let before = try snapshot(folder.url)
    let clock = ContinuousClock()
    let start = clock.now
    let failure = folder.failure()
    let elapsed = clock.now - start
    let failed = try #require(failure, "the hostile folder loaded")
    #expect(failed.exitStatus == 65)
    let descriptions = failed.issues.map(\.description)
    #expect(descriptions.first?.hasPrefix(expected) == true, "first problem: \(descriptions.first ?? "none")\nexpected: \(expected)")
    for description in descriptions {
        #expect(!description.unicodeScalars.contains(where: DatasetLoader.isForbidden), "unescaped: \(description.debugDescription)")
    }
    #expect(elapsed < .seconds(seconds), "took \(elapsed)")
    #expect(try snapshot(folder.url) == before, "the loader changed the data folder")
}

@Suite struct HostileFileTests {
    @Test func theCorpusIsListedInFull() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: HostileFile.folder.path).filter { $0.hasSuffix(".json") }
        #expect(Set(onDisk) == Set(hostileFiles.map(\.name)))
        for file in hostileFiles {
            #expect(try file.bytes.count < 4096, "\(file.name) should stay small; generate big cases at test time")
            #expect(DataFile(rawValue: file.target) != nil, "\(file.name) names no data file")
        }
    }

    @Test(arguments: hostileFiles)
    func isRejectedPreciselyAndSafely(_ file: HostileFile) throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        try folder.write(try file.bytes, to: file.target)
        try expectRejected(folder, expected: file.expected)
    }

    @Test func aFiftyMegabyteFileIsRefusedUnread() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        // Sparse: 50 MB long without writing 50 MB.
        let url = folder.url.appendingPathComponent("us_aid.json")
        try Data().write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 * 1_048_576)
        try handle.close()
        try expectRejected(folder, expected: "F/us_aid.json: the file is 50 MB; the limit is 16 MB", within: 1)
    }

    @Test func deepNestingFailsAtTheLimitNotTheStack() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        try folder.write(Array(repeating: UInt8(ascii: "["), count: 1_000_000), to: "claims.json")
        try expectRejected(folder, expected: "F/claims.json:1:65: malformed JSON: nesting deeper than 64 levels", within: 2)
    }

    @Test func manyBadRecordsAreCountedNotListed() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        // {"countries":[0,0,…]}: two bytes per bad record, the densest way to make problems.
        let count = 200_000
        var bytes = Array("{\"countries\":[".utf8)
        bytes.reserveCapacity(bytes.count + 2 * count + 2)
        for index in 0..<count { bytes += index == 0 ? [0x30] : [0x2C, 0x30] }
        bytes += Array("]}".utf8)
        try folder.write(bytes, to: "countries.json")
        try expectRejected(folder, expected: "F/countries.json:1:15: $.countries[0]: expected an object, found a number", within: 30)
        let issues = folder.issues().filter { $0.file == "F/countries.json" }
        #expect(issues.count == IssueLog.maximumListedPerFile + 1)
        #expect(issues.last?.description == "F/countries.json: \(count - IssueLog.maximumListedPerFile) more problems in this file not listed (only the first 1000 are)")
    }

    @Test func aHugeDanglingIdIsReportedQuickly() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        // Did-you-mean must not compare a megabyte-long id with every source id, letter by letter.
        let id = String(repeating: "SRC_", count: 250_000)
        try folder.replace("\"source\": \"SRC_A\"", with: "\"source\": \"\(id)\"", in: "homicides.json")
        try expectRejected(folder, expected: "F/homicides.json:3:87: $.homicides[0].source: source \"SRC_SRC_", within: 5)
    }

    @Test func inMemoryLoadingMatchesTheFolder() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        for file in hostileFiles.prefix(12) + hostileFiles.suffix(6) {
            try folder.write(try file.bytes, to: file.target)
            var contents: [DataFile: [UInt8]] = [:]
            for data in DataFile.allCases {
                contents[data] = [UInt8](try Data(contentsOf: folder.url.appendingPathComponent(data.fileName)))
            }
            let fromDisk = folder.issues()
            var fromMemory: [DataIssue] = []
            do {
                _ = try DatasetLoader.load(files: contents, displayPath: "F")
            } catch {
                fromMemory = error.issues
            }
            #expect(fromMemory == fromDisk, "\(file.name)")
            try folder.write([UInt8](try Data(contentsOf: FixtureFolder.valid.appendingPathComponent(file.target))), to: file.target)
        }
    }
}
