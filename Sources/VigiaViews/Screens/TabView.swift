import VigiaModel

/// One of the tabs: its tab and breadcrumb follow from its `ScreenID`.
protocol TabView: RouteView {
    static var screen: ScreenID { get }
}

extension TabView {
    var tab: ScreenID? { Self.screen }

    func crumb(in dataset: Dataset) -> String { Self.screen.title }
}
