/// The text layout the card screens share: headings, labelled facts with wrapped values,
/// and prose, stacked top to bottom.
///
/// Cards hold more than a small terminal shows and have no scroll state of their own, so
/// whatever does not fit is dropped by whole lines and the last visible row ends in the
/// ellipsis glyph: the reader knows there is more, and no word is ever cut in half.
enum CardLayout {
    /// One labelled value ("Start  2024-01-08"); the value wraps under itself.
    struct Fact {
        var label: String
        var value: String
        /// Nil draws the value in the text style.
        var style: Style?

        init(_ label: String, _ value: String, style: Style? = nil) {
            self.label = label
            self.value = value
            self.style = style
        }
    }

    /// One piece of a card.
    enum Block {
        /// A section title in the header style.
        case heading(String)
        /// Facts whose labels share one column.
        case facts([Fact])
        /// Wrapped text.
        case prose(TextBlock)
        /// One line of styled spans, cut with an ellipsis if too wide (lists of ids).
        case line([TextSpan])
        /// An empty line between sections.
        case space
    }

    /// The lines `blocks` take at `width` columns. Laying out stops once more than `limit`
    /// lines exist: a card only needs to know that it overflows, and wrapping long prose that
    /// will never be shown was most of a program card's frame time.
    static func lines(_ blocks: [Block], width: Int, context: ScreenContext, limit: Int = .max) -> [[TextSpan]] {
        guard width > 0 else { return [] }
        var result: [[TextSpan]] = []
        for block in blocks {
            if result.count > limit { break }
            switch block {
            case .heading(let text):
                result.append([TextSpan(TextFit.truncate(text, to: width, ellipsis: context.glyphs.ellipsis), style: context.theme.header)])
            case .facts(let facts):
                result += factLines(facts, width: width, context: context)
            case .prose(let text):
                result += text.lines(width: width)
            case .line(let spans):
                result.append(fit(spans, width: width, context: context))
            case .space:
                result.append([])
            }
        }
        return result
    }

    /// How many rows `blocks` need at `width`, so layouts can give a section just its size.
    static func height(_ blocks: [Block], width: Int, context: ScreenContext) -> Int {
        lines(blocks, width: width, context: context).count
    }

    /// Draws `blocks` into `rect`; when they do not fit, the last row ends in the ellipsis glyph.
    static func draw(_ blocks: [Block], into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard !rect.isEmpty else { return }
        var laid = lines(blocks, width: rect.width, context: context, limit: rect.height)
        let overflows = laid.count > rect.height
        if overflows {
            // Lay out one column narrower so the ellipsis never covers a letter.
            laid = lines(blocks, width: rect.width - 1, context: context, limit: rect.height)
        }
        for (row, spans) in laid.prefix(rect.height).enumerated() {
            var x = rect.x
            for span in spans {
                x += canvas.put(span.text, x: x, y: rect.y + row, style: span.style, clip: rect)
            }
        }
        if overflows {
            canvas.put(context.glyphs.ellipsis, x: rect.maxX - 1, y: rect.maxY - 1, style: context.theme.muted, clip: rect)
        }
    }

    private static func factLines(_ facts: [Fact], width: Int, context: ScreenContext) -> [[TextSpan]] {
        let labelWidth = min(facts.map { DisplayWidth.of($0.label) }.max() ?? 0, max(0, width / 3))
        let valueWidth = width - labelWidth - 1
        var result: [[TextSpan]] = []
        for fact in facts {
            let label = TextFit.pad(fact.label, to: labelWidth, alignment: .left, ellipsis: context.glyphs.ellipsis)
            guard valueWidth > 0 else {
                result.append([TextSpan(label, style: context.theme.muted)])
                continue
            }
            let value = TextBlock(fact.value, style: fact.style ?? context.theme.text, paragraphSpacing: 0).lines(width: valueWidth)
            for (index, line) in value.enumerated() {
                let lead = index == 0 ? label : String(repeating: " ", count: labelWidth)
                result.append([TextSpan(lead + " ", style: context.theme.muted)] + line)
            }
        }
        return result
    }

    /// `spans` cut to `width` columns, the last kept span ending in an ellipsis when cut.
    private static func fit(_ spans: [TextSpan], width: Int, context: ScreenContext) -> [TextSpan] {
        var result: [TextSpan] = []
        var used = 0
        for (index, span) in spans.enumerated() {
            let text = SafeText.sanitize(span.text)
            let w = DisplayWidth.of(text)
            let isLast = index == spans.count - 1
            if used + w <= width, isLast || used + w < width {
                result.append(TextSpan(text, style: span.style))
                used += w
                continue
            }
            let room = width - used
            if room > 0 {
                result.append(TextSpan(TextFit.truncate(text + (isLast ? "" : " "), to: room, ellipsis: context.glyphs.ellipsis), style: span.style))
            }
            break
        }
        return result
    }
}
