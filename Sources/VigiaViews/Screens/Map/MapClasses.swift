import VigiaModel

/// The map's sequential scale: homicide rates per 100,000 in five fixed classes.
///
/// Fixed rather than fitted to a year's values, so a colour (and a density of dots) means the
/// same rate in every year and a country changing class is a real change. The breaks are the
/// ones maps of homicide commonly use: the world rate is about 5, and above 40 is a crisis.
public enum MapClasses {
    /// The lower bounds of classes 2…5 (class 1 starts at zero).
    public static let breaks: [Double] = [5, 10, 20, 40]

    public static var count: Int { breaks.count + 1 }

    /// The class of `rate`, 0 for the lowest; nil for a gap.
    public static func index(of rate: Double?) -> Int? {
        guard let rate, rate.isFinite else { return nil }
        return breaks.lastIndex { rate >= $0 }.map { $0 + 1 } ?? 0
    }

    /// The range of class `index` in words ("10–20", "under 5", "40 and over").
    public static func label(_ index: Int) -> String {
        let whole = breaks.map { String(Int($0)) }
        if index == 0 { return "under \(whole[0])" }
        if index == breaks.count { return "\(whole[index - 1]) and over" }
        return "\(whole[index - 1])–\(whole[index])"
    }

    /// The cursor year's rate and source of every country the data set covers.
    public static func rates(_ dataset: Dataset, year: Int) -> [String: HomicideRecord] {
        var rates: [String: HomicideRecord] = [:]
        for country in dataset.countries {
            if let record = dataset.series(country.iso3, .ratePer100k).record(in: year) { rates[country.iso3] = record }
        }
        return rates
    }
}

extension MapScreen {
    /// What `vigia export map` writes: each outlined country's rate in `year`, its class and source.
    static func exportTable(_ dataset: Dataset, year: Int) -> ExportTable {
        let rates = MapClasses.rates(dataset, year: year)
        return ExportTable(
            columns: ["iso3", "country", "year", "rate_per_100k", "class", "class_range", "source"],
            headers: ["ISO3", "Country", "Year", "Rate per 100k", "Class", "Class range", "Source"],
            rows: dataset.outlines.map { outline in
                let record = rates[outline.iso3]
                let level = MapClasses.index(of: record?.value)
                return [.text(outline.iso3), .text(dataset.country(outline.iso3)?.name ?? outline.name), .integer(year), .number(record?.value),
                        .integer(level.map { $0 + 1 }), .text(level.map(MapClasses.label)), .text(record?.source)]
            })
    }
}
