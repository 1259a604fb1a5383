/// The top-level screens, in tab order, reached with the digit keys (1 for the first).
///
/// The raw value is the screen's name everywhere it is typed or sent: `:map`, `:screen map`,
/// a briefing step's `"screen": "map"`, a follow-mode snapshot.
public enum ScreenID: String, CaseIterable, Hashable, Sendable {
    case overview, homicides, decrees, programs, claims, map

    /// The tab label in the title bar.
    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .homicides: return "Homicides"
        case .decrees: return "Decrees"
        case .programs: return "Programs"
        case .claims: return "Claims & Sources"
        case .map: return "Map"
        }
    }

    /// The tab label where the full ones do not fit (80 columns): a whole word, never a cut one.
    public var shortTitle: String {
        self == .claims ? "Claims" : title
    }

    /// The digit that jumps here.
    public var digit: Character {
        Character(String((ScreenID.allCases.firstIndex(of: self) ?? 0) + 1))
    }

    public var route: Route { .screen(self) }
}
