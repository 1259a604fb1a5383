import VigiaModel

/// A `:` command, parsed.
public enum Command: Hashable, Sendable {
    case country(String)
    case year(Int)
    case compare([String])
    case screen(ScreenID)
    case decree(String)
    case program(String)
    case source(String)
    case measure(HomicideMeasure)
    case zoom(DecreeZoom)
    /// Sets the selected row of the scenario editor (budget $m/yr, years, or a pillar's percent).
    case set(Double)
    case help
    /// Shows how recent the data is and what it covers.
    case dataStatus
    case quit

    /// Command names with their argument, for completion and help.
    public static let names: [(name: String, argument: String, summary: String)] = [
        ("country", "ISO3|name", "open a country's homicide history"),
        ("year", "YYYY", "move the year cursor (and open that year of a country)"),
        ("compare", "ISO3,ISO3,…", "compare countries on the Homicides chart"),
        ("screen", "name", "show a screen: " + ScreenID.allCases.map(\.rawValue).joined(separator: ", ") + " (:map alone works too)"),
        ("decree", "name", "open a decree card (\"824\", \"Decreto Ejecutivo 111\")"),
        ("program", "name", "open a program (\"merida\", \"bicent\")"),
        ("source", "name", "open a source card (\"avenue mia\", \"punto por punto\")"),
        ("measure", "rate|count", "homicide rate per 100k or count"),
        ("zoom", "years|months|days", "decree timeline zoom"),
        ("set", "N", "scenario: set the selected budget, duration or pillar share"),
        ("help", "", "show help"),
        ("quit", "", "quit"),
        ("about", "", "about the data: how recent it is and what it covers"),
    ]
}
