/// Semantic styles: screens and widgets ask for a role ("negative", "decree period"),
/// never for a colour, so one switch re-themes everything and NO_COLOR is a theme, not
/// a branch in every widget.
///
/// Colours are xterm-256 indices; the backend downgrades them to 16, 8 or none as the
/// terminal allows. Backgrounds are `.standard` except where a background *is* the meaning
/// (selection, status bar, shading), so transparent and light terminals keep their own.
public struct Theme: Hashable, Sendable {
    public var text: Style
    /// Secondary text: units, sources, axis labels.
    public var muted: Style
    public var title: Style
    public var border: Style
    public var borderFocused: Style
    /// Table and section headers.
    public var header: Style
    /// The selected row.
    public var selection: Style
    /// Emphasis that is neither good nor bad news (a sparkline, a badge).
    public var accent: Style
    /// Improving: fewer homicides, a claim found true.
    public var positive: Style
    /// Worsening: more homicides, a claim found false.
    public var negative: Style
    public var warning: Style
    /// Missing data ("n/a", gap glyphs).
    public var gap: Style
    /// Distinct styles for chart series, used in order (see `series(_:)`).
    public var seriesPalette: [Style]
    /// A decree period in force.
    public var decree: Style
    /// An extension chained to a decree.
    public var extensionPeriod: Style
    /// A court ruling marker.
    public var ruling: Style
    /// An event marker.
    public var event: Style
    /// Background laid under chart columns inside a shaded interval (a decree in force);
    /// monochrome relies on the shaded axis glyphs instead.
    public var shade: Style
    /// The chart's cursor column.
    public var chartCursor: Style
    /// A sequential scale from least to most (the map's classes of homicide rate); the map's
    /// dot densities carry the same order where there is no colour.
    public var sequential: [Style]
    public var keyHint: Style
    public var statusBar: Style
    public var breadcrumb: Style
    public var error: Style

    /// The style of series number `index`, wrapping around the palette.
    public func series(_ index: Int) -> Style {
        guard !seriesPalette.isEmpty else { return text }
        let count = seriesPalette.count
        return seriesPalette[((index % count) + count) % count]
    }

    private static func fg(_ index: UInt8, _ attributes: TextAttributes = []) -> Style {
        Style(foreground: .indexed(index), attributes: attributes)
    }

    private static func bg(_ foreground: Color, _ background: UInt8, _ attributes: TextAttributes = []) -> Style {
        Style(foreground: foreground, background: .indexed(background), attributes: attributes)
    }

    /// For dark terminal backgrounds (the common default).
    public static let dark = Theme(
        text: .plain,
        muted: fg(245),
        title: Style(attributes: .bold),
        border: fg(240),
        borderFocused: fg(75, .bold),
        header: fg(252, .bold),
        selection: bg(.indexed(231), 24, .bold),
        accent: fg(81),
        positive: fg(114),
        negative: fg(203),
        warning: fg(221),
        gap: fg(240),
        seriesPalette: [fg(81), fg(215), fg(114), fg(204), fg(141), fg(221), fg(75), fg(180)],
        decree: fg(167),
        extensionPeriod: fg(216),
        ruling: fg(141, .bold),
        event: fg(221, .bold),
        shade: bg(.standard, 236),
        chartCursor: bg(.standard, 238),
        sequential: [fg(230), fg(222), fg(214), fg(202), fg(196)],
        keyHint: fg(81, .bold),
        statusBar: bg(.indexed(252), 236),
        breadcrumb: fg(117),
        error: fg(196, .bold)
    )

    /// For light terminal backgrounds: darker foregrounds, pale backgrounds.
    public static let light = Theme(
        text: .plain,
        muted: fg(243),
        title: Style(attributes: .bold),
        border: fg(247),
        borderFocused: fg(25, .bold),
        header: fg(235, .bold),
        selection: bg(.indexed(16), 153, .bold),
        accent: fg(31),
        positive: fg(28),
        negative: fg(160),
        warning: fg(130),
        gap: fg(248),
        seriesPalette: [fg(25), fg(166), fg(28), fg(161), fg(91), fg(136), fg(31), fg(94)],
        decree: fg(124),
        extensionPeriod: fg(173),
        ruling: fg(91, .bold),
        event: fg(130, .bold),
        shade: bg(.standard, 254),
        chartCursor: bg(.standard, 252),
        sequential: [fg(179), fg(172), fg(166), fg(160), fg(88)],
        keyHint: fg(25, .bold),
        statusBar: bg(.indexed(235), 253),
        breadcrumb: fg(25),
        error: fg(160, .bold)
    )

    /// No colours at all, only attributes: for `NO_COLOR`, `--no-color` and terminals
    /// without colour. Meaning is carried by glyphs (markers, fills, arrows) and attributes.
    public static let mono = Theme(
        text: .plain,
        muted: Style(attributes: .dim),
        title: Style(attributes: .bold),
        border: .plain,
        borderFocused: Style(attributes: .bold),
        header: Style(attributes: [.bold, .underline]),
        selection: Style(attributes: .reverse),
        accent: Style(attributes: .bold),
        positive: .plain,
        negative: Style(attributes: .bold),
        warning: Style(attributes: .bold),
        gap: Style(attributes: .dim),
        seriesPalette: [.plain, Style(attributes: .bold), Style(attributes: .dim), Style(attributes: .underline)],
        decree: .plain,
        extensionPeriod: Style(attributes: .dim),
        ruling: Style(attributes: .bold),
        event: Style(attributes: .bold),
        shade: .plain,
        chartCursor: Style(attributes: .reverse),
        sequential: [Style(attributes: .dim), Style(attributes: .dim), .plain, .plain, Style(attributes: .bold)],
        keyHint: Style(attributes: .bold),
        statusBar: Style(attributes: .reverse),
        breadcrumb: Style(attributes: .bold),
        error: Style(attributes: [.bold, .reverse])
    )
}
