import VigiaModel

/// The Map: the region drawn at the terminal's size, each country filled by its homicide rate
/// in the cursor year on a five-class scale, beside the selected country's value and source
/// and the legend. The arrow keys move to the nearest country that way, `[` `]` change the
/// year and Enter opens the country.
struct MapScreen: TabView {
    static let screen = ScreenID.map

    /// Below this width the legend panel gives its room to the map.
    static let legendMinimumWidth = 72
    static let legendWidth = 30

    var keyHints: String { " ?:help  arrows:country  [ ]:year  ↵:open  /:filter  s:source  q:quit" }

    /// The countries of the data set that have an outline, by name: the list arrows and Enter act on.
    func rows(pane: Int, in state: AppState, dashboard: Dashboard) -> [ListRow] {
        let dataset = dashboard.dataset
        return dataset.outlines.filter { dataset.country($0.iso3) != nil }
            .map { (code: $0.iso3, name: dataset.areaName($0.iso3)) }
            .sorted { $0.name < $1.name }
            .map { ListRow(.country($0.code), searchText: "\($0.code) \($0.name)") }
    }

    func reduce(_ action: Action, in state: AppState, dashboard: Dashboard) -> AppState? {
        let direction: MapNavigation.Direction
        switch action {
        case .moveLeft: direction = .west
        case .moveRight: direction = .eastward
        case .moveUp: direction = .north
        case .moveDown: direction = .south
        default: return nil
        }
        let key = ListKey(state.route)
        let codes = dashboard.rows(key, in: state).compactMap(\.target.countryCode)
        guard !codes.isEmpty else { return state }
        let centers = Dictionary(dashboard.dataset.outlines.map { ($0.iso3, $0.center) }, uniquingKeysWith: { first, _ in first })
        var next = state
        let current = codes[min(max(0, state.selectedIndex(key)), codes.count - 1)]
        if let index = MapNavigation.nearest(from: current, toward: direction, among: codes, centers: centers) {
            next.selection[key] = index
        }
        return next
    }

    /// The selected country's rate in the cursor year, for `s`.
    func figureBesideRows(in state: AppState, dashboard: Dashboard) -> SourcedFigure? {
        guard let code = dashboard.selectedRow(ListKey(state.route), in: state)?.target.countryCode,
              let record = dashboard.dataset.series(code, .ratePer100k).record(in: state.year) else { return nil }
        return SourcedFigure(source: record.source, reference: .homicide(area: code, year: state.year, measure: HomicideMeasure.ratePer100k.rawValue))
    }

    func draw(into canvas: inout Canvas, in rect: Rect, context: ScreenContext) {
        let selected = context.selectedIndex().flatMap { context.rows()[$0].target.countryCode }
        let legend = rect.width >= Self.legendMinimumWidth
        let (mapRect, sideRect) = legend ? rect.splitLeft(rect.width - Self.legendWidth) : (rect, Rect(x: rect.x, y: rect.y, width: 0, height: 0))
        var title = "Homicide rate per 100k · \(context.state.year)"
        if !legend, let selected {
            title += " · \(context.dataset.areaName(selected)) \(Format.rate(context.dataset.series(selected, .ratePer100k).value(in: context.state.year)))"
        }
        let inner = context.panel(title, pane: 0, into: &canvas, in: mapRect)
        guard !context.dataset.outlines.isEmpty else {
            _ = canvas.put("This data folder has no country outlines, so there is no map to draw.", x: inner.x, y: inner.y, style: context.theme.muted, maxWidth: inner.width)
            return
        }
        var pictureRect = inner
        if !legend {
            // Too narrow for the side panel: the scale goes under the map, so every fill can
            // still be read.
            let key = MapLegend(context: context, selected: selected).compactRows(width: inner.width)
            let keyHeight = min(key.count, max(0, inner.height - 4))
            pictureRect.height -= keyHeight
            for (row, items) in key.prefix(keyHeight).enumerated() {
                var x = inner.x
                for item in items {
                    x += canvas.put(item.text, x: x, y: pictureRect.maxY + row, style: item.style, maxWidth: inner.maxX - x)
                }
            }
        }
        Self.picture(context.dataset, year: context.state.year, selected: selected)
            .draw(into: &canvas, in: pictureRect, theme: context.theme, glyphs: context.glyphs)
        if legend {
            let side = context.panel("Legend", pane: nil, into: &canvas, in: sideRect)
            MapLegend(context: context, selected: selected).draw(into: &canvas, in: side)
        }
    }

    /// The map of `year` with `selected` highlighted (also what `vigia-bench` times).
    static func picture(_ dataset: Dataset, year: Int, selected: String?) -> MapPicture {
        let rates = MapClasses.rates(dataset, year: year)
        let outlines = dataset.outlines
        return MapPicture(
            outlines: outlines,
            classes: outlines.map { MapClasses.index(of: rates[$0.iso3]?.value) },
            selected: outlines.firstIndex { $0.iso3 == selected },
            markable: Set(outlines.indices.filter { dataset.country(outlines[$0].iso3) != nil }))
    }
}
