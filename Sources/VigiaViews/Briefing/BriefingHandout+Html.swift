import VigiaModel

/// A deck as one self-contained HTML handout attendees can keep: each step's title, its screen
/// as text (what the room saw), its chart as inline SVG and its sources; the presenter's notes
/// only when asked for. No script, font or image is fetched: the file opens offline as it is.
extension BriefingHandout {
    public static func html(_ deck: BriefingDeck, dashboard: Dashboard, size: Size = Size(width: 100, height: 30),
                            glyphs: GlyphSet = .unicode, withNotes: Bool = false) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(escape(deck.title))</title>\n<style>\(style)</style>\n</head>\n<body>\n"
        out += "<h1>\(escape(deck.title))</h1>\n"
        if let description = deck.description, !description.isEmpty { out += "<p class=\"description\">\(escape(description))</p>\n" }
        out += "<p class=\"about\">\(deck.steps.count) steps. Each screen is drawn at \(size.width)×\(size.height) from the data set it cites, without the terminal's line of keys.</p>\n"
        for (index, step) in deck.steps.enumerated() {
            out += section(step, number: index + 1, dashboard: dashboard, size: size, glyphs: glyphs, withNotes: withNotes)
        }
        return out + "</body>\n</html>\n"
    }

    private static func section(_ step: BriefingStep, number: Int, dashboard: Dashboard, size: Size, glyphs: GlyphSet, withNotes: Bool) -> String {
        let dataset = dashboard.dataset
        var out = "<section class=\"step\" id=\"step-\(number)\">\n<h2>\(number). \(escape(step.title))</h2>\n"
        out += "<pre class=\"screen\">\(escape(BriefingHandout.page(step, dashboard: dashboard, size: size, glyphs: glyphs)))</pre>\n"
        if let svg = SvgStepChart.svg(for: step, dashboard: dashboard, number: number) {
            // The XML declaration belongs to a file, not to SVG inside HTML.
            let inline = svg.split(separator: "\n", maxSplits: 1).dropFirst().joined()
            out += "<figure class=\"chart\">\n\(inline)</figure>\n"
        }
        if withNotes {
            out += "<div class=\"notes\">\n<h3>Notes</h3>\n"
            for paragraph in step.notes { out += "<p>\(escape(dataset.citingInWords(paragraph)))</p>\n" }
            out += "</div>\n"
        }
        let citations = citations(of: step, in: dataset)
        if !citations.isEmpty {
            out += "<h3>Sources</h3>\n<ul class=\"sources\">\n"
            for citation in citations {
                let link = citation.url.map { " <a href=\"\(escape($0))\">\(escape($0))</a>" } ?? ""
                out += "<li>\(escape(citation.text))\(link)</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    /// Text made safe for HTML content and attributes.
    static func escape(_ text: String) -> String { SvgDocument.escape(text) }

    private static let style = """
        body { font-family: Helvetica, Arial, sans-serif; max-width: 1000px; margin: 2em auto; padding: 0 1em; color: #222; }
        h1 { font-size: 1.8em; } h2 { margin-top: 2em; border-top: 1px solid #ccc; padding-top: 1em; }
        pre.screen { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 11px; line-height: 1.15;
          background: #f6f6f6; padding: 0.8em; overflow-x: auto; }
        figure.chart { margin: 1em 0; } figure.chart svg { max-width: 100%; height: auto; }
        .notes { background: #fffbe6; padding: 0.2em 1em; } ul.sources { font-size: 0.9em; color: #444; }
        .description, .about { color: #555; }
        """
}
