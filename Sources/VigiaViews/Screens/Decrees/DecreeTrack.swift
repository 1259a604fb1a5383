import VigiaModel

/// How decrees become timeline items, shared by the Decrees and country-decrees screens.
///
/// The timeline widget knows two roles (decree, extension); a period whose end is only
/// declared (start + declared days, no sourced end) must read differently from one whose end
/// a source states, because the measure may have been cut short or renewed. The widget has no
/// such role, so those cells are drawn as usual and then redrawn in their own glyph, dimmed
/// (`declaredFill`), so they read apart without colour too.
///
/// A stretch of continuous renewals is in force and has its own mark; a stretch of a chain
/// that no record covers is drawn as unknown, so a gap in the data never reads as a measure
/// lifted. A measure with no stated end is drawn the same way after its start day, up to the
/// data's last date and its `▶`, so it never reads as in force to a known end.
enum DecreeTrack {
    /// One timeline row plus, per item, whether it is a period drawn to a declared end only.
    struct Row {
        var row: Timeline.Row
        var declaredOnly: [Bool]

        init(label: String) {
            row = Timeline.Row(label: label, items: [])
            declaredOnly = []
        }

        /// Adds `decree` as a period or a marker; undated decrees cannot be placed and add nothing.
        mutating func add(_ decree: Decree) {
            guard let start = decree.start else { return }
            let period = DecreePeriod(decree)
            let day = Double(start.dayNumber)
            switch decree.kind {
            case .courtRuling:
                append(.marker(at: day, kind: .ruling), declared: false)
            case .referendum where period.endDay == nil, .other where period.endDay == nil:
                // A one-day act (a vote, a reform) rather than a measure in force.
                append(.marker(at: day, kind: .event), declared: false)
            default:
                let role: Timeline.PeriodRole = switch decree.kind {
                case .extensionOfMeasure: .extensionPeriod
                case .continuousRenewals: .continuous
                default: .decree
                }
                append(.period(start: day, end: period.endDay.map(Double.init), role: role),
                       declared: period.statedEndDay == nil && period.declaredEndDay != nil)
            }
        }

        /// Adds the stretches of a chain that no record covers, drawn under everything else.
        mutating func addUnknown(_ coverage: DecreeCoverage) {
            for range in coverage.unknown {
                append(.period(start: Double(range.lowerBound), end: Double(range.upperBound), role: .unknown), declared: false)
            }
        }

        /// Adds a marker (an event, or a ruling on this row's decree).
        mutating func addMarker(at date: PartialDate, kind: MarkerKind) {
            append(.marker(at: Double(date.dayNumber), kind: kind), declared: false)
        }

        private mutating func append(_ item: Timeline.Item, declared: Bool) {
            row.items.append(item)
            declaredOnly.append(declared)
        }
    }

    /// Draws `timeline` (whose rows are `rows`) and dims the cells of declared-only periods
    /// that no later period covers; returns the scroll offset used.
    @discardableResult
    static func draw(_ timeline: Timeline, rows: [Row], into canvas: inout Canvas, in rect: Rect, context: ScreenContext) -> Int {
        let offset = timeline.draw(into: &canvas, in: rect, theme: context.theme, glyphs: context.glyphs)
        let labelWidth = timeline.labelWidth(totalWidth: rect.width)
        let trackX = rect.x + (labelWidth > 0 ? labelWidth + 1 : 0)
        let trackWidth = rect.maxX - trackX
        guard trackWidth > 0, rect.height > 1 else { return offset }
        let fills: Set<String> = [context.glyphs.periodFill, context.glyphs.extensionFill]
        for line in 0..<(rect.height - 1) {
            let index = offset + line
            guard index < rows.count else { break }
            // Which period is on top in each column: a later item overwrites an earlier one.
            var declaredOnTop = Array(repeating: false, count: trackWidth)
            let items = rows[index].row.items
            for itemIndex in Timeline.drawingOrder(items) where itemIndex < rows[index].declaredOnly.count {
                let declared = rows[index].declaredOnly[itemIndex]
                guard case .period(let start, let end, _) = items[itemIndex],
                      let columns = timeline.columns(from: start, through: Timeline.lastKnownDay(start: start, end: end), trackWidth: trackWidth)
                else { continue }
                for column in columns where column < trackWidth { declaredOnTop[column] = declared }
            }
            let y = rect.y + 1 + line
            for column in 0..<trackWidth where declaredOnTop[column] {
                let cell = canvas[trackX + column, y]
                guard fills.contains(cell.grapheme) else { continue }
                canvas[trackX + column, y] = Cell(declaredFill(context), style: cell.style.adding(.dim))
            }
        }
        return offset
    }

    /// The legend and the window line at `width`, as a panel's bottom lines.
    static func keyLines(_ window: Timeline.Window, width: Int, context: ScreenContext) -> (legend: [[TextSpan]], footer: [[TextSpan]]) {
        (legend(width: width, context: context),
         TextBlock(windowText(window, context: context), style: context.theme.muted).lines(width: width))
    }

    /// Draws the timeline with the legend and window line under it inside a panel's interior.
    /// Rows come first: legend lines are dropped (last first), then the window line, until the
    /// timeline keeps at least `minimumRows` rows (axis included).
    static func drawBody(_ timeline: Timeline, rows: [Row], into canvas: inout Canvas, in inner: Rect,
                         minimumRows: Int, emptyMessage: String, context: ScreenContext) {
        guard !inner.isEmpty else { return }
        var (legend, footer) = keyLines(timeline.window, width: inner.width, context: context)
        while legend.count + footer.count > 0, inner.height - legend.count - footer.count < minimumRows {
            if legend.isEmpty { footer.removeLast() } else { legend.removeLast() }
        }
        let bottom = legend + footer
        let split = inner.splitTop(inner.height - bottom.count)
        if rows.isEmpty {
            TextBlock(emptyMessage, style: context.theme.muted).draw(into: &canvas, in: split.top)
        } else {
            draw(timeline, rows: rows, into: &canvas, in: split.top, context: context)
        }
        for (index, line) in bottom.enumerated() {
            var x = split.rest.x
            for span in line {
                x += canvas.put(span.text, x: x, y: split.rest.y + index, style: span.style, clip: split.rest)
            }
        }
    }

    /// The mark of a period whose end is only declared: a glyph of its own, not only a
    /// dimmer colour, so monochrome and ASCII terminals tell it from a stated end.
    static func declaredFill(_ context: ScreenContext) -> String {
        context.glyphs.isUnicode ? "▓" : "%"
    }

    /// Each timeline glyph with its style and meaning: the legend under the timeline and in help.
    static func legendEntries(_ context: ScreenContext) -> [(glyph: String, style: Style, label: String)] {
        let glyphs = context.glyphs, theme = context.theme
        return [
            (glyphs.periodFill, theme.decree, "in force (stated dates)"),
            (declaredFill(context), theme.decree.adding(.dim), "declared duration only"),
            (glyphs.extensionFill, theme.extensionPeriod, "extension"),
            (glyphs.continuousFill, theme.extensionPeriod, "renewed continuously, not itemised"),
            (glyphs.unknownFill, theme.gap, "unknown"),
            (glyphs.unknownFill + glyphs.openEnd, theme.decree, "no end stated"),
            (glyphs.eventMarker, theme.event, "event or one-day act"),
            (glyphs.rulingMarker, theme.ruling, "court ruling"),
            (glyphs.earlier, theme.muted, "all before the window"),
        ]
    }

    /// The legend, laid out greedily so a glyph always stays with its words. In ASCII each line
    /// starts with a space: the in-force glyph is `#`, as is a focused pane's border beside it.
    static func legend(width: Int, context: ScreenContext) -> [[TextSpan]] {
        let theme = context.theme
        let lead = context.glyphs.isUnicode ? [] : [TextSpan(" ", style: theme.muted)]
        let width = width - lead.count
        var lines: [[TextSpan]] = []
        var line: [TextSpan] = []
        var used = 0
        for (glyph, style, label) in legendEntries(context) {
            let w = DisplayWidth.of(glyph) + 1 + DisplayWidth.of(label)
            let gap = line.isEmpty ? 0 : 2
            if !line.isEmpty, used + gap + w > width {
                lines.append(lead + line)
                line = []
                used = 0
            }
            if !line.isEmpty { line.append(TextSpan("  ", style: theme.muted)) }
            line.append(TextSpan(glyph, style: style))
            line.append(TextSpan(" " + label, style: theme.muted))
            used += (line.count > 2 ? 2 : 0) + w
        }
        if !line.isEmpty { lines.append(lead + line) }
        return lines
    }

    /// The kind in a word or two, for narrow table columns.
    static func shortKind(_ kind: Decree.Kind) -> String {
        switch kind {
        case .stateOfException: return "exception"
        case .extensionOfMeasure: return "extension"
        case .curfew: return "curfew"
        case .internalArmedConflict: return "armed conflict"
        case .courtRuling: return "ruling"
        case .militaryDeployment: return "deployment"
        case .referendum: return "referendum"
        case .other: return "other"
        case .continuousRenewals: return "continuous"
        }
    }

    /// A day number as a date ("2024-01-08").
    static func date(_ day: Double) -> String {
        PartialDate(dayNumber: Int(day.rounded(.down))).description
    }

    /// The window line: zoom level, dates shown and which measures; the keys that change
    /// them are on the status line, so the line stays one line at 80 columns, ASCII too.
    static func windowText(_ window: Timeline.Window, context: ScreenContext) -> String {
        let state = context.state
        let shown = state.showsAllDecrees ? "all measures, context and protest included" : "gang-violence measures only"
        return "Zoom \(state.decreeZoom.label)\(context.separator)\(date(window.start)) to \(date(window.end))\(context.separator)\(shown)"
    }
}
