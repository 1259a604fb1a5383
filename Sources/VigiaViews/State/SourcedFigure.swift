/// A figure `s` can open: its source and, for a homicide value, the cell it fills.
public struct SourcedFigure: Hashable, Sendable {
    public var source: String
    public var reference: FigureReference?

    public init(source: String, reference: FigureReference? = nil) {
        self.source = source
        self.reference = reference
    }
}
