import Foundation

/// Words for the ids and keys a record points at, so views never show a key to a person.
///
/// Ids stay the links between files and the columns of `--format json`; every screen, card
/// and handout goes through these instead.
extension Dataset {
    /// The short citation of a source ("U.S. GAO, 2008"), or a plain warning when the id is
    /// unknown (only in data that failed validation).
    public func citation(_ sourceID: String) -> String {
        source(sourceID)?.shortCitation ?? "unknown source"
    }

    /// " [source: CRS, 2020, versions of 20 Jul 2020 and 1 Nov 2021]": the sources behind a
    /// figure, after its basis; empty with none. It says "source" so the bracket is never read
    /// as part of a series' quoted name, whose own "(CRS, 2021)" names the version it comes
    /// from; a source record holding several versions (its date note says "versions of …")
    /// gives them, which is why the years of the two can differ. Other date notes stay on the
    /// source card.
    public func sourceBracket(_ sourceIDs: [String]) -> String {
        guard !sourceIDs.isEmpty else { return "" }
        let cited = sourceIDs.map { id in
            citation(id) + (source(id)?.dateNote.flatMap { $0.hasPrefix("versions") ? ", " + $0 : nil } ?? "")
        }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return " [source\(cited.count == 1 ? "" : "s"): \(cited.joined(separator: "; "))]"
    }

    /// The citations of several sources, in order, without repeats.
    public func citations(_ sourceIDs: [String]) -> [String] {
        sourceIDs.map(citation).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The label a program declares for a funding category (validation requires one); the
    /// key in words when a hostile or partial data set lacks it.
    public func categoryLabel(_ category: String, of programID: String) -> String {
        program(programID)?.label(ofCategory: category) ?? DataKey.words(category)
    }

    /// How a decree is named: its reference ("Decreto Ejecutivo 111"), else its kind and start.
    public func decreeName(_ id: String) -> String {
        guard let decree = decree(id) else { return "unknown decree" }
        if let reference = decree.reference { return reference }
        return decree.start.map { "\(decree.kind.label) of \($0)" } ?? decree.kind.label
    }

    /// How an event is named: its title.
    public func eventName(_ id: String) -> String {
        events.first { $0.id == id }?.title ?? "unknown event"
    }

    /// How a claim is named: its title.
    public func claimName(_ id: String) -> String {
        claims.first { $0.id == id }.map(\.title) ?? "unknown claim"
    }

    /// How a program is named: its short name.
    public func programName(_ id: String) -> String {
        program(id)?.shortName ?? DataKey.words(id)
    }
}

/// Open-ended keys that the data defines without a label of their own (event categories,
/// claim topics, outcome indicators): they are written as English phrases in snake_case,
/// so the phrase itself, capitalised, is the label.
public enum DataKey {
    /// "prison_massacre" reads "Prison massacre".
    public static func words(_ key: String) -> String {
        let phrase = key.replacingOccurrences(of: "_", with: " ")
        return phrase.prefix(1).uppercased() + phrase.dropFirst()
    }
}

extension Dataset {
    /// The text with each bracketed or parenthesised list of known source ids ("[PRG-S39,
    /// UNODC_OWID]", "(SV_FGR_ELMUNDO_2023)") written as citations ("[Spamchronicles, 2024;
    /// UNODC via Our World in Data, 2025]"), for prose such as briefing notes and caveats that
    /// cites sources the way the data files do. Brackets holding anything else stay as written.
    public func citingInWords(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "[" || $0 == "(" }) {
            let closing: Character = rest[open] == "[" ? "]" : ")"
            guard let close = rest[open...].firstIndex(of: closing) else { break }
            let inside = rest[rest.index(after: open)..<close]
            let ids = inside.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            result += rest[..<open]
            if !ids.isEmpty, ids.allSatisfy({ source($0) != nil }) {
                result += String(rest[open]) + citations(ids).joined(separator: "; ") + String(closing)
                rest = rest[rest.index(after: close)...]
            } else {
                result.append(rest[open])
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }
}
