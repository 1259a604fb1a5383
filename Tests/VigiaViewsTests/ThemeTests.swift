import Testing
@testable import VigiaViews

private func roles(_ theme: Theme) -> [(String, Style)] {
    Mirror(reflecting: theme).children.flatMap { child -> [(String, Style)] in
        switch child.value {
        case let style as Style: return [(child.label ?? "?", style)]
        case let list as [Style]: return list.map { (child.label ?? "?", $0) }
        default: return []
        }
    }
}

@Test func monoThemeUsesNoColour() {
    let all = roles(.mono)
    #expect(all.count > 20)
    for (name, style) in all {
        #expect(style.foreground == .standard, "\(name)")
        #expect(style.background == .standard, "\(name)")
    }
    #expect(Theme.mono.selection.attributes.contains(.reverse))
}

@Test(arguments: ["dark", "light"])
func colourThemesKeepTheTerminalBackground(_ name: String) throws {
    let theme = try #require(themes[name])
    let backgroundRoles: Set = ["selection", "statusBar", "shade", "chartCursor"]
    for (name, style) in roles(theme) where !backgroundRoles.contains(name) {
        #expect(style.background == .standard, "\(name)")
    }
    for name in backgroundRoles {
        #expect(roles(theme).first { $0.0 == name }?.1.background != .standard, "\(name)")
    }
}

@Test(arguments: ["dark", "light"])
func seriesPaletteHasEightDistinctColours(_ name: String) throws {
    let theme = try #require(themes[name])
    #expect(theme.seriesPalette.count == 8)
    #expect(Set(theme.seriesPalette.map(\.foreground)).count == 8)
    #expect(theme.series(8) == theme.series(0))
    #expect(theme.series(-1) == theme.series(7))
    #expect(theme.positive != theme.negative)
    #expect(theme.decree != theme.extensionPeriod)
}
