import ArgumentParser
import VigiaModel
import VigiaTerminal
import VigiaViews

/// `vigia render`: prints exactly what the terminal would show, as text or with ANSI colour.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print a screen as the terminal would show it (text, or ANSI colour with --color).",
        discussion: """
        Draws with ASCII only when the locale is not UTF-8 (LANG=C, LC_ALL=C), as the \
        dashboard does, or with --ascii.

        Exit status: 0 on success; 64 (EX_USAGE) for a bad argument, or when --size is below \
        the dashboard's minimum of 40x12, after the whole "Terminal too small" notice on \
        standard error.
        """
    )

    @Argument(help: "overview, homicides, decrees, programs, claims or map; lessons or scenario for the Programs analysis")
    var screen: String

    @Option(name: .customLong("scenario"), help: ArgumentHelp("The scenario file shown by `render scenario` (default: yours, else the bundled one).", valueName: "PATH"))
    var scenarioPath: String?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: ArgumentHelp("Open this country (ISO3 code or name).", valueName: "ISO3"))
    var country: String?

    @Option(help: "The year (with --country: that country-year).")
    var year: Int?

    @Option(help: ArgumentHelp("Columns x rows; below 40x12 prints the too-small notice and exits 64.", valueName: "WxH"))
    var size: String = "100x30"

    @Flag(help: "Include ANSI colour escapes.")
    var color = false

    // Hidden: fixes the clock so tests and documentation captures do not change with the date.
    @Option(help: .hidden)
    var today: String?

    func run() throws {
        let canvasSize = try screenSize(size)
        var clock = PartialDate.systemToday
        if let today {
            guard let date = PartialDate(today), date.isComplete else {
                throw ValidationError("--today takes a date, YYYY-MM-DD")
            }
            clock = date
        }
        let dataset = try dataOptions.load()
        let dashboard = Dashboard(dataset: dataset, today: clock)
        var start = StartOptions()
        let analysis: Route? = switch screen.lowercased() {
        case "lessons": .lessons
        case "scenario": .scenario
        default: nil
        }
        if analysis == nil, case .failure = dashboard.commands.parse("screen \(screen)") {
            throw ValidationError("screen needs one of: " + (ScreenID.allCases.map(\.rawValue) + ["lessons", "scenario"]).joined(separator: ", "))
        }
        start.screen = analysis == nil ? screen : "programs"
        start.country = country
        start.year = year
        var state = try start.state(for: dashboard)
        if let analysis {
            state.stack = [.screen(.programs), analysis]
            let file = ScenarioFile.resolve(explicit: scenarioPath, dataFolder: dataOptions.location.url)
            do {
                let loaded = try ScenarioLoader.load(from: file.read, displayPath: file.readDisplay, dataset: dataset)
                state.scenario = ScenarioSession(scenario: loaded.scenario, loadedFrom: file.readDisplay, target: file.target.path,
                                                 fingerprint: file.read == file.target ? loaded.fingerprint : nil)
            } catch {
                for issue in error.issues { StandardError.write(issue.description) }
                throw ExitCode(error.exitStatus)
            }
        }
        // The same rule as the interactive terminal (`TerminalSession`): Unicode only in a
        // UTF-8 locale and without --ascii.
        let unicode = TerminalCapabilities.unicodeAllowed(codeset: TerminalCapabilities.adoptLocale(), forceASCII: display.ascii)
        let glyphs: GlyphSet = unicode ? .unicode : .ascii
        if canvasSize.width < Frame.minimumSize.width || canvasSize.height < Frame.minimumSize.height {
            // A usage error, not a frame: the whole notice on one line, never cut to the size.
            StandardError.write(TooSmallNotice.sentence(size: canvasSize, minimum: Frame.minimumSize, unicode: unicode))
            throw ExitCode(64)
        }
        var canvas = Frame.render(ScreenContext(dashboard: dashboard, state: state, theme: display.resolvedTheme(monochrome: false), glyphs: glyphs),
                                  size: canvasSize)
        if !unicode {
            for y in 0..<canvas.size.height {
                for x in 0..<canvas.size.width where !canvas[x, y].isContinuation {
                    canvas[x, y].grapheme = AsciiFallback.fold(canvas[x, y].grapheme)
                }
            }
        }
        print(color ? AnsiRenderer().render(canvas) : canvas.text)
    }
}
