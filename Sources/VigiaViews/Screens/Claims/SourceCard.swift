import VigiaModel

/// A source card: where a figure came from (title, publisher, date, addresses, caveat) and,
/// when opened for a homicide figure, every value other sources give for the same cell.
///
/// This is where conflicting values are listed side by side with why one is the default, so
/// a briefer can answer "but I read a different number" on the spot.
struct SourceCard: RouteView {
    let id: String
    let figure: FigureReference?

    var tab: ScreenID? { .claims }

    func crumb(in dataset: Dataset) -> String { dataset.citation(id) }

    /// A source card has no list: its panes are text (Tab moves between them, j scrolls).
    var paneCount: Int { 0 }

    /// Opened for a figure: the values for it, then the source with what else it is cited
    /// for; otherwise the source, then what it is cited for.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        guard let source = context.dataset.source(id) else { return [] }
        let facts: [CardLayout.Block] = [.facts(Self.facts(source, context: context))]
        let cited = Self.citationBlocks(id, context: context)
        guard let figure else {
            return [TextPane(source.shortCitation, facts), TextPane("Also cited for", Array(cited.dropFirst()))]
        }
        return [TextPane("Values for this figure", Self.figureBlocks(figure, sourceID: id, context: context)),
                TextPane(source.shortCitation, facts + [.space] + cited)]
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let panes = textPanes(in: context)
        guard panes.count == 2 else {
            let inner = context.panel("Source", pane: nil, into: &canvas, in: rect)
            TextBlock("This source is not in the data.", style: context.theme.warning).draw(into: &canvas, in: inner)
            return
        }
        if rect.width >= 120 {
            let split = rect.splitLeft(rect.width / 2)
            // Wide: the source on the left, what it is opened for (or cited for) on the right.
            let (left, right) = figure == nil ? (0, 1) : (1, 0)
            context.drawTextPane(left, into: &canvas, in: split.left)
            context.drawTextPane(right, into: &canvas, in: split.rest)
            return
        }
        let needed = CardLayout.height(panes[0].blocks, width: max(1, rect.width - 2), context: context) + 2
        let split = rect.splitTop(min(needed, max(rect.height / 2, rect.height * 11 / 20)))
        context.drawTextPane(0, into: &canvas, in: split.top)
        context.drawTextPane(1, into: &canvas, in: split.rest)
    }

    /// The facts of a source record, shared with the Claims & Sources screen's detail pane.
    static func facts(_ source: Source, context: ScreenContext) -> [CardLayout.Fact] {
        var date = Format.date(source.date)
        if let note = source.dateNote { date += " (\(note))" }
        var facts = [
            CardLayout.Fact("Title", source.readableTitle, style: context.theme.title),
            CardLayout.Fact("Publisher", source.publisher),
            CardLayout.Fact("Date", date, style: source.date == nil ? context.theme.gap : nil),
            CardLayout.Fact(source.urls.count > 1 ? "URLs" : "URL", source.urls.isEmpty ? "n/a (no address stored)" : source.urls.joined(separator: "\n"),
                            style: context.theme.accent),
        ]
        if let location = source.location { facts.append(CardLayout.Fact("Retrieved from", location)) }
        if let caveat = source.caveat { facts.append(CardLayout.Fact("Caveat", context.dataset.citingInWords(caveat), style: context.theme.warning)) }
        return facts
    }

    /// Every value for the figure's cell: this source's first, marked default or alternative,
    /// then why the default is the default and each value's note.
    private static func figureBlocks(_ figure: FigureReference, sourceID: String, context: ScreenContext) -> [CardLayout.Block] {
        switch figure {
        case .homicide(let area, let year, let measureName):
            guard let measure = HomicideMeasure(rawValue: measureName) else {
                return [.line([TextSpan("Unknown measure \"\(measureName)\"", style: context.theme.warning)])]
            }
            let records = context.dataset.series(area, measure).recordsByYear[year] ?? []
            let marker = context.glyphs.selectionMarker
            var blocks: [CardLayout.Block] = [
                .heading("\(context.dataset.areaName(area)) \(year), homicide \(measure == .count ? "count" : "rate per 100k"): \(records.count) value\(records.count == 1 ? "" : "s") (\(marker) this source)"),
            ]
            guard !records.isEmpty else {
                return blocks + [.line([TextSpan("n/a: no source gives this figure", style: context.theme.gap)])]
            }
            let values = records.map { Format.homicide($0.value, measure) }
            let valueWidth = values.map(DisplayWidth.of).max() ?? 0
            for (record, value) in zip(records, values) {
                let padded = String(repeating: " ", count: valueWidth - DisplayWidth.of(value)) + value
                let role = record.isDefault ? "default    " : "alternative"
                let lead = record.source == sourceID ? marker + " " : "  "
                blocks.append(.line([
                    TextSpan(lead, style: context.theme.keyHint),
                    TextSpan(padded + "  ", style: record.isDefault ? context.theme.accent.adding(.bold) : context.theme.text),
                    TextSpan(role + "  ", style: record.isDefault ? context.theme.positive : context.theme.muted),
                    TextSpan(context.dataset.citation(record.source), style: context.theme.text),
                ]))
            }
            // The change to this year within one source's series, or both values and sources.
            let series = context.dataset.series(area, measure)
            let changes = [1, 5].map { SeriesChangeText.sentence(series, to: year, overYears: $0, dataset: context.dataset) }
            blocks += [.space, .prose(TextBlock(changes.joined(separator: "\n"), style: context.theme.text, paragraphSpacing: 0))]
            var notes: [CardLayout.Fact] = []
            for (record, value) in zip(records, values) {
                if let why = record.whyDefault { notes.append(CardLayout.Fact("Why \(value)", why)) }
            }
            for (record, value) in zip(records, values) {
                if let note = record.note { notes.append(CardLayout.Fact("Note \(value)", note, style: context.theme.muted)) }
            }
            if !notes.isEmpty { blocks += [.space, .facts(notes)] }
            return blocks
        }
    }

    /// "Also cited for (n)": every record citing the source (the pane scrolls).
    private static func citationBlocks(_ id: String, context: ScreenContext) -> [CardLayout.Block] {
        let citations = context.dataset.citations(of: id)
        var blocks: [CardLayout.Block] = [.heading("Also cited for (\(citations.count))")]
        if citations.isEmpty {
            blocks.append(.line([TextSpan("no record in the data cites this source", style: context.theme.gap)]))
        }
        for citation in citations {
            // Most are a few words: a line is laid out at once; a long one wraps, never cut.
            blocks.append(DisplayWidth.of(citation) <= 40 ? .line([TextSpan(citation, style: context.theme.text)])
                                                         : .prose(TextBlock(citation, style: context.theme.text)))
        }
        return blocks
    }

    /// A selectable list of decree, event and source rows, each named in words (reference,
    /// title, citation) since ids are for the data; shared by the cards that end in their sources.
    static func drawSourceList(_ rows: [ListRow], title: String, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let dataset = context.dataset
        let inner = context.panel(title, pane: 0, into: &canvas, in: rect)
        var nameWidth = 4
        let tableRows = rows.compactMap { row -> Table.Row? in
            let cells: [String]
            switch row.target {
            case .decree(let id):
                let decree = dataset.decree(id)
                cells = ["decree", dataset.decreeName(id), decree.map { "\($0.kind.label), \(Format.date($0.start))" } ?? "n/a (unknown decree)"]
            case .event(let id):
                let event = dataset.events.first { $0.id == id }
                cells = ["event", dataset.eventName(id), event.map { Format.date($0.date) } ?? "n/a (unknown event)"]
            case .source(let id):
                cells = ["source", dataset.citation(id), dataset.source(id)?.readableTitle ?? "n/a (unknown source)"]
            default:
                return nil
            }
            nameWidth = max(nameWidth, DisplayWidth.of(cells[1]))
            return Table.Row(cells)
        }
        Table(columns: [
            Table.Column("Type", width: .fixed(6)),
            Table.Column("Name", width: .fixed(min(max(12, inner.width / 3), nameWidth))),
            Table.Column("Detail", width: .flexible(min: 10)),
        ], rows: tableRows, selectedIndex: context.selectedIndex(), emptyMessage: "No related record or source")
            .draw(into: &canvas, in: inner, theme: context.theme, glyphs: context.glyphs)
    }
}
