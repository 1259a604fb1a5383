import VigiaModel

/// The list model: the rows of every list, the selection, and where Enter and `s` lead.
///
/// Screens draw the same rows these functions return, so what is selected and what is drawn
/// can never disagree. Each route's rows come from its `RouteView`.
extension Dashboard {
    /// How many list panes `route` has; its text panes follow them in Tab order.
    public func paneCount(_ route: Route) -> Int {
        RouteRegistry.view(for: route).paneCount
    }

    /// The rows of `key` after its filter (none for a pane the route does not have).
    public func rows(_ key: ListKey, in state: AppState) -> [ListRow] {
        let view = RouteRegistry.view(for: key.route)
        guard (0..<view.paneCount).contains(key.pane) else { return [] }
        let all = view.rows(pane: key.pane, in: state, dashboard: self)
        let filter = CommandParser.folded(state.filter(key))
        guard !filter.isEmpty else { return all }
        return all.filter { CommandParser.folded($0.searchText).contains(filter) }
    }

    /// The selected row of `key`, if the list has any.
    public func selectedRow(_ key: ListKey, in state: AppState) -> ListRow? {
        let rows = self.rows(key, in: state)
        guard !rows.isEmpty else { return nil }
        return rows[min(max(0, state.selectedIndex(key)), rows.count - 1)]
    }

    /// The rows of a card's list of sources.
    func sourceRows(_ ids: [String]) -> [ListRow] {
        ids.map { ListRow(.source($0), searchText: $0 + " " + (dataset.source($0)?.title ?? "")) }
    }

    // MARK: Drilling

    /// Where Enter on `row` of `key` leads.
    public func drillTarget(_ key: ListKey, row: ListRow) -> Route? {
        RouteRegistry.view(for: key.route).drillTarget(for: row.target, dashboard: self)
    }

    /// Where Enter on a row leads on any route that gives the row no meaning of its own: a
    /// record opens its card, a figure its source card.
    func drillTarget(for target: RowTarget) -> Route? {
        switch target {
        case .country(let code): return .country(code)
        case .decree(let id): return .decree(id)
        case .event(let id): return .event(id)
        case .source(let id): return .source(id, figure: nil)
        case .program(let id): return .program(id)
        case .claim(let id): return .claim(id)
        case .lessonCell(let lesson, let column): return .lessonCell(lesson, column)
        case .computed(let figure): return .computed(figure)
        case .homicideValue, .month, .funding, .claimFigure:
            return figure(for: target).map { .source($0.source, figure: $0.reference) }
        case .year, .fiscalYear, .scenarioField, .helpLine:
            return nil
        }
    }

    /// The figure under the selection, for `s`: its source and, for homicide values, the cell.
    public func focusedFigure(in state: AppState) -> SourcedFigure? {
        let key = state.focusedList
        if let row = selectedRow(key, in: state), let figure = figure(for: row.target) { return figure }
        return RouteRegistry.view(for: state.route).figureBesideRows(in: state, dashboard: self)
    }

    /// The figure a row stands for, if it is a sourced figure or a source.
    func figure(for target: RowTarget) -> SourcedFigure? {
        switch target {
        case .homicideValue(let value):
            guard let record = value.record(in: dataset) else { return nil }
            return SourcedFigure(source: record.source, reference: .homicide(area: value.country, year: value.year, measure: record.measure.rawValue))
        case .month(let country, let month):
            return dataset.releases(country, month).first.map { SourcedFigure(source: $0.source) }
        case .funding(let program, let index):
            let records = dataset.funding(of: program)
            return records.indices.contains(index) ? SourcedFigure(source: records[index].source) : nil
        case .claimFigure(let id, let index):
            guard let claim = dataset.claims.first(where: { $0.id == id }), claim.figures.indices.contains(index) else { return nil }
            return SourcedFigure(source: claim.figures[index].source)
        case .source(let id):
            return SourcedFigure(source: id)
        default:
            return nil
        }
    }

    /// The homicide value of `country` at the year cursor, which `s` opens on the homicide
    /// screens when the selection is a country rather than a figure.
    func cursorFigure(of country: String?, in state: AppState) -> SourcedFigure? {
        guard let country, let record = dataset.series(country, state.measure).record(in: state.year) else { return nil }
        return SourcedFigure(source: record.source, reference: .homicide(area: country, year: state.year, measure: state.measure.rawValue))
    }
}
