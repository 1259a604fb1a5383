import Foundation
import Testing
@testable import VigiaModel

/// The map's outlines are checked like every data file: each problem with its line, column
/// and path, and one problem refuses the folder.
@Suite struct OutlineLoaderTests {
    static let sources: Set<String> = ["NE"]

    /// A collection of one feature, its geometry written on line 3.
    static func document(geometry: String, properties: String = #"{"iso_a3": "ECU", "name": "Ecuador", "source": "NE"}"#) -> [UInt8] {
        Array("""
        {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": \(properties),
        "geometry": \(geometry)}
        ]}
        """.utf8)
    }

    static let square = #"{"type": "Polygon", "coordinates": [[[-80, -2], [-78, -2], [-78, 0], [-80, 0], [-80, -2]]]}"#

    func issues(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try OutlineLoader.load(bytes: bytes, file: "Data/geo/outlines.geojson", sources: Self.sources, countries: [])
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test func everyCountryOfTheDataSetNeedsItsOwnOutline() throws {
        let dataset = try DatasetLoader.load(from: FixtureFolder.bundledData)
        let countries = dataset.countries.filter { ["ECU", "SLV"].contains($0.iso3) }
        #expect(countries.count == 2)
        func issues(_ bytes: [UInt8]) -> [String] {
            do {
                _ = try OutlineLoader.load(bytes: bytes, file: "F", sources: Self.sources, countries: countries)
                return []
            } catch {
                return error.issues.map(\.description)
            }
        }
        #expect(issues(Self.document(geometry: Self.square)) == [
            "F:1:43: $.features: no outline for El Salvador (SLV), which the data set covers; the map needs every country it can select",
        ])
        let relabelled = Self.document(geometry: Self.square, properties: #"{"iso_a3": "EQQ", "name": "Ecuador", "source": "NE"}"#)
        #expect(issues(relabelled).first == #"F:2:46: $.features[0].properties.iso_a3: Ecuador is "ECU" in the data set, not "EQQ""#)
        let bundled = try Data(contentsOf: FixtureFolder.bundledData.appendingPathComponent(OutlineLoader.fileName))
        #expect(try OutlineLoader.load(bytes: [UInt8](bundled), file: "F", sources: Set(dataset.sources.map(\.id)), countries: dataset.countries).count == 28)
    }

    @Test func aValidPolygonLoadsWithItsCentre() throws {
        let outlines = try OutlineLoader.load(bytes: Self.document(geometry: Self.square), file: "F", sources: Self.sources, countries: [])
        #expect(outlines.count == 1)
        #expect(outlines[0].iso3 == "ECU" && outlines[0].rings[0].count == 5)
        #expect(abs(outlines[0].center.longitude + 79) < 1e-9 && abs(outlines[0].center.latitude + 1) < 1e-9)
    }

    @Test func aRingThatIsNotClosedIsReportedAtItsLastPosition() {
        let open = #"{"type": "Polygon", "coordinates": [[[-80, -2], [-78, -2], [-78, 0], [-80, 0], [-80, -1]]]}"#
        #expect(issues(Self.document(geometry: open)) == [
            "Data/geo/outlines.geojson:3:92: $.features[0].geometry.coordinates[0][4]: the ring is not closed: its last position must repeat its first",
        ])
    }

    @Test func aLatitudeBeyondThePoleIsReportedAtTheNumber() {
        let beyond = #"{"type": "Polygon", "coordinates": [[[-80, -2], [-78, 95], [-78, 0], [-80, -2]]]}"#
        #expect(issues(Self.document(geometry: beyond)) == [
            "Data/geo/outlines.geojson:3:67: $.features[0].geometry.coordinates[0][1][1]: latitude 95.0 is outside −90…90",
        ])
    }

    @Test func shortRingsUnknownSourcesAndOtherGeometriesAreRefused() {
        let triangle = #"{"type": "Polygon", "coordinates": [[[-80, -2], [-78, -2], [-80, -2]]]}"#
        #expect(issues(Self.document(geometry: triangle)).first?.contains("a ring needs at least 4 positions") == true)
        let line = #"{"type": "LineString", "coordinates": [[-80, -2], [-78, -2]]}"#
        #expect(issues(Self.document(geometry: line)) == [
            #"Data/geo/outlines.geojson:3:22: $.features[0].geometry.type: the geometry must be a "Polygon" or a "MultiPolygon""#,
        ])
        let unknown = Self.document(geometry: Self.square, properties: #"{"iso_a3": "ECU", "name": "Ecuador", "source": "NOPE"}"#)
        #expect(issues(unknown) == [#"Data/geo/outlines.geojson:2:82: $.features[0].properties.source: source "NOPE" is not in sources.json"#])
        let lowercase = Self.document(geometry: Self.square, properties: #"{"iso_a3": "ecu", "name": "Ecuador", "source": "NE"}"#)
        #expect(issues(lowercase).first?.contains("is not an ISO 3166-1 alpha-3 code") == true)
    }

    @Test func aCountryOutlinedTwiceIsRefused() {
        let feature = #"{"type": "Feature", "properties": {"iso_a3": "ECU", "name": "Ecuador", "source": "NE"}, "geometry": \#(Self.square)}"#
        let bytes = Array("{\"type\": \"FeatureCollection\", \"features\": [\n\(feature),\n\(feature)\n]}".utf8)
        #expect(issues(bytes) == [#"Data/geo/outlines.geojson:3:1: $.features[1].properties.iso_a3: duplicate country "ECU" (first at $.features[0])"#])
    }

    @Test func aBadOutlineFileRefusesTheFolderAndAMissingOneLeavesNoMap() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        #expect(folder.issues().isEmpty)
        #expect(try DatasetLoader.load(from: folder.url, displayPath: "F").outlines.isEmpty)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("geo"), withIntermediateDirectories: true)
        let bad = #"{"type": "Polygon", "coordinates": [[[-80, -2], [-78, -2], [-78, 0], [-80, 0], [-80, -1]]]}"#
        try folder.write(Self.document(geometry: bad, properties: #"{"iso_a3": "ECU", "name": "Ecuador", "source": "SRC_A"}"#), to: OutlineLoader.fileName)
        #expect(folder.issues().map(\.description) == [
            "F/geo/outlines.geojson:3:92: $.features[0].geometry.coordinates[0][4]: the ring is not closed: its last position must repeat its first",
        ])
    }

    /// The walk that names each control character or infinite number runs only when the parser
    /// flagged one; these must still be found.
    @Test func controlCharactersAndInfiniteNumbersAreReported() {
        let infinite = #"{"type": "Polygon", "coordinates": [[[-80, -2], [-78, 1e999], [-78, 0], [-80, -2]]]}"#
        let escaped = #"{"iso_a3": "ECU", "name": "Ecua\u001Bdor", "source": "NE"}"#
        let found = issues(Self.document(geometry: infinite, properties: escaped))
        #expect(found == [
            "Data/geo/outlines.geojson:2:61: $.features[0].properties.name: string contains an escape character (U+001B, ESC); outlines must not carry control characters or escape sequences",
            "Data/geo/outlines.geojson:3:67: $.features[0].geometry.coordinates[0][1][1]: number is not finite (too large to represent)",
            "Data/geo/outlines.geojson:3:61: $.features[0].geometry.coordinates[0][1]: expected a position [longitude, latitude] of two numbers, found an array",
        ])
    }

    /// The outline file is parsed beside the data files, but its problems are reported only once
    /// the data files have none, as when it was read after them.
    @Test func theDataFilesProblemsComeBeforeTheOutlines() throws {
        let folder = try FixtureFolder()
        defer { folder.cleanUp() }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("geo"), withIntermediateDirectories: true)
        try folder.write(Array("{\"type\": ".utf8), to: OutlineLoader.fileName)
        let regions = try Data(contentsOf: folder.url.appendingPathComponent("regions.json"))
        try folder.remove("regions.json")
        #expect(folder.issues().map(\.description) == ["F/regions.json: no such file"])
        try folder.write([UInt8](regions), to: "regions.json")
        #expect(folder.issues().map(\.description) == ["F/geo/outlines.geojson:1:10: malformed JSON: unexpected end of file; expected a value"])
    }

    @Test func theBundledOutlinesCoverEveryCountryOfTheDataWithASource() throws {
        let dataset = try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
        let outlined = Set(dataset.outlines.map(\.iso3))
        #expect(dataset.outlines.count == 28)
        #expect(dataset.countries.allSatisfy { outlined.contains($0.iso3) })
        #expect(dataset.outlines.allSatisfy { dataset.source($0.source) != nil })
    }

    /// The bundled file takes the tape reader's way, and it reads what the decoder reads.
    @Test func theTapeReaderGivesTheDecodersOutlinesForTheBundledFile() throws {
        let dataset = try DatasetLoader.load(from: FixtureFolder.bundledData, displayPath: "Data")
        let bytes = [UInt8](try Data(contentsOf: FixtureFolder.bundledData.appendingPathComponent(OutlineLoader.fileName)))
        let sources = Set(dataset.sources.map(\.id))
        let read = try #require(OutlineTapeReader.outlines(in: bytes))
        #expect(OutlineTapeReader.fit(read, sources: sources, countries: dataset.countries))
        var decoder = OutlineDecoder(log: try DeckLog.parse(bytes, file: "F", subject: "outlines"), sources: sources, countries: dataset.countries)
        let decoded = decoder.collection(decoder.log.tree)
        #expect(decoder.issues.isEmpty)
        #expect(read == decoded)
        #expect(dataset.outlines == decoded)
    }

    /// Every shape the decoder reports a problem in, the tape reader leaves to it.
    @Test func theTapeReaderRefusesWhatTheDecoderReports() {
        let refused = [
            #"{"type": "Polygon", "coordinates": [[[-80, -2], [-78, -2], [-78, 0], [-80, 0], [-80, -1]]]}"#,
            #"{"type": "Polygon", "coordinates": [[[-80, -2], [-78, -2], [-80, -2]]]}"#,
            #"{"type": "Polygon", "coordinates": [[[-80, -95], [-78, -2], [-78, 0], [-80, -95]]]}"#,
            #"{"type": "Polygon", "coordinates": [[[-80, -2, 1], [-78, -2], [-78, 0], [-80, -2, 1]]]}"#,
            #"{"type": "Polygon", "coordinates": []}"#,
            #"{"type": "Point", "coordinates": [-80, -2]}"#,
            #"{"type": "MultiPolygon", "coordinates": [[]]}"#,
        ]
        for geometry in refused {
            #expect(OutlineTapeReader.outlines(in: Self.document(geometry: geometry)) == nil, "\(geometry)")
            #expect(!issues(Self.document(geometry: geometry)).isEmpty, "\(geometry)")
        }
        for properties in [#"{"iso_a3": "ecu", "name": "Ecuador", "source": "NE"}"#, #"{"iso_a3": "ECU", "name": " ", "source": "NE"}"#, #"{"iso_a3": "ECU", "name": "Ecuador"}"#] {
            #expect(OutlineTapeReader.outlines(in: Self.document(geometry: Self.square, properties: properties)) == nil, "\(properties)")
        }
        let read = OutlineTapeReader.outlines(in: Self.document(geometry: Self.square, properties: #"{"iso_a3": "ECU", "name": "Ecuador", "source": "XX"}"#))
        #expect(read.map { OutlineTapeReader.fit($0, sources: Self.sources, countries: []) } == false, "an unknown source does not fit")
    }
}
