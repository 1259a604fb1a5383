/// A recipient's homicide rate when a program started, when it ended and five years later.
public struct ProgramBaseline: Sendable, Hashable {
    /// One checkpoint: the year asked for and the default rate there, or nil for a gap.
    public struct Point: Sendable, Hashable {
        public var year: Int
        public var rate: Double?
        public var source: String?
    }

    public var program: String
    public var country: String
    public var start: Point?
    public var end: Point?
    public var endPlusFive: Point?

    /// Baselines for every recipient of `program`; a checkpoint is nil when the program has
    /// no such year (e.g. no end year), and its rate is nil when the year is unsourced.
    public static func compute(_ dataset: Dataset, program: Program) -> [ProgramBaseline] {
        program.recipients.map { country in
            let series = dataset.series(country, .ratePer100k)
            func point(_ year: Int?) -> Point? {
                guard let year else { return nil }
                let record = series.record(in: year)
                return Point(year: year, rate: record?.value, source: record?.source)
            }
            return ProgramBaseline(
                program: program.id, country: country,
                start: point(program.startYear),
                end: point(program.endYear),
                endPlusFive: point(program.endYear.map { $0 + 5 })
            )
        }
    }
}
