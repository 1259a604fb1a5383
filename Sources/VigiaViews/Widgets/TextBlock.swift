/// Wrapped, styled, scrollable prose: decree cards, claim verdicts, speaker notes.
///
/// Words are never split unless a single word is wider than the block (then it is
/// hard-broken, because dropping text would be worse): "Ecuador" reads as one word or not
/// at all. Runs of spaces collapse to one, as in any reflowed text.
public struct TextBlock: Hashable, Sendable {
    /// Paragraphs, each a sequence of styled spans; a word may span several spans.
    public var paragraphs: [[TextSpan]]
    /// Blank lines between paragraphs.
    public var paragraphSpacing: Int

    public init(paragraphs: [[TextSpan]], paragraphSpacing: Int = 1) {
        self.paragraphs = paragraphs
        self.paragraphSpacing = max(0, paragraphSpacing)
    }

    /// Plain text whose lines (split at `\n`) become paragraphs, all in one style.
    public init(_ text: String, style: Style = .plain, paragraphSpacing: Int = 1) {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.init(paragraphs: parts.map { [TextSpan(String($0), style: style)] }, paragraphSpacing: paragraphSpacing)
    }

    /// Styled spans given as pairs, the shape data arrives in from screens.
    public init(spans: [(String, Style)], paragraphSpacing: Int = 1) {
        self.init(paragraphs: [spans.map { TextSpan($0.0, style: $0.1) }], paragraphSpacing: paragraphSpacing)
    }

    /// The wrapped lines at `width` columns, each a list of spans with adjacent equal styles merged.
    public func lines(width: Int) -> [[TextSpan]] {
        guard width > 0 else { return [] }
        var result: [[TextSpan]] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 {
                result.append(contentsOf: Array(repeating: [], count: paragraphSpacing))
            }
            result.append(contentsOf: Self.wrap(paragraph, width: width))
        }
        return result
    }

    /// How many lines the text takes at `width`, so screens can size panes and scroll bars.
    public func lineCount(width: Int) -> Int {
        lines(width: width).count
    }

    /// The largest useful scroll offset: the last line sits at the bottom of the rect.
    public func maxScrollOffset(width: Int, height: Int) -> Int {
        max(0, lineCount(width: width) - height)
    }

    /// Draws the lines starting at `scrollOffset` (clamped to the useful range) and returns
    /// the total line count at this width.
    @discardableResult
    public func draw(into canvas: inout Canvas, in rect: Rect, scrollOffset: Int = 0) -> Int {
        let wrapped = lines(width: rect.width)
        guard !rect.isEmpty else { return wrapped.count }
        let first = min(max(0, scrollOffset), max(0, wrapped.count - rect.height))
        for row in 0..<rect.height where first + row < wrapped.count {
            var x = rect.x
            for span in wrapped[first + row] {
                x += canvas.put(span.text, x: x, y: rect.y + row, style: span.style, clip: rect)
            }
        }
        return wrapped.count
    }

    /// One character of a paragraph with its style.
    private typealias Glyph = (character: Character, style: Style)

    private static func wrap(_ paragraph: [TextSpan], width: Int) -> [[TextSpan]] {
        var words: [[Glyph]] = []
        var spaceStyles: [Style] = []
        var current: [Glyph] = []
        var pendingSpace: Style?
        for span in paragraph {
            for character in SafeText.sanitize(span.text) {
                if character == " " {
                    if !current.isEmpty {
                        words.append(current)
                        current = []
                        pendingSpace = span.style
                    }
                } else {
                    if current.isEmpty, !words.isEmpty {
                        spaceStyles.append(pendingSpace ?? span.style)
                    }
                    current.append((character, span.style))
                }
            }
        }
        if !current.isEmpty { words.append(current) }
        guard !words.isEmpty else { return [[]] }

        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var used = 0
        for (index, word) in words.enumerated() {
            let wordWidth = word.reduce(0) { $0 + DisplayWidth.of($1.character) }
            if !line.isEmpty {
                if used + 1 + wordWidth <= width {
                    line.append((" ", spaceStyles[index - 1]))
                    line.append(contentsOf: word)
                    used += 1 + wordWidth
                    continue
                }
                lines.append(line)
                line = []
                used = 0
            }
            if wordWidth <= width {
                line = word
                used = wordWidth
                continue
            }
            // A word wider than the block: hard-break it, at least one character per line.
            for glyph in word {
                let w = DisplayWidth.of(glyph.character)
                if used + w > width, !line.isEmpty {
                    lines.append(line)
                    line = []
                    used = 0
                }
                line.append(glyph)
                used += w
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map(merge)
    }

    private static func merge(_ glyphs: [Glyph]) -> [TextSpan] {
        var spans: [TextSpan] = []
        for glyph in glyphs {
            if let last = spans.last, last.style == glyph.style {
                spans[spans.count - 1].text.append(glyph.character)
            } else {
                spans.append(TextSpan(String(glyph.character), style: glyph.style))
            }
        }
        return spans
    }
}
