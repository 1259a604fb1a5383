/// The indexes of the largest files, built without a copy of every record: at 100× the data
/// such copies were a quarter of the dashboard's memory.
extension Dataset {
    /// A series' key: a struct, not a joined string, so grouping sixty thousand figures makes no strings.
    struct SeriesKey: Hashable {
        var area: String
        var measure: HomicideMeasure
    }

    /// The position of the first record with each key.
    static func firstPositions<Record>(_ records: [Record], key: (Record) -> String) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(records.count)
        for index in records.indices where positions[key(records[index])] == nil {
            positions[key(records[index])] = index
        }
        return positions
    }

    /// The position of the first population record of each area and year.
    static func populationPositions(_ records: [PopulationRecord]) -> [String: [Int: Int]] {
        var positions: [String: [Int: Int]] = [:]
        for index in records.indices where positions[records[index].area]?[records[index].year] == nil {
            positions[records[index].area, default: [:]][records[index].year] = index
        }
        return positions
    }

    /// The annual series of every area and measure, in file order (countries, then regions).
    /// Positions are grouped first, so each series' records are copied once, into an array of
    /// the right size.
    static func annualSeries(_ lists: [HomicideRecord]...) -> [SeriesKey: HomicideSeries] {
        var grouped: [SeriesKey: [(list: Int, index: Int)]] = [:]
        for (list, records) in lists.enumerated() {
            for index in records.indices where records[index].coversWholeYear {
                grouped[SeriesKey(area: records[index].area, measure: records[index].measure), default: []].append((list, index))
            }
        }
        return grouped.mapValues { positions in
            let records = positions.map { lists[$0.list][$0.index] }
            return HomicideSeries(area: records[0].area, measure: records[0].measure, records: records)
        }
    }
}
