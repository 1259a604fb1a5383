import Foundation

/// The map's outlines read straight from the tape, for a file with nothing to report.
///
/// `OutlineDecoder` checks a positioned tree, which costs a line, a column and an allocation
/// for each of the file's thousands of numbers, although they are needed only for a message:
/// parsing the 33 KB of outlines that way took as long as the 109 KB of homicides. This reader
/// accepts only what the decoder accepts without a problem, and gives the same outlines.
/// Anything else, a problem or a shape it does not expect, it refuses, and the loader checks
/// the file through `OutlineDecoder`, whose messages are the ones users see.
enum OutlineTapeReader {
    /// The outlines of a well-formed file, before they are checked against the data set
    /// (`fit`); nil when the decoder must look at the file.
    static func outlines(in bytes: [UInt8]) -> [CountryOutline]? {
        guard let tape = try? JSONTape(parsing: bytes), !tape.hasForbidden, tape.duplicateKeys.isEmpty else { return nil }
        return tape.withView { view in collection(view) }
    }

    /// True when outlines this reader gave are ones the decoder would accept for a data set
    /// with these sources and countries: each names a known source, carries the code of the
    /// country whose name it has, comes once, and every country has one.
    static func fit(_ outlines: [CountryOutline], sources: Set<String>, countries: [Country]) -> Bool {
        var seen = Set<String>()
        for outline in outlines {
            guard sources.contains(outline.source), seen.insert(outline.iso3).inserted else { return false }
            if let country = countries.first(where: { $0.name == outline.name }), country.iso3 != outline.iso3 { return false }
        }
        return countries.allSatisfy { seen.contains($0.iso3) }
    }

    private static func collection(_ view: JSONTape.View) -> [CountryOutline]? {
        guard view.entries[0].kind == .object else { return nil }
        var keys = 0
        view.forEachMember(of: 0) { _, _ in keys += 1 }
        guard keys == 2, text(view, member: "type", of: 0) == "FeatureCollection",
              let features = view.member("features", of: 0), view.entries[features].kind == .array else { return nil }
        var outlines: [CountryOutline] = []
        for feature in view.items(of: features) {
            guard let outline = self.feature(view, feature) else { return nil }
            outlines.append(outline)
        }
        return outlines
    }

    private static func feature(_ view: JSONTape.View, _ feature: Int) -> CountryOutline? {
        guard view.entries[feature].kind == .object, text(view, member: "type", of: feature) == "Feature",
              let properties = view.member("properties", of: feature), view.entries[properties].kind == .object,
              let iso3 = text(view, member: "iso_a3", of: properties), iso3.utf8.count == 3, iso3.utf8.allSatisfy({ (0x41...0x5A).contains($0) }),
              let name = text(view, member: "name", of: properties), let source = text(view, member: "source", of: properties),
              let geometry = view.member("geometry", of: feature), view.entries[geometry].kind == .object,
              let kind = text(view, member: "type", of: geometry),
              let coordinates = view.member("coordinates", of: geometry), view.entries[coordinates].kind == .array
        else { return nil }
        let polygons: [Int]
        switch kind {
        case "Polygon": polygons = [coordinates]
        case "MultiPolygon": polygons = view.items(of: coordinates)
        default: return nil
        }
        var rings: [[GeoPoint]] = []
        for polygon in polygons {
            guard view.entries[polygon].kind == .array, view.count(of: polygon) > 0 else { return nil }
            for ring in view.items(of: polygon) {
                guard let points = self.ring(view, ring) else { return nil }
                rings.append(points)
            }
        }
        return CountryOutline(iso3: iso3, name: name, source: source, rings: rings)
    }

    /// A closed ring of at least four positions on the globe.
    private static func ring(_ view: JSONTape.View, _ ring: Int) -> [GeoPoint]? {
        guard view.entries[ring].kind == .array else { return nil }
        var points: [GeoPoint] = []
        points.reserveCapacity(view.count(of: ring))
        var item = ring + 1
        let end = Int(view.entries[ring].payload)
        while item < end {
            // A position is an array of exactly two numbers.
            guard view.entries[item].kind == .array, Int(view.entries[item].payload) == item + 3,
                  let longitude = number(view, item + 1), let latitude = number(view, item + 2),
                  (-180...180).contains(longitude), (-90...90).contains(latitude) else { return nil }
            points.append(GeoPoint(longitude: longitude, latitude: latitude))
            item = item + 3
        }
        guard points.count >= 4, points.first == points.last else { return nil }
        return points
    }

    private static func number(_ view: JSONTape.View, _ entry: Int) -> Double? {
        guard view.entries[entry].kind == .number else { return nil }
        switch view.number(at: entry) {
        case .integer(let value): return Double(value)
        case .double(let value): return value.isFinite ? value : nil
        }
    }

    /// The string member `key` of an object, when it holds more than white space (as the
    /// decoder requires of every property).
    private static func text(_ view: JSONTape.View, member key: String, of object: Int) -> String? {
        guard let entry = view.member(key, of: object), view.entries[entry].kind == .string else { return nil }
        let value = view.string(at: entry)
        return value.trimmingCharacters(in: .whitespaces).isEmpty ? nil : value
    }
}
