/// The files that make up a data folder, each a JSON object with one array under `key`.
public enum DataFile: String, CaseIterable, Sendable {
    case sources = "sources.json"
    case countries = "countries.json"
    case regions = "regions.json"
    case population = "population.json"
    case homicides = "homicides.json"
    case regionalHomicides = "regional_homicides.json"
    case monthlyHomicides = "homicides_monthly.json"
    case decrees = "decrees.json"
    case events = "events.json"
    case programs = "programs.json"
    case programFunding = "program_funding.json"
    case usAid = "us_aid.json"
    case lessons = "lessons.json"
    case claims = "claims.json"

    /// The file name inside the data folder.
    public var fileName: String { rawValue }

    /// The single top-level key holding the file's records.
    public var key: String { String(rawValue.dropLast(".json".count)) }

    /// Files larger than this are refused before parsing, so a hostile file cannot exhaust memory.
    public static let maximumBytes = 16 * 1024 * 1024
}
