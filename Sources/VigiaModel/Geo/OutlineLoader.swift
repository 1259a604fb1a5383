import Foundation

/// Reads the map's country outlines, `geo/outlines.geojson` in the data folder: a GeoJSON
/// feature collection whose features carry `iso_a3`, `name` and `source` properties and a
/// Polygon or MultiPolygon geometry.
///
/// The file is checked like every data file: each problem is reported with its line, column
/// and path (a ring that is not closed, a latitude beyond the pole, an unknown source), and one
/// problem refuses the whole folder. A folder without the file loads without a map.
public enum OutlineLoader {
    /// The file's path inside the data folder.
    public static let fileName = "geo/outlines.geojson"

    /// An outline file read and parsed, not yet checked against the data set.
    struct Parsed: Sendable {
        let bytes: [UInt8]
        /// How messages name the file.
        let file: String
        /// The outlines read straight from the tape (`OutlineTapeReader`); nil when the file
        /// needs `OutlineDecoder`, which reports its problems.
        let read: [CountryOutline]?

        init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.file = file
            read = OutlineTapeReader.outlines(in: bytes)
        }
    }

    /// The outline file of `folder`, read and parsed but not yet checked against the data set,
    /// or nil when the folder has none. The loader reads it beside the data files, on whichever
    /// core is free, and checks it (`outlines(in:sources:countries:)`) beside the rules once
    /// their records are in; `displayPath` names the folder in messages.
    static func read(from folder: URL, displayPath: String) throws(LoadFailure) -> Parsed? {
        let shown = (displayPath as NSString).appendingPathComponent(fileName)
        let bytes: [UInt8]
        do {
            bytes = try BoundedFile.bytes(at: folder.appendingPathComponent(fileName).path)
        } catch {
            switch error {
            case .absent: return nil
            case .unreadable(let reason): throw .missing([DataIssue(file: shown, position: nil, path: nil, message: reason)])
            case .tooLarge(let size):
                throw .invalid([DataIssue(file: shown, position: nil, path: nil, message: "the file is \(size / 1_048_576) MB; the limit is \(DataFile.maximumBytes / 1_048_576) MB")])
            }
        }
        return Parsed(bytes: bytes, file: shown)
    }

    /// The outlines in one file's bytes; `file` names it in messages.
    public static func load(bytes: [UInt8], file: String, sources: Set<String>, countries: [Country]) throws(LoadFailure) -> [CountryOutline] {
        try outlines(in: Parsed(bytes: bytes, file: file), sources: sources, countries: countries)
    }

    /// The outlines of a parsed file, checked against the data set: `sources` are the source
    /// ids an outline may name and `countries` the data set's countries, each of which needs an
    /// outline. A file the tape reader refused, or whose outlines do not fit the data set, is
    /// parsed again into the positioned tree, held to what every file is (positions for
    /// malformed JSON, duplicate keys, no control characters), and checked by `OutlineDecoder`
    /// for its messages.
    static func outlines(in file: Parsed, sources: Set<String>, countries: [Country]) throws(LoadFailure) -> [CountryOutline] {
        if let read = file.read, OutlineTapeReader.fit(read, sources: sources, countries: countries) { return read }
        var decoder = OutlineDecoder(log: try DeckLog.parse(file.bytes, file: file.file, subject: "outlines"), sources: sources, countries: countries)
        let outlines = decoder.collection(decoder.log.tree)
        if !decoder.issues.isEmpty { throw .invalid(decoder.issues) }
        return outlines
    }
}

extension Dataset {
    /// The data set with `outlines` for its map (outlines loaded from bytes: the fuzzer, tests).
    public func with(outlines: [CountryOutline]) -> Dataset {
        var dataset = self
        dataset.outlines = outlines
        return dataset
    }
}
