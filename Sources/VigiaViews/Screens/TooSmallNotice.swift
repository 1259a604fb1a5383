/// "Terminal too small: need 40×12, have W×H", centred, instead of a squashed layout.
///
/// Why one renderer: the dashboard, `brief`, `follow`, `vigia render` and the terminal probe
/// all show this notice, and the terminal tests compare a live screen with the headless one,
/// so there must be exactly one way to draw it. The minimum itself is `Frame.minimumSize`.
public enum TooSmallNotice {
    /// The notice filling a canvas of `size`, or nil when `size` is at least `minimum`.
    public static func canvas(size: Size, minimum: Size, glyphs: GlyphSet, style: Style) -> Canvas? {
        guard size.width < minimum.width || size.height < minimum.height else { return nil }
        var canvas = Canvas(size: size)
        let lines = lines(size: size, minimum: minimum, unicode: glyphs.isUnicode)
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < size.height {
            let left = max(0, (size.width - line.count) / 2)
            canvas.put(line, x: left, y: top + index, style: style)
        }
        return canvas
    }

    /// The sentence on one line when it fits; otherwise the complaint and the sizes each start
    /// a line (so "need 40×12, have W×H" stays together where it can), wrapped at words.
    static func lines(size: Size, minimum: Size, unicode: Bool) -> [String] {
        let sizes = sizes(size: size, minimum: minimum, unicode: unicode)
        let width = max(1, size.width)
        let sentence = complaint + " " + sizes
        if sentence.count <= width { return [sentence] }
        return wrap(complaint, width: width) + wrap(sizes, width: width)
    }

    /// The whole notice on one line, whatever the size: "Terminal too small: need 40×12,
    /// have 10×5" (what `vigia render` reports instead of a frame).
    public static func sentence(size: Size, minimum: Size, unicode: Bool) -> String {
        complaint + " " + sizes(size: size, minimum: minimum, unicode: unicode)
    }

    private static let complaint = "Terminal too small:"

    private static func sizes(size: Size, minimum: Size, unicode: Bool) -> String {
        let times = unicode ? "×" : "x"
        return "need \(minimum.width)\(times)\(minimum.height), have \(size.width)\(times)\(size.height)"
    }

    /// Greedy word wrap; words longer than `width` are cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
