/// What a point marker on a chart or timeline stands for; each kind has its own glyph and
/// theme role so an event and a court ruling on the same day stay distinguishable.
public enum MarkerKind: Hashable, Sendable {
    case event
    case ruling

    /// The glyph for this kind in `glyphs`.
    public func glyph(in glyphs: GlyphSet) -> String {
        switch self {
        case .event: return glyphs.eventMarker
        case .ruling: return glyphs.rulingMarker
        }
    }

    /// The style for this kind in `theme`.
    public func style(in theme: Theme) -> Style {
        switch self {
        case .event: return theme.event
        case .ruling: return theme.ruling
        }
    }
}
