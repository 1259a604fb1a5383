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

    /// For dark terminal backgrounds (the common default).
    public static let dark = palette(onDark: true)

    /// For light terminal backgrounds: darker foregrounds, pale backgrounds.
    public static let light = palette(onDark: false)

    /// The two colour themes in one table: each role is written once, its colour on a dark
    /// background beside its colour on a light one, and its attributes once for both, so the
    /// themes can differ only in colour.
    private static func palette(onDark: Bool) -> Theme {
        /// A foreground colour on the terminal's own background.
        func fg(_ dark: UInt8, _ light: UInt8, _ attributes: TextAttributes = []) -> Style {
            Style(foreground: .indexed(onDark ? dark : light), attributes: attributes)
        }
        /// A background colour, under `text` (dark, light) or the terminal's own foreground.
        func bg(_ dark: UInt8, _ light: UInt8, text: (dark: UInt8, light: UInt8)? = nil, _ attributes: TextAttributes = []) -> Style {
            let foreground = text.map { Color.indexed(onDark ? $0.dark : $0.light) } ?? .standard
            return Style(foreground: foreground, background: .indexed(onDark ? dark : light), attributes: attributes)
        }
        return Theme(
            text: .plain,
            muted: fg(245, 243),
            title: Style(attributes: .bold),
            border: fg(240, 247),
            borderFocused: fg(75, 25, .bold),
            header: fg(252, 235, .bold),
            selection: bg(24, 153, text: (231, 16), .bold),
            accent: fg(81, 31),
            positive: fg(114, 28),
            negative: fg(203, 160),
            warning: fg(221, 130),
            gap: fg(240, 248),
            seriesPalette: [fg(81, 25), fg(215, 166), fg(114, 28), fg(204, 161), fg(141, 91), fg(221, 136), fg(75, 31), fg(180, 94)],
            decree: fg(167, 124),
            extensionPeriod: fg(216, 173),
            ruling: fg(141, 91, .bold),
            event: fg(221, 130, .bold),
            shade: bg(236, 254),
            chartCursor: bg(238, 252),
            sequential: [fg(230, 179), fg(222, 172), fg(214, 166), fg(202, 160), fg(196, 88)],
            keyHint: fg(81, 25, .bold),
            statusBar: bg(236, 253, text: (252, 235)),
            breadcrumb: fg(117, 25),
            error: fg(196, 160, .bold)
        )
    }

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
