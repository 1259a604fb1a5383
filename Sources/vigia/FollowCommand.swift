import ArgumentParser
import Foundation
import VigiaBriefing
import VigiaModel
import VigiaTerminal
import VigiaViews

/// `vigia follow`: show what a presenter (`vigia brief`) shows, at this terminal's size.
struct FollowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Follow a briefing: see each step the presenter shows (f browses on your own, f again re-joins).",
        discussion: """
            Waits for a presenter if none is running and re-joins when one starts or restarts. \
            Read-only: nothing typed here reaches the presenter. Meant to be an sshd ForceCommand \
            (see Docs/ssh-briefings.md).
            """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var socket: SocketOptions

    @Flag(help: "Ignore the mouse (it is never required).")
    var noMouse = false

    func run() throws {
        let dataset = try dataOptions.load()
        let dashboard = Dashboard(dataset: dataset)
        let path = socket.path
        let client: BriefingClient
        do {
            client = try BriefingClient(path: path, log: { StandardError.write($0) })
        } catch {
            StandardError.write("vigia follow: \(error)")
            throw ExitCode(1)
        }
        defer { client.stop() }
        let status = try InteractiveTerminal.run(display: display, mouse: !noMouse) { session, theme, glyphs in
            let unicode = glyphs.isUnicode
            let follower = Follower(dashboard: dashboard, socketPath: path)
            let runner = TerminalRunner(session: session, minimumSize: BriefingFrame.minimumSize)
            var state = follower.initialState()
            let outcome = runner.run(
                extraFileDescriptor: client.notifyDescriptor,
                onExtraReadable: {
                    let before = state
                    for event in client.takeEvents() {
                        switch event {
                        case .connected:
                            break
                        case .state(let broadcast):
                            do {
                                state = try follower.receive(state, broadcast)
                            } catch {
                                StandardError.write("vigia follow: ignored a state from \(path): \(error)")
                            }
                        case .disconnected:
                            state = follower.disconnected(state)
                        }
                    }
                    return state != before ? .redraw : .continue
                },
                render: { size in
                    BriefingFrame.render(ScreenContext(dashboard: dashboard, state: state.app, theme: theme, glyphs: glyphs),
                                         chrome: follower.chrome(state, unicode: unicode), size: size)
                },
                handle: { key in
                    if key == .control("l") { runner.presenter.invalidate(clearScreen: true) }
                    let next = follower.reduce(state, key: key)
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
