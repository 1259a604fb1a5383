import VigiaModel

/// What a list row stands for, typed, so Enter and `s` ask a row what it is rather than
/// taking a string id apart again.
///
/// A target carries what it needs to be resolved on its own (a homicide value names its
/// country and year), except where only the route gives it a meaning: a year of a country's
/// history or a program's fiscal year drill according to the screen that lists them.
public enum RowTarget: Hashable, Sendable {
    case country(String)
    /// A year of the country whose history is on screen.
    case year(Int)
    case decree(String)
    case event(String)
    case source(String)
    /// One published homicide value. It names its measure, part of the year, source and
    /// release, because one source may publish a preliminary and a revised figure for a cell.
    case homicideValue(HomicideValue)
    /// One month's count of a country (its latest release stands for it).
    case month(country: String, YearMonth)
    case program(String)
    /// A fiscal year of the program on screen.
    case fiscalYear(Int)
    /// One funding record of a program, by its position in `Dataset.funding(of:)`.
    case funding(program: String, index: Int)
    case claim(String)
    /// One figure of a claim, by its position in `Claim.figures`.
    case claimFigure(claim: String, index: Int)
    case lessonCell(lesson: String, column: String)
    case scenarioField(ScenarioSession.Field)
    /// A line of the help screen, selectable only so the help scrolls.
    case helpLine(Int)
    /// A figure no single source states (a tile, a program total): `s` opens its arithmetic.
    case computed(ComputedFigure)

    /// The code of a country row, which most of the homicide screens key their drawing by.
    public var countryCode: String? {
        if case .country(let code) = self { return code }
        return nil
    }
}
