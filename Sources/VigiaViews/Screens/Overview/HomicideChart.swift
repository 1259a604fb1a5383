import VigiaModel

/// Builds the homicide line chart shared by the Homicides and Country screens: one line per
/// country, gaps and changes of source left open, the year cursor, and — for a single country — its decrees shaded
/// and its events marked.
enum HomicideChart {
    static func make(countries: [String], context: ScreenContext, annotate: Bool) -> LineChart {
        let dataset = context.dataset
        let measure = context.state.measure
        let years = dataset.homicideYears ?? 2000...2024
        let series = countries.enumerated().map { index, code in
            let values = dataset.series(code, measure)
            let breaks = values.sourceBreaks(in: years)
            return LineChart.Series(
                name: code,
                points: years.map { ChartPoint(x: Double($0), y: values.value(in: $0), startsStretch: breaks.contains($0)) },
                style: context.theme.series(index)
            )
        }
        var intervals: [LineChart.Interval] = []
        var markers: [LineChart.Marker] = []
        if annotate, let code = countries.first, countries.count == 1 {
            for decree in context.dashboard.visibleDecrees(of: code, state: context.state) where decree.kind != .courtRuling {
                let period = DecreePeriod(decree)
                guard let start = period.startDay, let end = period.endDay else { continue }
                intervals.append(LineChart.Interval(start: yearFraction(start), end: yearFraction(end + 1)))
            }
            for event in dataset.events(of: code) {
                markers.append(LineChart.Marker(x: yearFraction(event.date.dayNumber), kind: .event))
            }
        }
        return LineChart(
            series: series,
            xRange: Double(years.lowerBound)...Double(years.upperBound),
            cursorX: Double(context.state.year),
            intervals: intervals,
            markers: markers,
            valueDecimals: measure == .count ? 0 : 2
        )
    }

    /// A day number as a fractional year, so decrees and events fall inside their year's span.
    static func yearFraction(_ day: Int) -> Double {
        let date = PartialDate(dayNumber: day)
        let start = PartialDate(year: date.year, month: 1, day: 1).dayNumber
        let next = PartialDate(year: date.year + 1, month: 1, day: 1).dayNumber
        return Double(date.year) + Double(day - start) / Double(next - start)
    }
}
