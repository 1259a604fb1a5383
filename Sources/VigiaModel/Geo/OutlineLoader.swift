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

    /// The outlines in `folder`, or none when it has no outline file; `displayPath` names the
    /// folder in messages, `sources` are the source ids an outline may name and `countries`
    /// the data set's countries, each of which needs an outline.
    public static func load(from folder: URL, displayPath: String, sources: Set<String>, countries: [Country]) throws(LoadFailure) -> [CountryOutline] {
        let url = folder.appendingPathComponent(fileName)
        let shown = (displayPath as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let size = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= DataFile.maximumBytes else {
            throw .invalid([DataIssue(file: shown, position: nil, path: nil, message: "the file is \(size / 1_048_576) MB; the limit is \(DataFile.maximumBytes / 1_048_576) MB")])
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .missing([DataIssue(file: shown, position: nil, path: nil, message: "cannot be opened for reading")])
        }
        return try load(bytes: [UInt8](data), file: shown, sources: sources, countries: countries)
    }

    /// The outlines in one file's bytes; `file` names it in messages.
    public static func load(bytes: [UInt8], file: String, sources: Set<String>, countries: [Country]) throws(LoadFailure) -> [CountryOutline] {
        // Held to what every file is: positions for malformed JSON, duplicate keys, no control characters.
        var decoder = OutlineDecoder(log: try DeckLog.parse(bytes, file: file, subject: "outlines"), sources: sources, countries: countries)
        let outlines = decoder.collection(decoder.log.tree)
        if !decoder.issues.isEmpty { throw .invalid(decoder.issues) }
        return outlines
    }
}

extension Dataset {
    /// The data set with the outlines of `folder` (see `OutlineLoader`) for its map.
    func addingOutlines(from folder: URL, displayPath: String) throws(LoadFailure) -> Dataset {
        with(outlines: try OutlineLoader.load(from: folder, displayPath: displayPath, sources: Set(sources.map(\.id)), countries: countries))
    }

    /// The data set with `outlines` for its map (outlines loaded from bytes: the fuzzer, tests).
    public func with(outlines: [CountryOutline]) -> Dataset {
        var dataset = self
        dataset.outlines = outlines
        return dataset
    }
}
