/// The region's share of the world's homicides against its share of the world's people.
///
/// UNODC publishes regional rates, not counts, so the homicide share is implied:
/// (rate × population) of the region over that of the world, in the same year, from the
/// default rate and population records, whose sources are kept.
public struct RegionalShare: Sendable, Hashable {
    public var year: Int
    public var region: String
    public var populationShare: Double
    public var homicideShare: Double
    public var sources: [String]
    /// The arithmetic of the implied homicide share and its four inputs with their sources.
    public var derivation: Derivation

    public static func compute(_ dataset: Dataset, region: String = "LAC", world: String = "WLD", year: Int) -> Computed<RegionalShare> {
        let regionRate = dataset.series(region, .ratePer100k).record(in: year)
        let worldRate = dataset.series(world, .ratePer100k).record(in: year)
        let regionPopulation = dataset.population(of: region, in: year)
        let worldPopulation = dataset.population(of: world, in: year)
        // The region by its short code (as the Overview tile names it), the world by its name.
        let worldName = dataset.areaName(world)
        var missing: [String] = []
        if regionRate == nil { missing.append("no \(region) rate for \(year)") }
        if worldRate == nil { missing.append("no \(worldName) rate for \(year)") }
        if regionPopulation == nil { missing.append("no \(region) population for \(year)") }
        if worldPopulation == nil { missing.append("no \(worldName) population for \(year)") }
        guard let regionRate, let worldRate, let regionPopulation, let worldPopulation, worldRate.value > 0 else {
            return .gap(Gap(missing.isEmpty ? ["world rate is zero"] : missing))
        }
        let populationShare = Double(regionPopulation.persons) / Double(worldPopulation.persons)
        let regionHomicides = regionRate.value * Double(regionPopulation.persons)
        let worldHomicides = worldRate.value * Double(worldPopulation.persons)
        let sources = [regionRate.source, worldRate.source, regionPopulation.source, worldPopulation.source]
        return .value(RegionalShare(
            year: year, region: region,
            populationShare: populationShare,
            homicideShare: regionHomicides / worldHomicides,
            sources: sources.reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
            derivation: Derivation(arithmetic: "(\(region) rate × \(region) population) ÷ (\(worldName) rate × \(worldName) population), \(year)", inputs: [
                Derivation.Input(label: "\(region) homicide rate per 100k", value: .number(regionRate.value), source: regionRate.source),
                Derivation.Input(label: "\(worldName) homicide rate per 100k", value: .number(worldRate.value), source: worldRate.source),
                Derivation.Input(label: "\(region) population", value: .number(Double(regionPopulation.persons)), source: regionPopulation.source),
                Derivation.Input(label: "\(worldName) population", value: .number(Double(worldPopulation.persons)), source: worldPopulation.source),
            ])
        ))
    }

    /// The latest year for which the share can be computed.
    public static func latest(_ dataset: Dataset, region: String = "LAC", world: String = "WLD") -> Computed<RegionalShare> {
        let years = dataset.series(region, .ratePer100k).years.reversed()
        for year in years {
            if case .value(let share) = compute(dataset, region: region, world: world, year: year) { return .value(share) }
        }
        return .gap(Gap(["no year has both regional rates and populations"]))
    }
}
