/// The best sourced total of a program over its own span and basis, saying which.
///
/// First the money of the same-footing comparison (a total checkpoint over the program's own
/// years, else one annual total series summed over its years), so the Programs table and the
/// scenario's comparison never disagree; else the total a source states for the program as a
/// whole; else a gap that says why there is none (a framework, a proposal with no amount).
public struct ProgramTotal: Sendable, Hashable {
    public var figure: BasedFigure
    /// The fiscal years the figure covers, when known.
    public var window: ClosedRange<Int>?
    /// True when the figure is the program record's own stated total.
    public var isStated: Bool

    public static func best(_ program: Program, dataset: Dataset) -> ProgramTotal {
        let money = ProgramFooting.moneyFigure(program, records: dataset.funding(of: program.id))
        if money.total.value.value != nil {
            return ProgramTotal(figure: money.total, window: money.window, isStated: false)
        }
        let basis = program.totalBasis ?? "no total in the sources"
        guard let stated = program.totalUSDMillions else {
            return ProgramTotal(figure: BasedFigure(.gap(Gap([basis])), basis: basis, sources: program.sources), window: nil, isStated: false)
        }
        let window = program.startYear.flatMap { start in program.endYear.map { start...max(start, $0) } }
        return ProgramTotal(figure: BasedFigure(.value(stated), basis: basis, sources: program.sources), window: window, isStated: true)
    }
}
