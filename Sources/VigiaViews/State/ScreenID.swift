/// The five top-level screens, reached with the digit keys 1–5.
public enum ScreenID: String, CaseIterable, Hashable, Sendable {
    case overview, homicides, decrees, programs, claims

    /// The tab label in the title bar.
    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .homicides: return "Homicides"
        case .decrees: return "Decrees"
        case .programs: return "Programs"
        case .claims: return "Claims & Sources"
        }
    }

    /// The digit that jumps here.
    public var digit: Character {
        Character(String((ScreenID.allCases.firstIndex(of: self) ?? 0) + 1))
    }

    public var route: Route { .screen(self) }
}
