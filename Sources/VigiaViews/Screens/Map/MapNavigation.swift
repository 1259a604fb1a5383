import VigiaModel

/// Moving between countries on the map with the arrow keys.
enum MapNavigation {
    /// A compass direction on the map, as a unit step in longitude and latitude.
    struct Direction {
        var east: Double
        var north: Double

        static let west = Direction(east: -1, north: 0)
        static let eastward = Direction(east: 1, north: 0)
        static let north = Direction(east: 0, north: 1)
        static let south = Direction(east: 0, north: -1)
    }

    /// The index in `codes` of the country nearest to `code` in `direction`, measured between
    /// the outlines' centres; nil when none lies that way.
    ///
    /// A country straight ahead beats a nearer one off to the side: the distance across the
    /// direction counts twice the distance along it, and only countries ahead count at all.
    static func nearest(from code: String, toward direction: Direction, among codes: [String], centers: [String: GeoPoint]) -> Int? {
        guard let origin = centers[code] else { return nil }
        var best: (score: Double, index: Int)?
        for (index, candidate) in codes.enumerated() where candidate != code {
            guard let center = centers[candidate] else { continue }
            let east = center.longitude - origin.longitude, north = center.latitude - origin.latitude
            let along = east * direction.east + north * direction.north
            let across = abs(east * direction.north - north * direction.east)
            guard along > 0 else { continue }
            let score = along + 2 * across
            if best.map({ score < $0.score }) ?? true { best = (score, index) }
        }
        return best?.index
    }
}
