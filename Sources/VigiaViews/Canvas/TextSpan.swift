/// A run of text in one style, the unit of rich text in text blocks and legends.
public struct TextSpan: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
