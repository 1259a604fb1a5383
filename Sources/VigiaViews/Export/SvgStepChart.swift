import VigiaModel

/// The chart a briefing step's screen stands for, as SVG for the HTML handout: the homicide
/// rates of the countries it compares or opens, the map of its year, or the emergency measures
/// of the countries its Decrees screen shows, filtered as the screen filters them. Steps whose
/// screen is a table or a card (programs, claims, the overview's tiles) have none: a picture
/// the room did not see would be made up.
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
            // One country's decrees or a decree card show that country; the screen itself, every
            // country with a measure.
            let country = step.country ?? step.decree.flatMap { dataset.decree($0)?.country }
            let countries = country.map { [$0] } ?? dashboard.decreeCountries(state: state).map(\.iso3)
            let timeline = SvgDecreeTimeline(dataset: dataset, countries: countries, gangViolenceOnly: !state.showsAllDecrees)
            return timeline.decrees.isEmpty ? nil : timeline.svg
        case .overview, .programs, .claims:
            return nil
        }
    }
}
