/// Every glyph a widget draws that is not data, in a Unicode and an ASCII version.
///
/// Over SSH the remote locale is often C, where braille and box drawing print as mojibake;
/// the backend picks `.unicode` only when the codeset is UTF-8 (and `--ascii` forces `.ascii`),
/// as htop, VisiData and lazygit do. Widgets never hard-code a glyph, so switching the set
/// switches the whole screen. ASCII keeps meaning, not just shape: gaps, markers and open
/// ends stay distinguishable without colour.
public struct GlyphSet: Hashable, Sendable {
    /// The pieces of a rectangular frame; `focusedBox` uses a heavier set so focus shows without colour.
    public struct Box: Hashable, Sendable {
        public var horizontal: String
        public var vertical: String
        public var topLeft: String
        public var topRight: String
        public var bottomLeft: String
        public var bottomRight: String
        /// `├`: a vertical line with a branch to the right.
        public var leftTee: String
        /// `┤`: a vertical line with a branch to the left (y-axis ticks).
        public var rightTee: String
        /// `┬`: a horizontal line with a branch down.
        public var topTee: String
        /// `┴`: a horizontal line with a branch up (x-axis ticks).
        public var bottomTee: String
        public var cross: String
    }

    /// The dot grid a line chart plots on: braille gives 2×4 dots per cell, ASCII 1×2
    /// (htop's ASCII graph: `.` low, `'` high, `:` both).
    public enum Dots: Hashable, Sendable {
        case braille
        case ascii

        /// Dots across one cell.
        public var columns: Int {
            switch self {
            case .braille: return 2
            case .ascii: return 1
            }
        }

        /// Dots down one cell.
        public var rows: Int {
            switch self {
            case .braille: return 4
            case .ascii: return 2
            }
        }

        /// The glyph for a cell whose lit dots are `mask`, where bit `row * columns + column`
        /// is the dot at that column and row (row 0 at the top of the cell).
        public func glyph(_ mask: UInt8) -> String {
            switch self {
            case .braille:
                // Braille numbers dots 1-2-3 down the left, 4-5-6 down the right, then 7 and 8.
                let bitForDot: [UInt32] = [0, 3, 1, 4, 2, 5, 6, 7]
                var code: UInt32 = 0
                for index in 0..<8 where mask & (1 << index) != 0 {
                    code |= 1 << bitForDot[index]
                }
                return Unicode.Scalar(0x2800 + code).map { String(Character($0)) } ?? " "
            case .ascii:
                switch mask & 3 {
                case 1: return "'"
                case 2: return "."
                case 3: return ":"
                default: return " "
                }
            }
        }
    }

    public var isUnicode: Bool
    /// Frame of an unfocused panel (light lines).
    public var box: Box
    /// Frame of the focused panel (heavy lines, or `=`/`#` in ASCII).
    public var focusedBox: Box
    /// Sparkline levels from lowest to highest.
    public var sparkLevels: [String]
    /// The chart dot grid.
    public var dots: Dots
    /// A whole cell of a horizontal bar.
    public var barFull: String
    /// Left-aligned partial cells of 1/8 … 7/8 (empty in ASCII, where bars round to whole cells).
    public var barPartials: [String]
    /// The unfilled part of a gauge track.
    public var gaugeTrack: String
    /// Fill of a period in force (e.g. a state of exception).
    public var periodFill: String
    /// Fill of an extension chained to a period, distinct from `periodFill` without colour.
    public var extensionFill: String
    /// Fill of a stretch renewed without a break whose renewals are not itemised (in force).
    public var continuousFill: String
    /// Fill of a stretch the data knows nothing about, inside a chain of renewals: distinct
    /// from in force and from blank (not in force).
    public var unknownFill: String
    /// Drawn at "today" on a period that has no end yet.
    public var openEnd: String
    /// At a timeline row's left edge when all its items lie before the window, so the row
    /// does not read as empty.
    public var earlier: String
    /// Axis cells under a shaded interval, so shading survives on monochrome terminals.
    public var shadedAxis: String
    /// An event at a date.
    public var eventMarker: String
    /// A court ruling at a date.
    public var rulingMarker: String
    /// A missing value where "n/a" (`Format.missing`) does not fit: one cell of a sparkline
    /// or bar, a two-column rank. Never drawn as zero; the help's legend lists it.
    public var gap: String
    /// Between two cells of a sparkline whose values come from different sources: the line
    /// breaks there, because a step across sources is not a change.
    public var seriesBreak: String
    /// Marks text cut to fit.
    public var ellipsis: String
    public var sortAscending: String
    public var sortDescending: String
    /// A value that went up (a change column).
    public var increase: String
    /// A value that went down.
    public var decrease: String
    /// Leads the selected row, so selection is visible without colour or reverse video.
    public var selectionMarker: String
    /// Marks a country picked for the comparison chart: not the selection's mark, since the
    /// selected row can be a picked one.
    public var pickedMarker: String
    /// A series' swatch in a chart legend.
    public var legendLine: String
    /// Fills for consecutive stacked-bar segments (and their legend swatches), distinct
    /// without colour.
    public var segmentFills: [String]

    /// Box drawing, braille, block elements and geometric markers.
    public static let unicode = glyphs(unicode: true)

    /// Seven-bit ASCII only, for C locales and fonts without braille.
    public static let ascii = glyphs(unicode: false)

    /// The one table of glyphs: each is written once, its Unicode form beside its ASCII form,
    /// so the two sets are read and changed together, and the memberwise initialiser still
    /// makes a glyph left out of the table a compile error.
    private static func glyphs(unicode: Bool) -> GlyphSet {
        func form<Glyph>(_ unicodeForm: Glyph, _ asciiForm: Glyph) -> Glyph { unicode ? unicodeForm : asciiForm }
        func forms(_ pairs: [(unicode: String, ascii: String)]) -> [String] { pairs.map { form($0.unicode, $0.ascii) } }
        return GlyphSet(
            isUnicode: unicode,
            box: Box(horizontal: form("─", "-"), vertical: form("│", "|"),
                     topLeft: form("┌", "+"), topRight: form("┐", "+"), bottomLeft: form("└", "+"), bottomRight: form("┘", "+"),
                     leftTee: form("├", "+"), rightTee: form("┤", "+"), topTee: form("┬", "+"), bottomTee: form("┴", "+"),
                     cross: form("┼", "+")),
            focusedBox: Box(horizontal: form("━", "="), vertical: form("┃", "#"),
                            topLeft: form("┏", "#"), topRight: form("┓", "#"), bottomLeft: form("┗", "#"), bottomRight: form("┛", "#"),
                            leftTee: form("┣", "#"), rightTee: form("┫", "#"), topTee: form("┳", "#"), bottomTee: form("┻", "#"),
                            cross: form("╋", "#")),
            sparkLevels: forms([("▁", "_"), ("▂", "-"), ("▃", "~"), ("▄", "="), ("▅", "+"), ("▆", "*"), ("▇", "#"), ("█", "@")]),
            dots: form(.braille, .ascii),
            barFull: form("█", "#"),
            barPartials: form(["▏", "▎", "▍", "▌", "▋", "▊", "▉"], []),
            gaugeTrack: form("░", "."),
            periodFill: form("█", "#"),
            extensionFill: form("▒", "="),
            continuousFill: form("═", "+"),
            unknownFill: form("┄", "?"),
            openEnd: form("▶", ">"),
            earlier: form("◀", "<"),
            shadedAxis: form("━", "="),
            eventMarker: form("◆", "*"),
            rulingMarker: form("▲", "^"),
            gap: form("·", "."),
            seriesBreak: form("┊", ":"),
            ellipsis: form("…", "~"),
            sortAscending: form("▲", "^"),
            sortDescending: form("▼", "v"),
            increase: form("▲", "^"),
            decrease: form("▼", "v"),
            selectionMarker: form("▶", ">"),
            pickedMarker: form("●", "*"),
            legendLine: form("━", "-"),
            segmentFills: forms([("█", "#"), ("▓", "="), ("▒", "+"), ("░", ":")])
        )
    }

    /// The frame for a panel in the given focus state.
    public func box(focused: Bool) -> Box { focused ? focusedBox : box }

    /// The fill of stacked segment number `index`, cycling through `segmentFills`.
    public func segmentFill(_ index: Int) -> String {
        guard !segmentFills.isEmpty else { return barFull }
        return segmentFills[((index % segmentFills.count) + segmentFills.count) % segmentFills.count]
    }

    /// A horizontal bar `cells` columns long: eighth-cell precision in Unicode, whole cells
    /// (rounded) in ASCII. Non-finite or negative lengths draw nothing.
    public func bar(cells: Double) -> String {
        guard cells.isFinite, cells > 0 else { return "" }
        let steps = barPartials.count + 1
        let units = Int((cells * Double(steps)).rounded())
        var text = String(repeating: barFull, count: units / steps)
        let remainder = units % steps
        if remainder > 0 { text += barPartials[remainder - 1] }
        return text
    }
}
