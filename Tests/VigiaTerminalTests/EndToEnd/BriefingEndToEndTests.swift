import Foundation
import Testing

/// `vigia brief` and `vigia follow` as real processes in real terminals (tmux), talking over a
/// real Unix socket: stepping, jumping, browsing and coming back, notes, mirroring at another
/// size, detaching and re-joining, waiting for a presenter and re-joining a restarted one.
@Suite(.serialized, .tags(.slow, .terminal), .enabled(if: TmuxHarness.isAvailable)) struct BriefingEndToEndTests {
    /// A private folder for the socket (short: `sun_path` holds 108 bytes).
    private func socketFolder() -> String {
        let path = "/tmp/vigia-e2e-\(getpid())-\(UUID().uuidString.prefix(6))"
        mkdir(path, 0o700)
        return path
    }

    private func present(_ harness: TmuxHarness, socket: String, width: Int = 100, height: Int = 30) throws {
        try harness.start(program: "vigia", arguments: ["brief", "plan-ecuador", "--socket", socket],
                          environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"], width: width, height: height)
    }

    private func follow(_ harness: TmuxHarness, socket: String, environment: [String: String], width: Int, height: Int) throws {
        try harness.start(program: "vigia", arguments: ["follow", "--socket", socket], environment: environment, width: width, height: height)
    }

    @Test func thePresenterStepsJumpsBrowsesAndReturns() throws {
        let folder = socketFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let socket = folder + "/b.sock"
        let harness = try TmuxHarness()
        defer { harness.stop() }
        try present(harness, socket: socket)
        var screen = harness.waitForSettledFrame(containing: " 1/13 ", "A Plan Ecuador? What the data says", "Notes")
        #expect(screen.found, "\(screen.screen)")
        #expect(screen.screen.contains("A Plan Ecuador? What the data says"))
        #expect(screen.screen.contains("0 following"))
        #expect(screen.screen.contains("Notes"))
        var info = stat()
        #expect(lstat(socket, &info) == 0 && info.st_mode & 0o777 == 0o600, "the socket is private")

        try harness.send("n")
        screen = harness.waitForSettledFrame(containing: "Homicides › Ecuador", " 2/13 ")
        #expect(screen.found && screen.screen.contains(" 2/13 "), "\(screen.screen)")
        try harness.send("Space")
        screen = harness.waitForSettledFrame(containing: "Ecuador › 2023", " 3/13 ")
        #expect(screen.found && screen.screen.contains(" 3/13 "), "\(screen.screen)")
        try harness.send("p")
        screen = harness.waitForSettledFrame(containing: " 2/13 ", without: [" 3/13 "])
        #expect(screen.found, "\(screen.screen)")
        try harness.send("g", "1", "0")
        screen = harness.waitForSettledFrame(containing: "go to step (1-13): 10_")
        #expect(screen.found, "\(screen.screen)")
        try harness.send("Enter")
        screen = harness.waitForSettledFrame(containing: "Programs › Plan Colombia", "10/13")
        #expect(screen.found && screen.screen.contains("10/13"), "\(screen.screen)")

        // Browse freely, then come back to the step.
        try harness.send("2")
        screen = harness.waitForSettledFrame(containing: "browsing, b returns", "Ranking")
        #expect(screen.found && screen.screen.contains("Ranking"), "\(screen.screen)")
        try harness.send("b")
        screen = harness.waitForSettledFrame(containing: "Programs › Plan Colombia", without: ["browsing"])
        #expect(screen.found && !screen.screen.contains("browsing"), "\(screen.screen)")

        // Notes off and on again.
        try harness.send("N")
        screen = harness.waitForSettledFrame(containing: "Programs › Plan Colombia", without: ["n/p step"])
        #expect(screen.found, "\(screen.screen)")
        try harness.send("N")
        screen = harness.waitForSettledFrame(containing: "n/p step")
        #expect(screen.found, "\(screen.screen)")

        try harness.send("q")
        #expect(harness.exitStatus() == 0)
        #expect(harness.terminalModesRestored)
        #expect(lstat(socket, &info) != 0, "the socket is removed when the presenter quits")
    }

    @Test func aFollowerWaitsMirrorsDetachesAndRejoins() throws {
        let folder = socketFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let socket = folder + "/b.sock"
        let attendee = try TmuxHarness()
        defer { attendee.stop() }
        try follow(attendee, socket: socket, environment: ["TERM": "xterm", "LANG": "C.UTF-8"], width: 80, height: 24)
        var screen = attendee.waitForSettledFrame(containing: "waiting for the presenter")
        #expect(screen.found, "\(screen.screen)")

        var presenter = try TmuxHarness()
        defer { presenter.stop() }
        try present(presenter, socket: socket)
        screen = attendee.waitForSettledFrame(containing: "following · f browses", " 1/13 ")
        #expect(screen.found && screen.screen.contains(" 1/13 "), "\(screen.screen)")
        let presenterScreen = presenter.waitForSettledFrame(containing: "1 follower")
        #expect(presenterScreen.found, "\(presenterScreen.screen)")

        try presenter.send("n")
        screen = attendee.waitForSettledFrame(containing: "Homicides › Ecuador", " 2/13 ")
        #expect(screen.found && screen.screen.contains(" 2/13 "), "\(screen.screen)")
        #expect(screen.screen.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(!screen.screen.contains("Notes"), "speaker notes stay with the presenter")

        // Read-only: a follower's keys do not move it (or anyone).
        try attendee.send("4")
        screen = attendee.waitForSettledFrame(containing: "read-only")
        #expect(screen.found, "\(screen.screen)")
        #expect(presenter.waitForSettledFrame(containing: " 2/13 ").found, "\(presenter.capture())")

        // f: browse on your own; the presenter moves on without you; f again re-joins.
        try attendee.send("f")
        screen = attendee.waitForSettledFrame(containing: "on your own · f re-joins")
        #expect(screen.found, "\(screen.screen)")
        try attendee.send("4")
        screen = attendee.waitForSettledFrame(containing: " Programs")
        #expect(screen.found, "\(screen.screen)")
        try presenter.send("n")
        screen = attendee.waitForSettledFrame(containing: " 3/13 ")
        #expect(screen.found && !screen.screen.contains("Ecuador › 2023"), "\(screen.screen)")
        try attendee.send("f")
        screen = attendee.waitForSettledFrame(containing: "Ecuador › 2023", "following")
        #expect(screen.found && screen.screen.contains("following"), "\(screen.screen)")

        // The presenter quits: the follower says so and waits; a new presenter is re-joined.
        try presenter.send("q")
        #expect(presenter.exitStatus() == 0)
        screen = attendee.waitForSettledFrame(containing: "presenter left · waiting")
        #expect(screen.found, "\(screen.screen)")
        presenter.stop()
        presenter = try TmuxHarness()
        try present(presenter, socket: socket)
        screen = attendee.waitForSettledFrame(containing: "following · f browses", " 1/13 ")
        #expect(screen.found && screen.screen.contains(" 1/13 "), "\(screen.screen)")

        try attendee.send("q")
        #expect(attendee.exitStatus() == 0)
        #expect(attendee.terminalModesRestored)
        try presenter.send("q")
        #expect(presenter.exitStatus() == 0)
    }
}
