/// A focusable piece of prose on a card (a decree's facts and summary, a source's caveat):
/// Tab reaches it, the usual movement keys scroll it, Enter or `o` opens it full-screen.
///
/// A card's text is longer than a small terminal shows; declaring it as a pane, rather than
/// drawing it with an ellipsis, is what makes every line of it reachable.
struct TextPane {
    var title: String
    var blocks: [CardLayout.Block]

    init(_ title: String, _ blocks: [CardLayout.Block]) {
        self.title = title
        self.blocks = blocks
    }
}
