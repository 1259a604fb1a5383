/// The data a `LineChart` draws: its series, shaded intervals and axis markers.
extension LineChart {
    /// One line, e.g. a country's homicide rate by year.
    public struct Series: Hashable, Sendable {
        public var name: String
        public var points: [ChartPoint]
        /// Line style; nil takes the theme's series colour for this series' position.
        public var style: Style?

        public init(name: String, points: [ChartPoint], style: Style? = nil) {
            self.name = name
            self.points = points
            self.style = style
        }

        /// Points given as `(x, y)` pairs, e.g. `(2023, 45.7)` or `(2024, nil)`.
        public init(name: String, values: [(x: Double, y: Double?)], style: Style? = nil) {
            self.init(name: name, points: values.map { ChartPoint(x: $0.x, y: $0.y) }, style: style)
        }
    }

    /// A span of x shaded behind the lines (e.g. a state of exception in force).
    public struct Interval: Hashable, Sendable {
        public var start: Double
        public var end: Double
        /// Shading style; nil uses the theme's `shade`.
        public var style: Style?
    }

    /// A marker on the x axis row.
    public struct Marker: Hashable, Sendable {
        public var x: Double
        public var kind: MarkerKind
    }
}
