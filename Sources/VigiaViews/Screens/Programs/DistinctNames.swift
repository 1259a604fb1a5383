/// Names cut to a column by a rule that keeps them apart: a name that fits is kept; one that
/// does not is cut at the end, unless that would make it read like another cut name ("Plan
/// Ecuador …" three times), in which case its end is kept instead of its middle ("Plan
/// E…(Correa)"), the end being where such names differ.
enum DistinctNames {
    static func shorten(_ names: [String], to width: Int, ellipsis: String) -> [String] {
        guard width > 0 else { return names.map { _ in "" } }
        let cut = names.map { TextFit.truncate($0, to: width, ellipsis: ellipsis) }
        var counts: [String: Int] = [:]
        for name in cut { counts[name, default: 0] += 1 }
        return zip(names, cut).map { name, short in
            guard short != name, counts[short, default: 0] > 1 else { return short }
            return keepingEnd(name, width: width, ellipsis: ellipsis)
        }
    }

    /// The first characters, the ellipsis and the last word or words that fit in half the width
    /// (else the last characters that do).
    static func keepingEnd(_ name: String, width: Int, ellipsis: String) -> String {
        let room = width - DisplayWidth.of(ellipsis)
        guard room >= 2 else { return TextFit.truncate(name, to: width, ellipsis: ellipsis) }
        let maxTail = max(1, room - max(1, room / 3))
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        var tail = ""
        for word in words.reversed() {
            let candidate = tail.isEmpty ? String(word) : word + " " + tail
            guard DisplayWidth.of(candidate) <= maxTail else { break }
            tail = candidate
        }
        if tail.isEmpty { tail = String(name.suffix(maxTail)) }
        var head = String(name.prefix(max(1, room - DisplayWidth.of(tail))))
        while head.count > 1, head.last == " " { head.removeLast() }
        return head + ellipsis + tail
    }
}
