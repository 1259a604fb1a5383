import Foundation

/// How a source is named wherever a person reads it: screens, cards, handouts.
///
/// Source ids (`UNODC_OWID`, `PRG-S43`) are keys for the data files and `--format json`; a
/// briefer needs "who said it, when" instead, in the author–year style of a footnote. The
/// source card keeps the full title, publisher and addresses.
extension Source {
    /// "UNODC via Our World in Data, 2025", "U.S. GAO, 2008": the publisher without asides,
    /// and the year when the source is dated.
    ///
    /// Built from the record rather than stored, so a new source is cited without extra data.
    /// Parenthetical asides and everything after the first comma or semicolon ("citing …",
    /// further republishers) are left to the card; one named republisher stays as "via …".
    /// A long dataset name that opens with an acronym keeps only the acronym ("UNODC").
    public var shortCitation: String {
        let plain = Self.withoutAsides(publisher)
        let cut = plain.firstIndex { $0 == "," || $0 == ";" }
        var base = cut.map { String(plain[..<$0]) } ?? plain
        let rest = cut.map { String(plain[plain.index(after: $0)...]) } ?? ""
        let words = base.split(separator: " ")
        if words.count > 4, let first = words.first, first.count >= 2, first.allSatisfy({ $0.isUppercase && $0.isLetter }) {
            base = String(first)
        }
        if !base.contains(" via "), let range = rest.range(of: "republished by ") {
            let republisher = rest[range.upperBound...].trimmingWhitespace
            if !republisher.contains(" and "), !republisher.contains(","), !republisher.contains(";"), !republisher.isEmpty {
                base += " via " + republisher
            }
        }
        base = base.trimmingWhitespace
        if base.isEmpty { base = title }
        guard let year = date?.year else { return base }
        return "\(base), \(year)"
    }

    /// The title without its asides ("U.S. Foreign Assistance by Country"), which tells two
    /// sources cited alike apart where a line has no room for the whole title.
    public var shortTitle: String {
        Self.withoutAsides(readableTitle)
    }

    /// True when the data gives a bracketed description of the piece because its headline is
    /// not known ("[Task & Purpose report on …]").
    public var isDescribedTitle: Bool { title.hasPrefix("[") && title.hasSuffix("]") && title.count > 2 }

    /// The title as a person reads it: the headline, or the description without its brackets
    /// and marked as one.
    public var readableTitle: String {
        isDescribedTitle ? String(title.dropFirst().dropLast()) + " (a description, not its title)" : title
    }

    /// The text with bracketed and parenthesised asides removed and spaces collapsed.
    private static func withoutAsides(_ text: String) -> String {
        var kept = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: if depth == 0 { kept.append(character) }
            }
        }
        let words = kept.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: " ;", with: ";")
    }
}

extension StringProtocol {
    fileprivate var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
