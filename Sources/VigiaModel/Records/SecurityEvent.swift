/// A dated security event: a prison massacre, an assassination, an escape, an election.
public struct SecurityEvent: Codable, Hashable, Sendable, Identifiable, TapeRecord {
    public var id: String
    public var country: String
    public var date: PartialDate
    public var category: String
    public var title: String
    public var summary: String
    /// Casualties as reported, in words, because tolls are often ranges or disputed.
    public var casualties: String?
    public var sources: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, country, date, category, title, summary, casualties, sources
    }

    /// The fields `init(from:)` reads, in declaration order, for `TapeFields`.
    static func read(fields f: inout TapeFields<CodingKeys>) throws -> SecurityEvent {
        try SecurityEvent(id: f(.id), country: f(.country), date: f(.date), category: f(.category),
                          title: f(.title), summary: f(.summary), casualties: f(.casualties), sources: f(.sources))
    }
}
