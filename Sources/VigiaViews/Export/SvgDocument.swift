import Foundation

/// A standalone SVG picture, built as text: one title, a subtitle saying what the figures are,
/// the chart, and the sources in a footer, on a white page a memo or slide can take as it is.
///
/// Text is escaped once here, so a name or citation from the data can never break the markup;
/// fonts are generic families, so the file needs nothing beside it.
public struct SvgDocument: Sendable {
    public let width: Double
    public let height: Double
    private var elements: [String] = []

    /// The page's typography and margins, shared by every chart.
    static let margin = 24.0
    static let titleSize = 20.0
    static let textSize = 13.0
    static let footerSize = 11.0
    static let font = "Helvetica, Arial, sans-serif"
    static let ink = "#222222"
    static let muted = "#666666"
    static let grid = "#dddddd"

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func add(_ element: String) {
        elements.append(element)
    }

    /// Adds `text` at `x`, `y` (the baseline); `anchor` is start, middle or end.
    mutating func text(_ text: String, x: Double, y: Double, size: Double = textSize, anchor: String = "start",
                       fill: String = ink, bold: Bool = false, extra: String = "") {
        add(#"<text x="\#(Self.number(x))" y="\#(Self.number(y))" font-size="\#(Self.number(size))" text-anchor="\#(anchor)" fill="\#(fill)""#
            + (bold ? #" font-weight="bold""# : "") + (extra.isEmpty ? "" : " " + extra) + ">\(Self.escape(text))</text>")
    }

    /// The title and subtitle at the top; returns where the chart may start.
    mutating func heading(_ title: String, subtitle: String) -> Double {
        text(title, x: Self.margin, y: Self.margin + Self.titleSize, size: Self.titleSize, bold: true, extra: #"class="title""#)
        text(subtitle, x: Self.margin, y: Self.margin + Self.titleSize + 22, fill: Self.muted, extra: #"class="subtitle""#)
        return Self.margin + Self.titleSize + 40
    }

    /// The footer: "Sources: …" wrapped to the page's width, ending at the page's bottom.
    mutating func footer(_ lines: [String]) {
        let wrapped = lines.flatMap { Self.wrap($0, columns: Int((width - 2 * Self.margin) / (Self.footerSize * 0.52))) }
        for (index, line) in wrapped.enumerated() {
            let y = height - Self.margin + Double(index - wrapped.count + 1) * (Self.footerSize + 4)
            text(line, x: Self.margin, y: y, size: Self.footerSize, fill: Self.muted, extra: #"class="sources""#)
        }
    }

    /// How tall the footer for `lines` is, so a chart can leave room for it.
    func footerHeight(_ lines: [String]) -> Double {
        let count = lines.flatMap { Self.wrap($0, columns: Int((width - 2 * Self.margin) / (Self.footerSize * 0.52))) }.count
        return Double(count) * (Self.footerSize + 4) + 8
    }

    /// The whole file, with `title` as the picture's accessible name.
    public func rendered(title: String, description: String) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(Self.number(width))" height="\#(Self.number(height))" "#
        out += #"viewBox="0 0 \#(Self.number(width)) \#(Self.number(height))" font-family="\#(Self.font)">"# + "\n"
        out += "<title>\(Self.escape(title))</title>\n<desc>\(Self.escape(description))</desc>\n"
        out += ##"<rect width="100%" height="100%" fill="#ffffff"/>"## + "\n"
        out += elements.joined(separator: "\n") + "\n</svg>\n"
        return out
    }

    /// A coordinate with at most two decimals, without trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.2f", rounded).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
    }

    /// Text made safe for an element or an attribute. XML 1.0 forbids the control characters
    /// other than tab and line breaks, even escaped, so they become spaces.
    static func escape(_ text: String) -> String {
        text.escaping(xmlEscapes) { scalar in
            let isControl = (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || (0x7F...0x9F).contains(scalar.value)
            return isControl ? " " : nil
        }
    }

    private static let xmlEscapes: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;"]

    /// `text` broken at spaces into lines of at most `columns` characters.
    static func wrap(_ text: String, columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > max(20, columns) {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
