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
