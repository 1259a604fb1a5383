import ArgumentParser
import Foundation
import VigiaBriefing
import VigiaModel
import VigiaTerminal
import VigiaViews

/// `vigia replay FILE`: play a recorded briefing (`vigia brief --record`) as a follower saw it.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a recorded briefing at this terminal's size (Space play/pause, +/- speed, n/p step, f browse).",
        discussion: """
            Plays what followers saw, drawn with this data set at this terminal's size, colours and \
            locale. --export frames prints each frame as text; --export cast writes an asciinema \
            v2 recording to standard output.

            Exit status: 0 on success; 65 for a recording that is not one, is of a newer version or \
            has a bad line (FILE:LINE: message on standard error); 66 when the file cannot be read. \
            A recording cut short by a crash plays what it has and says where it ends.
            """
    )

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case frames, cast
    }

    @Argument(help: ArgumentHelp("A recording made with `vigia brief DECK --record FILE`.", valueName: "FILE"))
    var file: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: "Write the replay instead of playing it: frames (text) or cast (asciinema v2).")
    var export: ExportFormat?

    @OptionGroup var exportSize: ExportSizeOptions

    @OptionGroup var mouse: MouseOptions

    func run() throws {
        let recording: RecordingReader.Recording
        do {
            recording = try RecordingReader.read(file)
        } catch {
            StandardError.write("vigia replay: \(error)")
            throw ExitCode(error.exitStatus)
        }
        let dataset = try dataOptions.load()
        let player = ReplayPlayer(
            follower: Follower(dashboard: Dashboard(dataset: dataset), socketPath: file), states: recording.states,
            duration: recording.duration, notices: notices(recording, dataset: dataset),
            ending: recording.cutShort ?? "The end of the recording, at \(Presenter.clockText(recording.duration)).")
        if let export {
            try write(export, player: player, title: recording.header.deck)
            return
        }
        let status = try MainActor.assumeIsolated { try play(player) }
        if status != 0 { throw ExitCode(status) }
    }

    /// What the viewer must know for the whole replay: that it was made with other data. The
    /// data files are read again for their fingerprint only when the recording has one.
    private func notices(_ recording: RecordingReader.Recording, dataset: Dataset) -> [String] {
        let recorded = recording.header.data
        let fingerprint = recorded.fingerprint == nil ? nil : DataFingerprint.of(folder: dataOptions.location.url)
        let here = RecordingFormat.DataIdentity(dataset, fingerprint: fingerprint)
        return recorded.notice(replayingWith: here).map { [$0] } ?? []
    }

    /// Plays in the terminal, ticking ten times a second while playing.
    @MainActor
    private func play(_ player: ReplayPlayer) throws -> Int32 {
        let ticker: BriefingTicker
        do {
            ticker = try BriefingTicker(interval: 0.1)
        } catch {
            StandardError.write("vigia replay: \(error)")
            throw ExitCode(1)
        }
        defer { ticker.stop() }
        var loop = InteractiveLoop(player, state: player.initialState(now: ticker.seconds()))
        return try InteractiveTerminal.run(display: display, mouse: mouse.reportsMouse) { runner, theme, glyphs in
            runner.drive(
                &loop, theme: theme, glyphs: glyphs,
                extraFileDescriptor: ticker.notifyDescriptor,
                takeEvents: {
                    ticker.take()
                    return [.tick(ticker.seconds())]
                },
                perform: { _ in nil }
            ).exitStatus
        }
    }

    /// `--export`: every frame at `--size`, as text or as an asciinema cast.
    private func write(_ format: ExportFormat, player: ReplayPlayer, title: String) throws {
        let canvasSize = try exportSize.size(minimum: BriefingFrame.minimumSize)
        let unicode = TerminalCapabilities.unicodeAllowed(codeset: TerminalCapabilities.adoptLocale(), forceASCII: display.ascii)
        let frames = player.frames(size: canvasSize, theme: display.resolvedTheme(monochrome: false), glyphs: unicode ? .unicode : .ascii)
            .map { (at: $0.at, canvas: unicode ? $0.canvas : Self.folded($0.canvas)) }
        switch format {
        case .frames:
            for frame in frames { print("--- \(CastFile.seconds(frame.at)) s ---\n" + frame.canvas.text) }
        case .cast:
            print(CastFile.text(frames, size: canvasSize, title: title), terminator: "")
        }
    }

    /// Outside a UTF-8 locale, data text too is folded to ASCII, as the terminal does.
    private static func folded(_ canvas: Canvas) -> Canvas {
        var folded = canvas
        for y in 0..<canvas.size.height {
            for x in 0..<canvas.size.width where !canvas[x, y].isContinuation { folded[x, y].grapheme = AsciiFallback.fold(canvas[x, y].grapheme) }
        }
        return folded
    }
}
