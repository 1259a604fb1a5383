import ArgumentParser
import VigiaModel
import VigiaTerminal
import VigiaViews

/// `vigia render`: prints exactly what the terminal would show, as text or with ANSI colour.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print a screen as the terminal would show it (text, or ANSI colour with --color)."
    )

    @Argument(help: "overview, homicides, decrees, programs or claims; lessons or scenario for the Programs analysis")
    var screen: String

    @Option(name: .customLong("scenario"), help: ArgumentHelp("The scenario file shown by `render scenario` (default: yours, else the bundled one).", valueName: "PATH"))
    var scenarioPath: String?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: ArgumentHelp("Open this country (ISO3 code or name).", valueName: "ISO3"))
    var country: String?

    @Option(help: "The year (with --country: that country-year).")
    var year: Int?

    @Option(help: ArgumentHelp("Columns x rows.", valueName: "WxH"))
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
        start.screen = analysis == nil ? screen : "programs"
        start.country = country
        start.year = year
        var state = try start.state(for: dashboard)
        if let analysis {
            state.stack = [.screen(.programs), analysis]
            let file = ScenarioFile.resolve(explicit: scenarioPath, dataFolder: dataOptions.location.url)
            do {
                let loaded = try ScenarioLoader.load(from: file.read, displayPath: file.readDisplay, dataset: dataset)
                state.scenario = ScenarioSession(scenario: loaded.scenario, loadedFrom: file.readDisplay, target: file.target.path, fingerprint: nil)
            } catch {
                for issue in error.issues { StandardError.write(issue.description) }
                throw ExitCode(error.exitStatus)
            }
        }
        let glyphs: GlyphSet = display.ascii ? .ascii : .unicode
        var canvas = Frame.render(ScreenContext(dashboard: dashboard, state: state, theme: display.resolvedTheme(monochrome: false), glyphs: glyphs),
                                  size: canvasSize)
        if display.ascii {
            for y in 0..<canvas.size.height {
                for x in 0..<canvas.size.width where !canvas[x, y].isContinuation {
                    canvas[x, y].grapheme = AsciiFallback.fold(canvas[x, y].grapheme)
                }
            }
        }
        print(color ? AnsiRenderer().render(canvas) : canvas.text)
    }
}
