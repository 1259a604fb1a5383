import ArgumentParser
import Foundation
import VigiaBriefing
import VigiaModel
import VigiaTerminal
import VigiaViews

/// `vigia brief DECK`: present a briefing deck, publishing each step to `vigia follow`ers.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Present a briefing deck (n/p/space step, g N jump, b back to the step, N notes, t/T clock).",
        discussion: """
            Followers (`vigia follow`) see each step at their own size. Who may follow is decided \
            by the socket's permissions: only you (0600), or members of --group (0660). \
            `--export md` prints the deck as a Markdown handout instead; `--export html` as one \
            self-contained HTML file with each step's chart; add `--with-notes` to either for the \
            speaker notes. \
            The presenter's pane shows the next step and the running time; t pauses or resumes \
            the clock, T resets it. --rehearse prints each step's time when you quit; \
            --record FILE writes what followers see, for `vigia replay`.
            """
    )

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case md, html
    }

    @Argument(help: ArgumentHelp("A deck file, or the name of one in DATA/briefings (e.g. plan-ecuador).", valueName: "DECK"))
    var deck: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var socket: SocketOptions

    @Option(help: ArgumentHelp("Let members of this group follow (socket mode 0660).", valueName: "GROUP"))
    var group: String?

    @Flag(help: "Present without a socket: nobody can follow.")
    var noSocket = false

    @Option(help: "Print the deck instead of presenting it: md (a Markdown handout) or html (one self-contained file with charts).")
    var export: ExportFormat?

    @Flag(help: "With --export: include the presenter's notes.")
    var withNotes = false

    @OptionGroup var exportSize: ExportSizeOptions

    @OptionGroup var mouse: MouseOptions

    @Flag(help: "Rehearse without a socket, and print each step's time beside its plan when you quit.")
    var rehearse = false

    @Option(help: ArgumentHelp("Record what followers see to this new file, for `vigia replay`.", valueName: "FILE"))
    var record: String?

    @Flag(help: "With --record: include the speaker notes and sources.")
    var recordNotes = false

    func validate() throws {
        if recordNotes && record == nil { throw ValidationError("--record-notes needs --record FILE") }
    }

    func run() throws {
        guard !withNotes || export != nil else { throw ValidationError("--with-notes goes with --export md or --export html") }
        let dataset = try dataOptions.load()
        let deck = try loadDeck(dataset: dataset)
        let dashboard = Dashboard(dataset: dataset)
        if export == .md {
            let pageSize = try exportSize.size(minimum: Frame.minimumSize)
            print(BriefingHandout.markdown(deck, dashboard: dashboard, size: pageSize,
                                           glyphs: display.ascii ? .ascii : .unicode, withNotes: withNotes), terminator: "")
            return
        }
        if export == .html {
            print(BriefingHandout.html(deck, dashboard: dashboard, size: try exportSize.size(minimum: Frame.minimumSize),
                                       glyphs: display.ascii ? .ascii : .unicode, withNotes: withNotes), terminator: "")
            return
        }
        let recorder = try makeRecorder(deck, dataset: dataset)
        let server: BriefingServer?
        if noSocket || rehearse {
            server = nil
        } else {
            do {
                var options = BriefingServer.Options(isDefaultPath: socket.socket == nil)
                if let group { options.group = try SocketPath.groupID(group) }
                server = try BriefingServer(path: socket.path, options: options, log: { StandardError.write($0) })
            } catch {
                recorder?.discard()
                StandardError.write("vigia brief: \(error)")
                throw ExitCode(1)
            }
        }
        defer { server?.stop() }
        let (status, presenter, final) = try MainActor.assumeIsolated {
            try present(deck, dashboard: dashboard, server: server, recorder: recorder)
        }
        if rehearse { print(RehearsalReport.table(presenter, final), terminator: "") }
        if status != 0 { throw ExitCode(status) }
    }

    /// The `--record` file, created before the terminal is taken so a refusal reads plainly.
    /// Its header names the data set by date, record count and the fingerprint of its files.
    private func makeRecorder(_ deck: BriefingDeck, dataset: Dataset) throws -> BriefingRecorder? {
        guard let record else { return nil }
        let identity = RecordingFormat.DataIdentity(dataset, fingerprint: DataFingerprint.of(folder: dataOptions.location.url))
        let header = RecordingFormat.Header(deck: deck.title, steps: deck.steps.count, data: identity, notes: recordNotes)
        do {
            return try BriefingRecorder(path: record, header: header, log: { StandardError.write("vigia brief: \($0)") })
        } catch {
            StandardError.write("vigia brief: \(error)")
            throw ExitCode(73)
        }
    }

    /// The deck named on the command line: a path, else `DATA/briefings/NAME[.json]`.
    private func loadDeck(dataset: Dataset) throws -> BriefingDeck {
        var url = URL(fileURLWithPath: deck)
        var shown = deck
        if !FileManager.default.fileExists(atPath: url.path), !deck.contains("/") {
            let location = dataOptions.location
            let name = deck.hasSuffix(".json") ? deck : deck + ".json"
            url = location.url.appendingPathComponent(BriefingLoader.folderName).appendingPathComponent(name)
            shown = (location.displayPath as NSString).appendingPathComponent("\(BriefingLoader.folderName)/\(name)")
        }
        do {
            return try BriefingLoader.load(from: url, displayPath: shown, dataset: dataset)
        } catch {
            for issue in error.issues { StandardError.write(issue.description) }
            throw ExitCode(error.exitStatus)
        }
    }

    /// Runs the briefing until the presenter quits: keys, the clock's ticks and follower counts
    /// go through the presenter's loop; each broadcast is published and recorded.
    @MainActor
    private func present(_ deck: BriefingDeck, dashboard: Dashboard, server: BriefingServer?,
                         recorder: BriefingRecorder?) throws -> (Int32, Presenter, PresenterState) {
        let ticker: BriefingTicker
        do {
            ticker = try BriefingTicker(interval: 1, watching: server?.notifyDescriptor, onWatched: { server?.takeNotifications() })
        } catch {
            StandardError.write("vigia brief: \(error)")
            throw ExitCode(1)
        }
        defer { ticker.stop() }
        let presenter = Presenter(dashboard: dashboard, deck: deck, keyTime: { ticker.seconds() })
        var start = presenter.initialState(now: ticker.seconds())
        start.isShared = server != nil
        var loop = InteractiveLoop(presenter, state: start)
        let publish: @Sendable (BriefingBroadcast) -> Void = { broadcast in
            // Publishing only queues the view; the server thread sends it after this frame,
            // so followers never delay the presenter's screen.
            server?.publish(broadcast)
            let step = deck.steps[broadcast.step]
            recorder?.record(broadcast, at: ticker.seconds(), notes: step.notes, sources: step.sources)
        }
        publish(presenter.broadcast(loop.state))
        let status: Int32
        do {
            status = try InteractiveTerminal.run(display: display, mouse: mouse.reportsMouse) { runner, theme, glyphs in
                runner.drive(
                    &loop, theme: theme, glyphs: glyphs,
                    extraFileDescriptor: ticker.notifyDescriptor,
                    takeEvents: {
                        ticker.take()
                        let followers = server.map { [Presenter.Event.followers($0.statistics.followers)] } ?? []
                        return followers + [.tick(ticker.seconds())]
                    },
                    perform: { effect in
                        if case .broadcast(let broadcast) = effect { publish(broadcast) }
                        return nil
                    }
                ).exitStatus
            }
        } catch {
            recorder?.discard()
            throw error
        }
        recorder?.finish(at: ticker.seconds())
        return (status, presenter, loop.state)
    }
}

/// `--socket PATH`, shared by `brief` and `follow`.
struct SocketOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The briefing socket (default: $XDG_RUNTIME_DIR/vigia/briefing.sock, else /tmp/vigia-$UID/briefing.sock).", valueName: "PATH"))
    var socket: String?

    var path: String { socket ?? SocketPath.defaultPath() }
}
