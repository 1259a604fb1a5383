import ArgumentParser
import Foundation
import VigiaModel
import VigiaTerminal
import VigiaViews

/// `vigia` (the default): the interactive dashboard in this terminal.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (the default command)."
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var start: StartOptions

    @Flag(help: "Ignore the mouse (it is never required).")
    var noMouse = false

    func run() throws {
        let dataset = try dataOptions.load()
        let dashboard = Dashboard(dataset: dataset)
        let initial = try start.state(for: dashboard)
        var options = TerminalOptions()
        options.forceASCII = display.ascii
        options.monochrome = display.theme == .mono
        options.mouse = !noMouse
        let status = try MainActor.assumeIsolated { () throws -> Int32 in
            let session: TerminalSession
            do {
                session = try TerminalSession(options: options)
            } catch let error as TerminalError {
                StandardError.write("vigia: \(error.description)")
                throw ExitCode(1)
            }
            defer { session.close() }
            let theme = display.resolvedTheme(monochrome: session.capabilities.colorDepth == .none)
            let glyphs: GlyphSet = session.capabilities.unicode ? .unicode : .ascii
            let runner = TerminalRunner(session: session, minimumSize: Frame.minimumSize)
            var state = initial
            let outcome = runner.run(
                render: { size in
                    Frame.render(ScreenContext(dashboard: dashboard, state: state, theme: theme, glyphs: glyphs), size: size)
                },
                handle: { key in
                    if case .mouse(let event) = key, event.kind == .click, event.position.y == 0,
                       let tab = Frame.tabColumns(width: session.size.width).first(where: { $0.range.contains(event.position.x) }) {
                        state = dashboard.reduce(state, .show(tab.screen))
                        return .redraw
                    }
                    if key == .control("l") { runner.presenter.invalidate(clearScreen: true) }
                    let next = dashboard.reduce(state, key: key)
                    if next.shouldQuit { return .quit }
                    let changed = next != state
                    state = next
                    return changed || key == .resize ? .redraw : .continue
                }
            )
            return outcome.exitStatus
        }
        if status != 0 { throw ExitCode(status) }
    }
}
