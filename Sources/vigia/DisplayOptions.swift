import ArgumentParser
import VigiaViews

/// Look options shared by the dashboard and `render`.
struct DisplayOptions: ParsableArguments {
    enum ThemeName: String, ExpressibleByArgument, CaseIterable {
        case dark, light, mono
    }

    @Option(name: .customLong("theme"), help: "Colour theme: dark, light or mono (default: the config file's, else dark; NO_COLOR selects mono).")
    var chosenTheme: ThemeName?

    /// `--theme`, else the config file's theme, else dark.
    var theme: ThemeName { chosenTheme ?? UserSettings.current.theme.flatMap(ThemeName.init(rawValue:)) ?? .dark }

    @Flag(help: "Draw with ASCII only (automatic when the locale is not UTF-8).")
    var ascii = false

    func resolvedTheme(monochrome: Bool) -> Theme {
        if monochrome { return .mono }
        switch theme {
        case .dark: return .dark
        case .light: return .light
        case .mono: return .mono
        }
    }
}

/// A `--size` argument, WIDTHxHEIGHT, read the same way by `render` and by `--export` (`ExportSizeOptions`).
///
/// `minimum` is what the caller can draw in: a handout needs the dashboard's 40x12, a
/// render draws the too-small notice at any size.
func screenSize(_ text: String, minimum: Size = Size(width: 1, height: 1)) throws -> Size {
    let parts = text.lowercased().split(separator: "x").compactMap { Int($0) }
    guard parts.count == 2, (minimum.width...1000).contains(parts[0]), (minimum.height...1000).contains(parts[1]) else {
        let least = minimum == Size(width: 1, height: 1) ? "" : " of at least \(minimum.width)x\(minimum.height)"
        throw ValidationError("--size takes WIDTHxHEIGHT\(least), e.g. 100x30")
    }
    return Size(width: parts[0], height: parts[1])
}

/// Where the dashboard opens: a screen, optionally a country and a year.
struct StartOptions: ParsableArguments {
    @Option(help: "Screen to open: overview, homicides, decrees, programs, claims or map.")
    var screen: String?

    @Option(help: ArgumentHelp("Open this country (ISO3 code or name).", valueName: "ISO3"))
    var country: String?

    @Option(help: "The year to open (with --country: that country-year).")
    var year: Int?

    /// The starting state, or a usage error naming what is wrong.
    func state(for dashboard: Dashboard) throws -> AppState {
        var state = dashboard.initialState()
        var commands: [String] = []
        if let screen { commands.append("screen \(screen)") }
        // Without --country the config file's country opens; its errors name the file's setting.
        let configured = country == nil ? UserSettings.current.country : nil
        // On the Decrees screen a country opens its decrees, and on the Map it is selected;
        // elsewhere it opens the country's homicides.
        let kept = screen?.hasPrefix("dec") == true ? "decree-country" : screen?.hasPrefix("map") == true ? "map-country" : nil
        if let country = country ?? configured {
            commands.append("\(kept ?? "country") \(country)")
        }
        if let year { commands.append("year \(year)") }
        for command in commands {
            if let kept, command.hasPrefix(kept + " ") {
                switch dashboard.commands.parse("country " + command.dropFirst(kept.count + 1)) {
                case .success(.country(let code)): state = Self.open(code, on: state, in: dashboard)
                case .failure(let error):
                    if configured != nil { try UserSettings.refuseCountry(error.message) }
                    throw ValidationError(error.message)
                default: break
                }
                continue
            }
            switch dashboard.commands.parse(command) {
            case .success(let parsed):
                state = dashboard.run(parsed, on: state)
            case .failure(let error):
                if configured != nil, command.hasPrefix("country ") { try UserSettings.refuseCountry(error.message) }
                throw ValidationError(error.message)
            }
        }
        return state
    }

    /// `code` opened on the screen the state shows: its decrees, or selected on the map.
    private static func open(_ code: String, on state: AppState, in dashboard: Dashboard) -> AppState {
        var state = state
        if state.route == .screen(.map) {
            let key = ListKey(state.route)
            state.selection[key] = dashboard.rows(key, in: state).firstIndex { $0.target.countryCode == code } ?? 0
        } else {
            state.stack = [.screen(.decrees), .countryDecrees(code)]
        }
        return state
    }
}
