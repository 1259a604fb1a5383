/// One terminal cell: what is printed there and how it looks.
///
/// A double-width glyph occupies its cell and marks the next one as a continuation
/// (an empty `grapheme`), so backends never print into the second half of it.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var style: Style

    public init(_ grapheme: String = " ", style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    /// A blank cell in the terminal's default colours.
    public static let blank = Cell()

    /// True for the right half of a double-width glyph.
    public var isContinuation: Bool { grapheme.isEmpty }
}
