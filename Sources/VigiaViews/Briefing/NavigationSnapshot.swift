import VigiaModel

/// What a follower needs to draw what the presenter sees: the navigation state, never pixels.
///
/// A compact, `Codable` copy of the parts of `AppState` a frame depends on (the stack, the
/// focused pane, selection, filter and scroll of the lists and text panes on the stack, the pane
/// opened full-screen, the year, measure, comparison and decree timeline), so each follower lays
/// it out at its own size, colours and locale. A text pane's scroll is a line offset: a follower
/// at another width wraps differently, so it shows about the same place, clamped to its text.
/// What is private to the presenter (a half-typed command, its history, a status message) is
/// left out.
///
/// Snapshots arrive from a socket, so `state(in:base:)` trusts nothing: every id must exist in
/// the follower's data set and every number must be in range, or the snapshot is rejected whole.
public struct NavigationSnapshot: Codable, Hashable, Sendable {
    /// Routes as word lists: `["homicides"]`, `["country","ECU"]`, `["countryYear","ECU","2023"]`,
    /// `["source","UNODC_OWID","homicide","ECU","2023","rate_per_100k"]`.
    public var stack: [[String]]
    /// The focused pane of each stack entry.
    public var panes: [Int]
    /// Selections and filters of the lists on the stack.
    public var lists: [ListState]
    public var measure: String
    public var compared: [String]
    public var year: Int
    public var zoom: String
    /// Day number at the centre of the decree timeline.
    public var center: Int
    /// Context and protest measures shown too.
    public var all: Bool
    /// The text pane opened full-screen (`o`/Enter on a card), if any.
    public var expanded: PaneAddress?

    /// One list's selection and filter, or one text pane's scroll, addressed by its route's
    /// position in `stack`.
    public struct ListState: Codable, Hashable, Sendable {
        public var at: Int
        public var pane: Int
        public var row: Int?
        public var filter: String?
        /// Lines scrolled in a text pane; absent from messages of versions that had none.
        public var scroll: Int?
    }

    /// A pane of a route on the stack.
    public struct PaneAddress: Codable, Hashable, Sendable {
        public var at: Int
        public var pane: Int
    }

    /// The deepest stack a snapshot carries; deeper stacks keep their first and last entries.
    public static let maximumDepth = 32
    /// The most panes any route has, and then some.
    static let maximumPanes = 4
    static let maximumFilterLength = 200

    /// The navigation part of `state`.
    public init(_ state: AppState) {
        var routes = state.stack
        if routes.count > Self.maximumDepth {
            routes = [routes[0]] + routes.suffix(Self.maximumDepth - 1)
        }
        stack = routes.map(\.words)
        panes = routes.map { state.focusedPane[$0] ?? 0 }
        var lists: [ListState] = []
        for (index, route) in routes.enumerated() {
            for pane in 0..<Self.maximumPanes {
                let key = ListKey(route, pane: pane)
                let row = state.selection[key], filter = state.filters[key], scroll = state.scroll[key].flatMap { $0 > 0 ? $0 : nil }
                if row != nil || filter != nil || scroll != nil {
                    lists.append(ListState(at: index, pane: pane, row: row, filter: filter.map { String($0.prefix(Self.maximumFilterLength)) },
                                           scroll: scroll))
                }
                if state.expanded == key { expanded = PaneAddress(at: index, pane: pane) }
            }
        }
        self.lists = lists
        measure = state.measure.rawValue
        compared = Array(state.compared.prefix(8))
        year = state.year
        zoom = state.decreeZoom.label
        center = state.decreeCenter
        all = state.showsAllDecrees
    }

    /// Why a snapshot was refused.
    public struct Rejection: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    /// `base` with this snapshot's navigation, if every part of it is valid for `dataset`.
    /// `base` keeps what is local: the input mode, command history and status message.
    public func state(in dataset: Dataset, base: AppState) throws(Rejection) -> AppState {
        guard !stack.isEmpty, stack.count <= Self.maximumDepth else { throw Rejection("stack depth \(stack.count) is outside 1–\(Self.maximumDepth)") }
        guard panes.count == stack.count else { throw Rejection("\(panes.count) panes for \(stack.count) routes") }
        guard lists.count <= stack.count * Self.maximumPanes else { throw Rejection("too many lists") }
        var routes: [Route] = []
        for words in stack {
            guard let route = Route(words: words, in: dataset) else {
                throw Rejection("unknown route \(words.prefix(6).joined(separator: " ").prefix(80))")
            }
            routes.append(route)
        }
        guard case .screen = routes[0] else { throw Rejection("the first route is not a screen") }
        var state = base
        state.stack = routes
        state.focusedPane = [:]
        state.selection = [:]
        state.filters = [:]
        state.scroll = [:]
        state.expanded = nil
        for (route, pane) in zip(routes, panes) {
            guard (0..<Self.maximumPanes).contains(pane) else { throw Rejection("pane \(pane) is out of range") }
            if pane != 0 { state.focusedPane[route] = pane }
        }
        for list in lists {
            guard routes.indices.contains(list.at), (0..<Self.maximumPanes).contains(list.pane) else { throw Rejection("list refers to no route") }
            let key = ListKey(routes[list.at], pane: list.pane)
            if let row = list.row {
                guard (0...1_000_000).contains(row) else { throw Rejection("row \(row) is out of range") }
                state.selection[key] = row
            }
            if let filter = list.filter {
                guard filter.count <= Self.maximumFilterLength, !filter.unicodeScalars.contains(where: SafeText.isUnsafe) else {
                    throw Rejection("filter text is too long or carries control characters")
                }
                state.filters[key] = filter
            }
            if let scroll = list.scroll {
                guard (0...1_000_000).contains(scroll) else { throw Rejection("scroll \(scroll) is out of range") }
                state.scroll[key] = scroll
            }
        }
        if let expanded {
            guard routes.indices.contains(expanded.at), (0..<Self.maximumPanes).contains(expanded.pane) else {
                throw Rejection("the full-screen pane refers to no route")
            }
            state.expanded = ListKey(routes[expanded.at], pane: expanded.pane)
        }
        guard let measure = HomicideMeasure(rawValue: measure) else { throw Rejection("unknown measure") }
        state.measure = measure
        guard compared.count <= 8, Set(compared).count == compared.count, compared.allSatisfy({ dataset.country($0) != nil }) else {
            throw Rejection("compared countries are unknown, repeated or more than 8")
        }
        state.compared = compared
        guard (1900...2100).contains(year) else { throw Rejection("year \(year) is outside 1900–2100") }
        state.year = year
        guard let zoom = DecreeZoom.allCases.first(where: { $0.label == zoom }) else { throw Rejection("unknown zoom") }
        state.decreeZoom = zoom
        // 1900-01-01 … 2100-12-31 as days since 1970-01-01.
        guard (-25_567...47_846).contains(center) else { throw Rejection("timeline centre is outside 1900–2100") }
        state.decreeCenter = center
        state.showsAllDecrees = all
        return state
    }
}
