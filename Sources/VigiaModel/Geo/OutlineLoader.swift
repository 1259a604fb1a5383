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

    /// The outline file of `folder`, read and parsed but not yet checked against the data set,
    /// or nil when the folder has none. The loader reads it beside the data files, on whichever
    /// core is free, and checks it (`outlines(in:sources:countries:)`) beside the rules once
    /// their records are in; `displayPath` names the folder in messages.
    static func read(from folder: URL, displayPath: String) throws(LoadFailure) -> DeckLog? {
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
        return try parse(bytes, file: shown)
    }

    /// The outlines in one file's bytes; `file` names it in messages.
    public static func load(bytes: [UInt8], file: String, sources: Set<String>, countries: [Country]) throws(LoadFailure) -> [CountryOutline] {
        try outlines(in: parse(bytes, file: file), sources: sources, countries: countries)
    }

    /// One file's bytes parsed, held to what every file is: positions for malformed JSON,
    /// duplicate keys, no control characters.
    private static func parse(_ bytes: [UInt8], file: String) throws(LoadFailure) -> DeckLog {
        try DeckLog.parse(bytes, file: file, subject: "outlines")
    }

    /// The outlines of a parsed file, checked against the data set: `sources` are the source
    /// ids an outline may name and `countries` the data set's countries, each of which needs an
    /// outline.
    static func outlines(in log: DeckLog, sources: Set<String>, countries: [Country]) throws(LoadFailure) -> [CountryOutline] {
        var decoder = OutlineDecoder(log: log, sources: sources, countries: countries)
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
