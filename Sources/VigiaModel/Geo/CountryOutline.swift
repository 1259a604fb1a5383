/// A point of an outline, in degrees (WGS84). Outlines and their points are made only by
/// `OutlineDecoder`, so the compiler's memberwise initialisers serve.
public struct GeoPoint: Hashable, Sendable {
    public var longitude: Double
    public var latitude: Double
}

/// One country's outline for the map: the land it covers as closed rings, each ring a
/// polygon's exterior or one of its holes (filled by the even-odd rule, as GeoJSON draws them).
public struct CountryOutline: Hashable, Sendable {
    /// The ISO 3166-1 alpha-3 code; countries the data set does not cover are drawn as context.
    public var iso3: String
    /// The name the outline's source gives, shown for countries the data set does not name.
    public var name: String
    /// The source record the outline came from.
    public var source: String
    /// Closed rings (the first point repeated at the end), every polygon's rings together.
    public var rings: [[GeoPoint]]

    /// The smallest longitude/latitude box holding every ring.
    public var bounds: (west: Double, south: Double, east: Double, north: Double) {
        let points = rings.joined()
        return (points.map(\.longitude).min() ?? 0, points.map(\.latitude).min() ?? 0,
                points.map(\.longitude).max() ?? 0, points.map(\.latitude).max() ?? 0)
    }

    /// The centroid of the largest ring: where a label or marker goes and where moving
    /// between countries measures from (an archipelago's small islands do not pull it off land).
    public var center: GeoPoint {
        var best: (area: Double, point: GeoPoint) = (-1, GeoPoint(longitude: 0, latitude: 0))
        for ring in rings where ring.count > 1 {
            var area = 0.0, x = 0.0, y = 0.0
            for (a, b) in zip(ring, ring.dropFirst()) {
                let cross = a.longitude * b.latitude - b.longitude * a.latitude
                area += cross
                x += (a.longitude + b.longitude) * cross
                y += (a.latitude + b.latitude) * cross
            }
            guard abs(area) > best.area, area != 0 else { continue }
            best = (abs(area), GeoPoint(longitude: x / (3 * area), latitude: y / (3 * area)))
        }
        return best.point
    }
}
