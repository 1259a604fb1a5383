import VigiaModel

/// The outlines rasterised onto a grid of dots: which country, if any, covers each dot.
///
/// The region is drawn in an equirectangular projection (longitude and latitude as x and y,
/// on square dots: braille has 2×4 dots in a cell twice as tall as wide, ASCII 1×2), centred
/// in the grid. Rings are filled by scanline with the even-odd rule, so holes stay holes and
/// a frame costs one pass over the edges per row of dots instead of a test per dot.
public struct MapRaster: Sendable {
    public let width: Int
    public let height: Int
    /// The outline index covering each dot, row by row; -1 is sea.
    public private(set) var owners: [Int16]
    /// Dots per degree.
    public let scale: Double
    private let west: Double
    private let north: Double
    private let offsetX: Double
    private let offsetY: Double

    /// Rasterises `outlines` onto `width`×`height` dots, fitting the region they span.
    public init(outlines: [CountryOutline], width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        let boxes = outlines.map(\.bounds)
        let west = boxes.map(\.west).min() ?? 0, east = boxes.map(\.east).max() ?? 1
        let south = boxes.map(\.south).min() ?? 0, north = boxes.map(\.north).max() ?? 1
        let scale = min(Double(self.width) / max(east - west, 1e-9), Double(self.height) / max(north - south, 1e-9))
        self.west = west
        self.north = north
        self.scale = scale
        offsetX = (Double(self.width) - (east - west) * scale) / 2
        offsetY = (Double(self.height) - (north - south) * scale) / 2
        owners = Array(repeating: -1, count: self.width * self.height)
        for (index, outline) in outlines.enumerated() {
            fill(outline.rings.map { $0.map(project) }, owner: Int16(index))
        }
    }

    /// Where `point` falls on the grid, in dots from the top left (fractional).
    public func project(_ point: GeoPoint) -> (x: Double, y: Double) {
        (offsetX + (point.longitude - west) * scale, offsetY + (north - point.latitude) * scale)
    }

    /// The owner of the dot at `x`, `y`; -1 for sea and outside the grid.
    public func owner(_ x: Int, _ y: Int) -> Int {
        guard x >= 0, y >= 0, x < width, y < height else { return -1 }
        return Int(owners[y * width + x])
    }

    /// Fills the dots whose centres lie inside `rings` (even-odd), row by row.
    private mutating func fill(_ rings: [[(x: Double, y: Double)]], owner: Int16) {
        let ys = rings.joined().map(\.y)
        guard let top = ys.min(), let bottom = ys.max() else { return }
        let firstRow = max(0, Int((top - 0.5).rounded(.up))), lastRow = min(height - 1, Int((bottom - 0.5).rounded(.down)))
        guard firstRow <= lastRow else { return }
        var crossings: [Double] = []
        for row in firstRow...lastRow {
            let y = Double(row) + 0.5
            crossings.removeAll(keepingCapacity: true)
            for ring in rings {
                for index in ring.indices.dropLast() {
                    let a = ring[index], b = ring[index + 1]
                    guard (a.y <= y) != (b.y <= y) else { continue }
                    crossings.append(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y))
                }
            }
            crossings.sort()
            var pair = 0
            while pair + 1 < crossings.count {
                let first = max(0, Int((crossings[pair] - 0.5).rounded(.up)))
                let last = min(width - 1, Int((crossings[pair + 1] - 0.5).rounded(.down)))
                if first <= last {
                    for column in first...last { owners[row * width + column] = owner }
                }
                pair += 2
            }
        }
    }
}
