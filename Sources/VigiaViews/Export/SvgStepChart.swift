import VigiaModel

/// The chart a briefing step's screen stands for, as SVG for the HTML handout: the homicide
/// rates of the countries it compares or opens, the map of its year, or a country's measures.
/// Steps whose screen is a list or a card (programs, claims, the overview's tiles) have none.
public enum SvgStepChart {
    public static func svg(for step: BriefingStep, dashboard: Dashboard, number: Int) -> String? {
        let dataset = dashboard.dataset
        let state = dashboard.state(for: step)
        switch step.screen {
        case .homicides:
            let countries = step.compare ?? step.country.map { [$0] } ?? state.compared
            guard !countries.isEmpty, let years = dataset.homicideYears else { return nil }
            return SvgHomicideChart(dataset: dataset, countries: countries, years: years).svg
        case .map:
            guard !dataset.outlines.isEmpty else { return nil }
            var map = SvgMap(dataset: dataset, year: state.year)
            map.patternID = "no-data-\(number)"
            return map.svg
        case .decrees:
            guard let country = step.country, dataset.decrees(of: country).contains(where: { $0.start != nil }) else { return nil }
            return SvgDecreeTimeline(dataset: dataset, country: country).svg
        case .overview, .programs, .claims:
            return nil
        }
    }
}
