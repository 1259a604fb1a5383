import VigiaModel

/// A deck as a Markdown handout: each step's screen as text (what `vigia render` would print),
/// its notes, and its sources with title, publisher, date and address.
///
/// Drawn by the same `Frame.render` the presenter uses, so the handout shows what the room saw.
public enum BriefingHandout {
    public static func markdown(_ deck: BriefingDeck, dashboard: Dashboard, size: Size = Size(width: 100, height: 30), glyphs: GlyphSet = .unicode) -> String {
        var out = "# \(deck.title)\n\n"
        if let description = deck.description, !description.isEmpty { out += description + "\n\n" }
        out += "\(deck.steps.count) steps. Each screen is drawn at \(size.width)×\(size.height) from the data set it cites.\n"
        for (index, step) in deck.steps.enumerated() {
            out += "\n## \(index + 1). \(step.title)\n\n"
            let state = dashboard.state(for: step)
            let canvas = Frame.render(ScreenContext(dashboard: dashboard, state: state, theme: .mono, glyphs: glyphs), size: size)
            // A fence longer than any backtick run in the screen, so the text cannot close it.
            let text = canvas.text
            var fence = "```"
            while text.contains(fence) { fence += "`" }
            out += fence + "text\n" + text + "\n" + fence + "\n\n"
            for paragraph in step.notes { out += dashboard.dataset.citingInWords(paragraph) + "\n\n" }
            let sources = step.sources + step.citedInNotes.filter { !step.sources.contains($0) }
            if !sources.isEmpty {
                out += "Sources:\n\n"
                for id in sources {
                    guard let source = dashboard.dataset.source(id) else {
                        out += "- unknown source\n"
                        continue
                    }
                    var line = "- \(source.shortCitation): \(source.title). \(source.publisher)"
                    if let date = source.date { line += ", \(date)" }
                    line += "."
                    if let url = source.urls.first { line += " <\(url)>" }
                    out += line + "\n"
                }
                out += "\n"
            }
        }
        return out
    }
}
