import Foundation

/// Decodes a GeoJSON feature collection into outlines, collecting every problem with its
/// position instead of stopping at the first (`OutlineLoader`).
struct OutlineDecoder {
    private(set) var log: DeckLog
    let sources: Set<String>
    /// The data set's countries: each needs an outline, and one named like a country must
    /// carry its code, or the map would draw that country as missing.
    let countries: [Country]

    init(log: DeckLog, sources: Set<String>, countries: [Country]) {
        self.log = log
        self.sources = sources
        self.countries = countries
    }

    var issues: [DataIssue] { log.issues }

    mutating func report(_ position: SourcePosition?, _ path: JSONPath, _ message: String) {
        log.add(at: position, path: path, message)
    }

    /// The outlines of the collection; a feature with a problem is reported and left out.
    mutating func collection(_ root: JSONNode) -> [CountryOutline] {
        guard case .object(let members) = root.value else {
            report(root.position, .root, "expected a GeoJSON FeatureCollection object, found \(root.typeName)")
            return []
        }
        for member in members where !["type", "features"].contains(member.key) {
            report(member.keyPosition, JSONPath.root.appending(member.key), "unknown key \"\(member.key)\"; a feature collection holds \"type\" and \"features\"")
        }
        expectType("FeatureCollection", in: root, path: .root)
        guard let items = array(root, "features", path: .root) else { return [] }
        var outlines: [CountryOutline] = []
        var seen: [String: JSONPath] = [:]
        for (index, item) in items.enumerated() {
            let path = JSONPath.root.appending("features").appending(index)
            guard let outline = feature(item, path: path) else { continue }
            if let first = seen[outline.iso3] {
                report(item.position, path.appending("properties").appending("iso_a3"), "duplicate country \"\(outline.iso3)\" (first at \(first))")
                continue
            }
            seen[outline.iso3] = path
            outlines.append(outline)
        }
        let missing = countries.filter { seen[$0.iso3] == nil }
        if !missing.isEmpty, issues.isEmpty {
            let names = missing.map { "\($0.name) (\($0.iso3))" }.joined(separator: ", ")
            report(root.member("features")?.value.position, JSONPath.root.appending("features"),
                   "no outline for \(names), which the data set covers; the map needs every country it can select")
        }
        return outlines
    }

    private mutating func feature(_ node: JSONNode, path: JSONPath) -> CountryOutline? {
        guard case .object = node.value else {
            report(node.position, path, "expected a Feature object, found \(node.typeName)")
            return nil
        }
        let before = issues.count
        expectType("Feature", in: node, path: path)
        let propertiesPath = path.appending("properties")
        var iso3: String?, name: String?, source: String?
        if let properties = node.member("properties")?.value, case .object = properties.value {
            iso3 = string(properties, "iso_a3", path: propertiesPath)
            if let code = iso3, !(code.count == 3 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }) {
                report(properties.member("iso_a3")?.value.position, propertiesPath.appending("iso_a3"), "\"\(code)\" is not an ISO 3166-1 alpha-3 code (three capital letters)")
            }
            name = string(properties, "name", path: propertiesPath)
            if let name, let code = iso3, let country = countries.first(where: { $0.name == name }), country.iso3 != code {
                report(properties.member("iso_a3")?.value.position, propertiesPath.appending("iso_a3"),
                       "\(name) is \"\(country.iso3)\" in the data set, not \"\(code)\"")
            }
            source = string(properties, "source", path: propertiesPath)
            if let id = source, !sources.contains(id) {
                report(properties.member("source")?.value.position, propertiesPath.appending("source"), "source \"\(id)\" is not in sources.json")
            }
        } else {
            report(node.member("properties")?.value.position ?? node.position, propertiesPath, "expected a \"properties\" object with iso_a3, name and source")
        }
        let rings = geometry(node, path: path)
        guard issues.count == before, let iso3, let name, let source else { return nil }
        return CountryOutline(iso3: iso3, name: name, source: source, rings: rings)
    }

    /// The rings of a Polygon or MultiPolygon geometry.
    private mutating func geometry(_ feature: JSONNode, path: JSONPath) -> [[GeoPoint]] {
        let path = path.appending("geometry")
        guard let geometry = feature.member("geometry")?.value else {
            report(feature.position, path, "missing required key \"geometry\"")
            return []
        }
        guard case .string(let kind) = geometry.member("type")?.value.value, ["Polygon", "MultiPolygon"].contains(kind) else {
            report(geometry.member("type")?.value.position ?? geometry.position, path.appending("type"), "the geometry must be a \"Polygon\" or a \"MultiPolygon\"")
            return []
        }
        guard let coordinates = array(geometry, "coordinates", path: path) else { return [] }
        let coordinatesPath = path.appending("coordinates")
        let polygons = kind == "Polygon" ? [(coordinates, coordinatesPath)]
            : coordinates.enumerated().compactMap { index, polygon in
                arrayValue(polygon, path: coordinatesPath.appending(index), what: "a polygon (an array of rings)").map { ($0, coordinatesPath.appending(index)) }
            }
        var rings: [[GeoPoint]] = []
        for (polygon, polygonPath) in polygons {
            if polygon.isEmpty { report(nil, polygonPath, "a polygon needs at least one ring") }
            for (index, ring) in polygon.enumerated() {
                if let points = self.ring(ring, path: polygonPath.appending(index)) { rings.append(points) }
            }
        }
        return rings
    }

    /// A closed ring of at least four positions, each `[longitude, latitude]` on the globe.
    private mutating func ring(_ node: JSONNode, path: JSONPath) -> [GeoPoint]? {
        guard let items = arrayValue(node, path: path, what: "a ring (an array of positions)") else { return nil }
        var points: [GeoPoint] = []
        points.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if let point = position(item, at: index, of: path) { points.append(point) }
        }
        guard points.count == items.count else { return nil }
        if points.count < 4 {
            report(node.position, path, "a ring needs at least 4 positions (a triangle and its first point again), found \(points.count)")
            return nil
        }
        if points.first != points.last {
            report(items[items.count - 1].position, path.appending(items.count - 1), "the ring is not closed: its last position must repeat its first")
            return nil
        }
        return points
    }

    /// The position at `index` of the ring at `ring`. Its path is made only for a problem:
    /// a map has thousands of positions.
    private mutating func position(_ node: JSONNode, at index: Int, of ring: JSONPath) -> GeoPoint? {
        guard case .array(let items) = node.value, items.count == 2, let longitude = number(items[0]), let latitude = number(items[1]) else {
            report(node.position, ring.appending(index), "expected a position [longitude, latitude] of two numbers, found \(node.typeName)")
            return nil
        }
        guard (-180...180).contains(longitude) else {
            report(items[0].position, ring.appending(index).appending(0), "longitude \(longitude) is outside −180…180")
            return nil
        }
        guard (-90...90).contains(latitude) else {
            report(items[1].position, ring.appending(index).appending(1), "latitude \(latitude) is outside −90…90")
            return nil
        }
        return GeoPoint(longitude: longitude, latitude: latitude)
    }

    private func number(_ node: JSONNode) -> Double? {
        switch node.value {
        case .integer(let value): return Double(value)
        case .number(let value): return value.isFinite ? value : nil
        default: return nil
        }
    }

    private mutating func expectType(_ type: String, in node: JSONNode, path: JSONPath) {
        guard let member = node.member("type") else {
            report(node.position, path, "missing required key \"type\" (\"\(type)\")")
            return
        }
        if case .string(let value) = member.value.value, value == type { return }
        report(member.value.position, path.appending("type"), "expected \"\(type)\"")
    }

    private mutating func array(_ node: JSONNode, _ key: String, path: JSONPath) -> [JSONNode]? {
        guard let member = node.member(key) else {
            report(node.position, path, "missing required key \"\(key)\"")
            return nil
        }
        return arrayValue(member.value, path: path.appending(key), what: "an array")
    }

    private mutating func arrayValue(_ node: JSONNode, path: JSONPath, what: String) -> [JSONNode]? {
        guard case .array(let items) = node.value else {
            report(node.position, path, "expected \(what), found \(node.typeName)")
            return nil
        }
        return items
    }

    /// A non-empty string member of `object`.
    private mutating func string(_ object: JSONNode, _ key: String, path: JSONPath) -> String? {
        guard let member = object.member(key) else {
            report(object.position, path, "missing required key \"\(key)\"")
            return nil
        }
        guard case .string(let value) = member.value.value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            report(member.value.position, path.appending(key), "expected a non-empty string, found \(member.value.typeName)")
            return nil
        }
        return value
    }
}
