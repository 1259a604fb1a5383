import VigiaModel

/// A deck as a Markdown handout: each step's screen as text (what `vigia render` would print)
/// and its sources with title, publisher, date and address; the presenter's notes only when
/// asked for, as in the HTML handout, since a handout is what attendees keep.
///
/// Drawn by the same `Frame.render` the presenter uses, so the handout shows what the room saw.
public enum BriefingHandout {
    public static func markdown(_ deck: BriefingDeck, dashboard: Dashboard, size: Size = Size(width: 100, height: 30),
                                glyphs: GlyphSet = .unicode, withNotes: Bool = false) -> String {
        var out = "# \(deck.title)\n\n"
        if let description = deck.description, !description.isEmpty { out += description + "\n\n" }
        out += "\(deck.steps.count) steps. Each screen is drawn at \(size.width)×\(size.height) from the data set it cites, without the terminal's line of keys.\n"
        for (index, step) in deck.steps.enumerated() {
            out += "\n## \(index + 1). \(step.title)\n\n"
            let text = page(step, dashboard: dashboard, size: size, glyphs: glyphs)
            // A fence longer than any backtick run in the screen, so the text cannot close it.
            var fence = "```"
            while text.contains(fence) { fence += "`" }
            out += fence + "text\n" + text + "\n" + fence + "\n\n"
            if withNotes, !step.notes.isEmpty {
                out += "Notes:\n\n"
                for paragraph in step.notes { out += dashboard.dataset.citingInWords(paragraph) + "\n\n" }
            }
            let citations = citations(of: step, in: dashboard.dataset)
            if !citations.isEmpty {
                out += "Sources:\n\n"
                for citation in citations { out += "- " + citation.text + (citation.url.map { " <\($0)>" } ?? "") + "\n" }
                out += "\n"
            }
        }
        return out
    }

    /// A step's screen as both handouts print it: the frame the room saw without its bottom
    /// line, the keys, which do nothing on paper.
    static func page(_ step: BriefingStep, dashboard: Dashboard, size: Size, glyphs: GlyphSet) -> String {
        let canvas = Frame.render(ScreenContext(dashboard: dashboard, state: dashboard.state(for: step), theme: .mono, glyphs: glyphs), size: size)
        return (0..<max(0, canvas.size.height - 1)).map(canvas.line).joined(separator: "\n")
    }

    /// A step's sources as both handouts list them: those it names, then those its notes cite
    /// that it does not name, each as "Short: Title. Publisher, date." with its first address
    /// ("unknown source", without one, for an id the data set lacks).
    static func citations(of step: BriefingStep, in dataset: Dataset) -> [(text: String, url: String?)] {
        let ids = step.sources + step.citedInNotes.filter { !step.sources.contains($0) }
        return ids.map { id in
            guard let source = dataset.source(id) else { return ("unknown source", nil) }
            var text = "\(source.shortCitation): \(source.readableTitle). \(source.publisher)"
            if let date = source.date { text += ", \(date)" }
            return (text + ".", source.urls.first)
        }
    }
}
