import VigiaModel

/// The lessons matrix: the op-ed's lessons down the side, the programs across, each cell the
/// verdict of its strongest evidence and the kind of evidence it is, and below it the selected
/// cell's assessment and findings. Enter opens the cell in full.
///
/// A cell with no finding says so ("n/a: no evidence") instead of staying blank, because an
/// empty cell would read as "no problem" rather than "not studied".
struct LessonsScreen: RouteView {
    var tab: ScreenID? { .programs }

    func crumb(in dataset: Dataset) -> String { "Lessons" }

    func keyHints(in state: AppState, dashboard: Dashboard) -> [KeyHint] {
        [KeyHint(.moveLeft, .moveRight, words: "program"), KeyHint(.drill, words: "full cell"), KeyHint(.editScenario, words: "scenario")]
    }

    /// The grid's marks: the verdict of a cell's strongest finding, or no evidence.
    func legend(in context: ScreenContext) -> [(glyph: String, meaning: String)] {
        let verdicts: [Lesson.Finding.Verdict] = [.supported, .weaklySupported, .descriptive, .notFound, .contradicted]
        return verdicts.map { (Self.mark($0, context: context), LessonMatrix.label($0)) }
            + [(Format.missing, "no evidence in the data for this lesson and program"),
               (context.typeset("×N"), "how many findings the cell holds")]
    }

    /// One row per cell, lesson by lesson, program by program.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        let matrix = dashboard.lessonMatrix
        return matrix.lessons.flatMap { lesson in
            matrix.columns.map { column in
                ListRow(.lessonCell(lesson: lesson.id, column: column.id),
                        searchText: "\(lesson.title) \(column.label) \(matrix.cell(lesson, column).summary)")
            }
        }
    }

    /// Arrow keys move by cell (up and down by a whole row of programs) while no filter is
    /// set; a filtered matrix is a plain list, which the dashboard moves through.
    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        let key = ListKey(.lessons)
        guard state.filter(key).isEmpty else { return nil }
        let columns = max(1, dashboard.lessonMatrix.columns.count)
        let delta: Int
        switch action {
        case .moveUp: delta = -columns
        case .moveDown: delta = columns
        case .moveLeft: delta = -1
        case .moveRight: delta = 1
        default: return nil
        }
        var next = state
        let count = dashboard.rows(key, in: next).count
        guard count > 0 else { return next }
        let target = next.selectedIndex(key) + delta
        if (0..<count).contains(target) { next.selection[key] = target }
        return next
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let matrix = context.dashboard.lessonMatrix
        let selected = context.selectedIndex() ?? 0
        let columns = matrix.columns.count
        let filtered = !context.state.filter(ListKey(.lessons)).isEmpty
        let gridHeight = min(rect.height, matrix.lessons.count + 3)
        let split = rect.splitTop(rect.height - gridHeight < 6 ? rect.height : gridHeight)
        let inner = context.panel("Lessons × programs (verdict · strongest evidence)", pane: 0, into: &canvas, in: split.top,
                                  badge: context.badge() ?? "Enter: full cell")
        if filtered {
            Self.drawList(matrix, into: &canvas, in: inner, context: context)
        } else {
            Self.drawGrid(matrix, selected: selected, into: &canvas, in: inner, context: context)
        }
        guard !split.rest.isEmpty else { return }
        guard columns > 0, !textPanes(in: context).isEmpty else {
            _ = context.panel("Cell", pane: nil, into: &canvas, in: split.rest)
            return
        }
        context.drawTextPane(0, into: &canvas, in: split.rest)
    }

    /// The selected cell's assessment and findings, after the grid in Tab order.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        let matrix = context.dashboard.lessonMatrix
        guard case .lessonCell(let lesson, let column)? = context.dashboard.selectedRow(ListKey(.lessons), in: context.state)?.target,
              let cell = matrix.cell(lesson: lesson, column: column) else { return [] }
        return [TextPane("\(Self.shortTitle(cell.lesson)) × \(cell.column.label)", LessonCellCard.blocks(cell, matrix: matrix, full: false, context: context))]
    }

    /// Short row labels for the matrix; the full titles are on the cell card.
    static func shortTitle(_ lesson: Lesson) -> String {
        switch lesson.id {
        case "kingpin_targeting": return "Leaders vs finance"
        case "private_sector_security_taxes": return "Private sector"
        case "bureaucratic_fragmentation": return "Coordination"
        case "partisan_discontinuity": return "Continuity"
        case "human_rights_militarisation": return "Rights & militarism"
        default: return lesson.title
        }
    }

    /// A verdict as a glyph, so the grid reads in monochrome too.
    static func mark(_ verdict: Lesson.Finding.Verdict, context: ScreenContext) -> String {
        switch verdict {
        case .supported: return context.checkMark
        case .weaklySupported: return context.halfMark
        case .descriptive: return context.glyphs.isUnicode ? "·" : "."
        case .notFound: return "?"
        case .contradicted: return context.crossMark
        }
    }

    static func shortStrength(_ strength: Lesson.Finding.Strength) -> String {
        switch strength {
        case .peerReviewed: return "peer-rev"
        case .officialReport: return "official"
        case .journalistic: return "press"
        case .descriptive: return "descr."
        case .opinion: return "opinion"
        }
    }

    /// The text of one grid cell: "✔ peer-rev ×6", or the gap; shorter forms when `width`
    /// is too narrow, so a cell is never cut mid-word.
    static func cellText(_ cell: LessonMatrix.Cell, context: ScreenContext, width: Int = .max) -> String {
        let candidates: [String]
        if let headline = cell.headline {
            let head = "\(mark(headline.verdict, context: context)) \(shortStrength(headline.strength))"
            candidates = [head + " " + context.typeset("×\(cell.findings.count)"), head]
        } else {
            candidates = ["\(Format.missing): no evidence", Format.missing]
        }
        return candidates.first { DisplayWidth.of($0) <= width } ?? candidates[candidates.count - 1]
    }

    /// Column headers for narrow cells.
    static func shortLabel(_ column: LessonMatrix.Column) -> String {
        switch column.id {
        case "plan_colombia": return "Colombia"
        case "us_ecuador": return "U.S.→ECU"
        case "plan_ecuador": return "Plan ECU"
        default: return column.label
        }
    }

    private static func style(_ cell: LessonMatrix.Cell, context: ScreenContext) -> Style {
        guard let headline = cell.headline else { return context.theme.gap }
        switch headline.verdict {
        case .supported: return context.theme.text
        case .contradicted: return context.theme.negative
        case .notFound: return context.theme.gap
        default: return context.theme.muted
        }
    }

    private static func drawGrid(_ matrix: LessonMatrix, selected: Int, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard !rect.isEmpty, !matrix.columns.isEmpty else { return }
        // The lessons' names whole while each cell keeps room for a verdict and its evidence
        // ("◐ official", 10 columns and a gap); narrower, the names give way first.
        let longest = matrix.lessons.map { DisplayWidth.of(shortTitle($0)) }.max() ?? 0
        let labelWidth = max(10, min(longest + 1, 20, rect.width - matrix.columns.count * 11))
        let cellWidth = max(4, (rect.width - labelWidth) / matrix.columns.count)
        let ellipsis = context.glyphs.ellipsis
        var x = rect.x + labelWidth
        for column in matrix.columns {
            let label = DisplayWidth.of(column.label) <= cellWidth - 1 ? column.label : context.typeset(shortLabel(column))
            canvas.put(TextFit.pad(label, to: cellWidth - 1, alignment: .left, ellipsis: ellipsis), x: x, y: rect.y, style: context.theme.header, clip: rect)
            x += cellWidth
        }
        for (row, lesson) in matrix.lessons.enumerated() {
            let y = rect.y + 1 + row
            guard y < rect.maxY else { break }
            canvas.put(TextFit.pad(shortTitle(lesson), to: labelWidth - 1, alignment: .left, ellipsis: ellipsis), x: rect.x, y: y, style: context.theme.muted, clip: rect)
            for (index, column) in matrix.columns.enumerated() {
                let cell = matrix.cell(lesson, column)
                let cellX = rect.x + labelWidth + index * cellWidth
                let isSelected = row * matrix.columns.count + index == selected
                let text = TextFit.pad(cellText(cell, context: context, width: cellWidth - 1), to: cellWidth - 1, alignment: .left, ellipsis: ellipsis)
                canvas.put(text, x: cellX, y: y, style: isSelected ? context.theme.selection : style(cell, context: context), clip: rect)
                if isSelected {
                    // The marker sits in the gap before the cell, so selection shows without colour.
                    canvas.put(context.glyphs.selectionMarker, x: cellX - 1, y: y, style: context.theme.selection, clip: rect)
                    canvas.cursor = Point(x: cellX, y: y)
                }
            }
        }
    }

    /// Under a filter the grid would have holes, so the matching cells are listed instead.
    private static func drawList(_ matrix: LessonMatrix, into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let rows = context.rows().compactMap { row -> Table.Row? in
            guard case .lessonCell(let lesson, let column) = row.target, let cell = matrix.cell(lesson: lesson, column: column) else { return nil }
            return Table.Row([shortTitle(cell.lesson), cell.column.label, cellText(cell, context: context)])
        }
        Table(columns: [Table.Column("Lesson", width: .flexible(min: 12)), Table.Column("Program", width: .flexible(min: 12)),
                        Table.Column("Evidence", width: .fixed(14))],
              rows: rows, selectedIndex: context.selectedIndex(), emptyMessage: "No cell matches the filter")
            .draw(into: &canvas, in: rect, theme: context.theme, glyphs: context.glyphs)
    }
}

/// One lesson for one program in full: the op-ed's words, the derived assessment, every
/// finding with its verdict, strength and sources, and (for the proposed Plan Ecuador) what the
/// user's scenario does about it. The sources are a list: Enter opens a source card.
struct LessonCellCard: RouteView {
    let lessonID: String
    let columnID: String

    var tab: ScreenID? { .programs }

    func crumb(in dataset: Dataset) -> String {
        let lesson = dataset.lessons.first { $0.id == lessonID }.map(LessonsScreen.shortTitle) ?? DataKey.words(lessonID)
        return "\(lesson) × \(LessonMatrix.standardColumns.first { $0.id == columnID }?.label ?? columnID)"
    }

    /// The cell's sources.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        dashboard.sourceRows(dashboard.lessonMatrix.cell(lesson: lessonID, column: columnID)?.sources ?? [])
    }

    /// The cell in full, after its sources in Tab order.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        let matrix = context.dashboard.lessonMatrix
        guard let cell = matrix.cell(lesson: lessonID, column: columnID) else { return [] }
        return [TextPane("\(cell.lesson.title) × \(cell.column.label)", Self.blocks(cell, matrix: matrix, full: true, context: context))]
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let matrix = context.dashboard.lessonMatrix
        guard matrix.cell(lesson: lessonID, column: columnID) != nil else {
            let inner = context.panel("Lesson", pane: nil, into: &canvas, in: rect)
            TextBlock("This lesson and program column are not in the data.", style: context.theme.warning).draw(into: &canvas, in: inner)
            return
        }
        let sourceRows = context.rows()
        let listHeight = sourceRows.isEmpty ? 0 : min(sourceRows.count + 3, max(4, rect.height / 3))
        let split = rect.splitTop(rect.height - listHeight)
        context.drawTextPane(0, into: &canvas, in: split.top)
        guard !split.rest.isEmpty else { return }
        let list = context.panel("Sources (Enter: source card)", pane: 0, into: &canvas, in: split.rest)
        let rows = sourceRows.compactMap { row -> Table.Row? in
            guard case .source(let id) = row.target else { return nil }
            return Table.Row([context.dataset.citation(id), context.dataset.source(id)?.readableTitle ?? "n/a (unknown source)"])
        }
        Table(columns: [Table.Column("Source", width: .flexible(min: 10, weight: 1)), Table.Column("Title", width: .flexible(min: 10, weight: 2))],
              rows: rows, selectedIndex: context.selectedIndex(), emptyMessage: "No source")
            .draw(into: &canvas, in: list, theme: context.theme, glyphs: context.glyphs)
    }

    /// The card's text; `full` adds the op-ed's paragraph and untagged context findings.
    static func blocks(_ cell: LessonMatrix.Cell, matrix: LessonMatrix, full: Bool, context: ScreenContext) -> [CardLayout.Block] {
        var blocks: [CardLayout.Block] = []
        blocks.append(.facts([
            CardLayout.Fact("Assessment", cell.assessment, style: cell.isGap ? context.theme.gap : nil),
            CardLayout.Fact("Programs", cell.column.programs.map { context.dataset.program($0)?.shortName ?? $0 }.joined(separator: ", ")),
        ]))
        if cell.column.isProposal, let session = context.state.scenario,
           let item = LessonChecklist.evaluate(session.scenario, lessons: [cell.lesson]).first {
            blocks.append(.facts([CardLayout.Fact("Your scenario", "\(item.status.rawValue): \(item.reason) (Vigía's rule: \(item.rule); a user's choice, not evidence)",
                                                  style: context.theme.accent)]))
        }
        if full {
            blocks += [.space, .heading("The op-ed"), .prose(TextBlock(cell.lesson.opEdClaim, style: context.theme.muted))]
        }
        blocks += [.space, .heading("Findings (\(cell.findings.count))")]
        if cell.findings.isEmpty {
            blocks.append(.line([TextSpan("\(Format.missing): no evidence in the data", style: context.theme.gap)]))
        }
        for finding in cell.findings {
            let head = "\(LessonsScreen.mark(finding.verdict, context: context)) \(LessonMatrix.label(finding.verdict)) · \(LessonMatrix.label(finding.strength))"
            let sources = finding.sources.isEmpty ? "no source: looked for, not found" : context.dataset.citations(finding.sources).joined(separator: "; ")
            blocks.append(.prose(TextBlock(paragraphs: [[TextSpan(context.typeset(head) + ": ", style: context.theme.accent),
                                                         TextSpan("\(finding.text) (\(sources))", style: context.theme.text)]],
                                           paragraphSpacing: 0)))
        }
        let untagged = matrix.untagged(cell.lesson)
        if full, !untagged.isEmpty {
            blocks += [.space, .heading("Context not tied to a program (\(untagged.count))")]
            for finding in untagged {
                blocks.append(.prose(TextBlock("\(LessonMatrix.label(finding.verdict)) · \(LessonMatrix.label(finding.strength)): \(finding.text) (\(context.dataset.citations(finding.sources).joined(separator: "; ")))",
                                               style: context.theme.muted, paragraphSpacing: 0)))
            }
        }
        return blocks
    }
}
