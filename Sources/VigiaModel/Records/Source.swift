/// Where a figure came from: every number in the data set names one of these by `id`.
public struct Source: Codable, Hashable, Sendable, Identifiable, TapeRecord {
    public var id: String
    public var title: String
    public var publisher: String
    /// The addresses as stored (often a mirror or syndicated copy; `caveat` says so).
    public var urls: [String]
    /// Publication date at the precision the source gives; nil when it is undated.
    public var date: PartialDate?
    public var dateNote: String?
    /// Repository, commit or file details for data taken from a copy of a dataset.
    public var location: String?
    public var caveat: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, publisher, urls, date, location, caveat
        case dateNote = "date_note"
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> Source {
        try Source(id: f(.id), title: f(.title), publisher: f(.publisher), urls: f(.urls), date: f(.date),
                   dateNote: f(.dateNote), location: f(.location), caveat: f(.caveat))
    }
}

extension Source {
    /// Whether `id` is written as every source id is (`UNODC_OWID`, `DEC-S147`): ids are typed
    /// in commands and kept in many files, so spaces and punctuation are refused where a
    /// source is made.
    public static func isWellFormedID(_ id: String) -> Bool {
        guard let first = id.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return id.utf8.allSatisfy { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }

    /// Whether `url` is an http(s) address without spaces. A byte test for the space:
    /// Foundation's `contains` costs a locale-aware search per URL.
    public static func isWebAddress(_ url: String) -> Bool {
        (url.hasPrefix("https://") || url.hasPrefix("http://")) && url.utf8.count > 8 && !url.utf8.contains(0x20)
    }
}
