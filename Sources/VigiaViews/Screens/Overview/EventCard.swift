import VigiaModel

/// An event card: what happened, where and when, the toll as reported, and its sources.
///
/// Tolls stay in the words of the sources ("at least 46 killed") because they are often
/// ranges or disputed; the sources are a list so Enter opens each one.
struct EventCard: RouteView {
    let id: String

    var tab: ScreenID? { .overview }

    func crumb(in dataset: Dataset) -> String { dataset.eventName(id) }

    /// The event's sources.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        dashboard.sourceRows(dashboard.dataset.events.first { $0.id == id }?.sources ?? [])
    }

    /// The event's facts and summary, after the sources in Tab order.
    func textPanes(in context: ScreenContext) -> [TextPane] {
        let dataset = context.dataset
        guard let event = dataset.events.first(where: { $0.id == id }) else { return [] }
        return [TextPane(event.title, [
            .facts([
                CardLayout.Fact("Date", Format.date(event.date)),
                CardLayout.Fact("Country", dataset.areaName(event.country)),
                CardLayout.Fact("Category", DataKey.words(event.category)),
                CardLayout.Fact("Casualties", event.casualties.map { "\($0) (as reported)" } ?? "n/a (no toll reported)",
                                style: event.casualties == nil ? context.theme.gap : nil),
            ]),
            .space,
            .prose(TextBlock(event.summary)),
        ])]
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        guard let pane = textPanes(in: context).first else {
            let inner = context.panel("Event", pane: nil, into: &canvas, in: rect)
            TextBlock("This event is not in the data.", style: context.theme.warning).draw(into: &canvas, in: inner)
            return
        }
        let rows = context.rows()
        let cardHeight = CardLayout.height(pane.blocks, width: max(1, rect.width - 2), context: context) + 2
        let split = rect.splitTop(min(cardHeight, max(rect.height / 2, rect.height - rows.count - 3)))
        context.drawTextPane(0, into: &canvas, in: split.top)
        SourceCard.drawSourceList(rows, title: "Sources", into: &canvas, in: split.rest, context: context)
    }
}
