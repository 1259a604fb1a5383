/// Drawing a route's text panes: the position in the border, the "more" mark, and the record
/// `reduce` scrolls by.
extension ScreenContext {
    /// The route's own view.
    var view: any RouteView { RouteRegistry.view(for: state.route) }

    /// The pane number of the route's `number`th text pane: text panes follow the lists.
    func textPaneIndex(_ number: Int) -> Int { view.paneCount + number }

    /// Draws the route's `number`th text pane in `rect` (bordered, scrolled to its offset).
    func drawTextPane(_ number: Int, into canvas: inout Canvas, in rect: Rect) {
        let panes = view.textPanes(in: self)
        guard panes.indices.contains(number) else { return }
        drawTextPane(panes[number], index: textPaneIndex(number), into: &canvas, in: rect)
    }

    /// Draws `pane` as pane `index`: "12–30 of 54" at the top right while it does not fit,
    /// "↓ more" at the bottom while lines are below, and its extent for scrolling.
    func drawTextPane(_ pane: TextPane, index: Int, into canvas: inout Canvas, in rect: Rect) {
        guard rect.width >= 3, rect.height >= 3 else {
            _ = panel(pane.title, pane: index, into: &canvas, in: rect)
            return
        }
        let interior = rect.inset(by: 1)
        let lines = CardLayout.lines(pane.blocks, width: interior.width, context: self)
        let extent = PaneExtent(rect: rect, lines: lines.count, visible: interior.height)
        let offset = min(max(0, state.scroll[ListKey(state.route, pane: index)] ?? 0), extent.maxOffset)
        let last = min(offset + interior.height, lines.count)
        let badge = lines.count > interior.height ? "\(offset + 1)\(rangeDash)\(last) of \(lines.count)" : nil
        let inner = panel(pane.title, pane: index, into: &canvas, in: rect, badge: badge)
        for (row, spans) in lines[offset..<last].enumerated() {
            var x = inner.x
            for span in spans {
                x += canvas.put(span.text, x: x, y: inner.y + row, style: span.style, clip: inner)
            }
        }
        if last < lines.count {
            let mark = glyphs.isUnicode ? " ↓ more " : " v more "
            canvas.put(mark, x: rect.maxX - 2 - DisplayWidth.of(mark), y: rect.maxY - 1, style: theme.accent.adding(.bold), clip: rect)
        }
        canvas.panes[index] = extent
    }
}
