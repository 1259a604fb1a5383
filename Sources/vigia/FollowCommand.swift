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

    @OptionGroup var mouse: MouseOptions

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
        let follower = Follower(dashboard: dashboard, socketPath: path)
        var loop = InteractiveLoop(follower, state: follower.initialState())
        let status = try InteractiveTerminal.run(display: display, mouse: mouse.reportsMouse) { runner, theme, glyphs in
            runner.drive(
                &loop, theme: theme, glyphs: glyphs,
                extraFileDescriptor: client.notifyDescriptor,
                takeEvents: { client.takeEvents().compactMap(Self.event) },
                perform: { effect in
                    if case .report(let line) = effect { StandardError.write("vigia follow: \(line)") }
                    return nil
                }
            ).exitStatus
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// What the client heard, as the follower's event (a connection alone changes nothing:
    /// the presenter's first broadcast follows it).
    private static func event(_ event: BriefingClient.Event) -> Follower.Event? {
        switch event {
        case .connected: return nil
        case .state(let broadcast): return .received(broadcast)
        case .disconnected: return .disconnected
        }
    }
}
