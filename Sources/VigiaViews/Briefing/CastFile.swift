/// A replay as an asciinema v2 recording (`.cast`): a header line, then one `[time, "o", text]`
/// event per frame, so a briefing can be shared with people who have no Vigía.
///
/// Each event repaints the whole screen row by row (move to the row, erase it, write it) rather
/// than sending a diff: a player that seeks, or starts late, still shows a whole frame. The
/// first event hides the cursor, as the program does while it runs, and the last one gives the
/// terminal back as the program does when it quits (`restore`), so a cast played in a real
/// terminal (`asciinema play`) leaves it usable.
public enum CastFile {
    /// Hides the cursor and clears the screen before the first frame.
    static let takeOver = "\u{1B}[?25l\u{1B}[2J"
    /// Resets the text attributes and shows the cursor again after the last frame.
    public static let restore = "\u{1B}[0m\u{1B}[?25h"

    /// The header, then the events, one JSON value per line.
    public static func text(_ frames: [(at: Double, canvas: Canvas)], size: Size, title: String) -> String {
        var out = "{\"version\":2,\"width\":\(size.width),\"height\":\(size.height),\"title\":\(title.jsonLiteral(escapingLineSeparators: true)),"
            + "\"env\":{\"TERM\":\"xterm-256color\"}}\n"
        for (index, frame) in frames.enumerated() {
            let prefix = index == 0 ? takeOver : ""
            let suffix = index == frames.count - 1 ? restore : ""
            out += "[\(seconds(frame.at)),\"o\",\((prefix + screen(frame.canvas) + suffix).jsonLiteral(escapingLineSeparators: true))]\n"
        }
        return out
    }

    /// What the terminal is sent for one frame.
    public static func screen(_ canvas: Canvas) -> String {
        let lines = AnsiRenderer().render(canvas).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { "\u{1B}[\($0.offset + 1);1H\u{1B}[2K" + $0.element }.joined()
    }

    /// Seconds with at most three decimals (`2.234`, `0`).
    public static func seconds(_ value: Double) -> String {
        let milliseconds = Int((max(0, value) * 1000).rounded())
        let rest = milliseconds % 1000
        guard rest != 0 else { return "\(milliseconds / 1000)" }
        var fraction = String(rest)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(milliseconds / 1000).\(fraction)"
    }
}
