/// A briefing: a titled sequence of dashboard screens with speaker notes, read from a JSON file
/// in `Data/briefings/` and checked against the data set by `BriefingLoader`.
///
/// A deck stores navigation (which screen, which countries, which year), never rendered text,
/// so each presenter and follower draws a step at their own terminal size.
public struct BriefingDeck: Codable, Hashable, Sendable {
    public var title: String
    /// One or two sentences for the handout's header; optional.
    public var description: String?
    public var steps: [BriefingStep]

    public init(title: String, description: String? = nil, steps: [BriefingStep]) {
        self.title = title
        self.description = description
        self.steps = steps
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, description, steps
    }

    /// A deck larger than this is refused before parsing (a deck is prose, not a data table).
    public static let maximumBytes = 1024 * 1024
    /// More steps than this is almost certainly a generated or corrupted file.
    public static let maximumSteps = 500
}

/// One step of a deck: a screen, the selection on it, and what the presenter says.
///
/// The selection fields use the vocabulary of the `:` commands (`:country ECU`, `:compare
/// ECU,COL`, `:year 2023`, `:decree D020`, `:program merida`, `:zoom months`), so a step reads
/// like the commands a presenter would otherwise type.
public struct BriefingStep: Codable, Hashable, Sendable {
    /// The heading shown in the presenter's bar and in the handout.
    public var title: String
    public var screen: Screen
    /// Opens one country: its homicide history (`homicides`), or its decrees (`decrees`).
    public var country: String?
    /// Countries on the Homicides comparison chart (at most 8).
    public var compare: [String]?
    /// The year cursor; with `country` on `homicides`, that country-year's card.
    public var year: Int?
    /// Homicide rate or count.
    public var measure: HomicideMeasure?
    /// A decree card (on `decrees`).
    public var decree: String?
    /// The decree timeline's zoom.
    public var zoom: Zoom?
    /// A program (on `programs`).
    public var program: String?
    /// A claim card with its verdict (on `claims`).
    public var claim: String?
    /// A source card (on `claims`, above the claim when both are given).
    public var source: String?
    /// An event card (on `overview`).
    public var event: String?
    /// Speaker notes, one paragraph per string. `[SOURCE_ID]` in the text cites a source.
    public var notes: [String]
    /// Sources the notes rely on, listed under the notes and in the handout.
    public var sources: [String]
    /// How long the presenter plans to spend on this step, in minutes; optional. The presenter's
    /// view compares the running time with the plan of the steps that have one.
    public var minutes: Double?

    public init(
        title: String, screen: Screen, country: String? = nil, compare: [String]? = nil, year: Int? = nil,
        measure: HomicideMeasure? = nil, decree: String? = nil, zoom: Zoom? = nil, program: String? = nil,
        claim: String? = nil, source: String? = nil, event: String? = nil, notes: [String], sources: [String] = [],
        minutes: Double? = nil
    ) {
        self.title = title
        self.screen = screen
        self.country = country
        self.compare = compare
        self.year = year
        self.measure = measure
        self.decree = decree
        self.zoom = zoom
        self.program = program
        self.claim = claim
        self.source = source
        self.event = event
        self.notes = notes
        self.sources = sources
        self.minutes = minutes
    }

    /// The longest plan a step may have: a step is minutes of a briefing, not an afternoon.
    public static let maximumMinutes = 240.0

    /// The top-level screens, as `:screen` names them.
    public enum Screen: String, DataEnum {
        case overview, homicides, decrees, programs, claims, map
    }

    /// The decree timeline's zoom levels, as `:zoom` names them.
    public enum Zoom: String, DataEnum {
        case years, months, days
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, screen, country, compare, year, measure, decree, zoom, program, claim, source, event, notes, sources, minutes
    }

    /// Source ids cited in the notes as `[ID]`, in order of first mention.
    public var citedInNotes: [String] {
        var found: [String] = []
        for paragraph in notes {
            var rest = Substring(paragraph)
            while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
                let inside = rest[rest.index(after: open)..<close]
                for part in inside.split(separator: ",") {
                    let id = part.trimmingCharacters(in: .whitespaces)
                    if Self.looksLikeSourceID(id), !found.contains(id) { found.append(id) }
                }
                rest = rest[rest.index(after: close)...]
            }
        }
        return found
    }

    /// The shape of a source id (`^[A-Z0-9][A-Za-z0-9_.-]*$`), so ordinary bracketed prose
    /// ("[sic]") is not mistaken for a citation.
    static func looksLikeSourceID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("A"..."Z").contains(first) || ("0"..."9").contains(first) else { return false }
        let hasDigitOrSeparator = text.unicodeScalars.contains { ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        return hasDigitOrSeparator && text.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0)
        }
    }
}
