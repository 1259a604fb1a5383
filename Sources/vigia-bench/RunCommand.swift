import ArgumentParser
import Foundation
import VigiaModel
import VigiaViews

/// `vigia-bench [run]`: measures everything and prints the table.
///
/// What is measured where:
/// - through a pseudo-terminal this process owns (`PseudoTerminalProcess`), as a terminal
///   emulator sees it: first frame, key press to settled output, bytes, peak memory;
/// - in this process: `reduce` + `Frame.render` per key, and the phases of a load;
/// - as a plain child process: `vigia validate` on the scaled data (wall time, peak `VmHWM`).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the benchmark and print the table (the default)."
    )

    @Flag(help: "A short run that proves the benchmark works (3 runs, 10× data, no VisiData); what the tests use.")
    var quick = false

    @Option(help: "First-frame runs per program (default 21; 3 with --quick).")
    var runs: Int?

    @Option(help: "Size of the synthetic data set, in copies of the bundled one (default 100; 10 with --quick).")
    var scale: Int?

    @Flag(help: "Skip VisiData even if it is installed.")
    var noVisidata = false

    @Flag(help: "Only the rows a change to the loader moves: first frame (1.x), scale and memory (4.x, 5.1 to 5.4).")
    var loaderOnly = false

    func run() throws {
        let settings = Settings(quick: quick, runs: runs, scale: scale, visiData: !noVisidata && !quick)
        let bench = try Bench(settings: settings)
        defer { bench.cleanUp() }
        print(bench.header())
        let report = try loaderOnly ? bench.measureLoaderRows() : bench.measure()
        print(report.render())
    }
}

/// How much to measure.
struct Settings {
    var firstFrameRuns: Int
    var keySteps: Int
    var renderIterations: Int
    var loadRuns: Int
    var scaledFirstFrameRuns: Int
    var scale: Int
    var visiData: Bool
    var idle: Duration
    var quick: Bool
    /// Output counts as settled after this long without a byte.
    let quiet = Duration.milliseconds(30)

    init(quick: Bool, runs: Int?, scale: Int?, visiData: Bool) {
        self.quick = quick
        firstFrameRuns = max(1, runs ?? (quick ? 3 : 21))
        keySteps = quick ? 6 : 40
        renderIterations = quick ? 20 : 300
        loadRuns = quick ? 2 : 7
        scaledFirstFrameRuns = quick ? 1 : 5
        self.scale = max(1, scale ?? (quick ? 10 : 100))
        self.visiData = visiData
        idle = quick ? .milliseconds(300) : .seconds(2)
    }
}

/// The benchmark's state: where the programs are, the scratch folder, the loaded data.
final class Bench {
    let settings: Settings
    let vigia: String
    let floor: String
    let scratch: URL
    let bundled: DataLocation.Resolved
    let dashboard: Dashboard
    /// The countries the comparison chart is measured with.
    let compared: [String]

    init(settings: Settings) throws {
        self.settings = settings
        let directory = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
            .deletingLastPathComponent()
        vigia = directory.appendingPathComponent("vigia").path
        floor = directory.appendingPathComponent("vigia-floor").path
        for program in [vigia, floor] where !FileManager.default.isExecutableFile(atPath: program) {
            throw BenchError("\(program) is missing: build the package first (swift build -c release)")
        }
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-bench-\(getpid())")
        try? FileManager.default.removeItem(at: scratch)
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("home"), withIntermediateDirectories: true)
        bundled = DataLocation.resolve(explicit: nil)
        let dataset: Dataset
        do {
            dataset = try DatasetLoader.load(from: bundled.url, displayPath: bundled.displayPath)
        } catch {
            throw BenchError("the bundled data does not load (\(error.issues.count) problems); run `vigia validate`")
        }
        dashboard = Dashboard(dataset: dataset)
        compared = Self.comparison(dataset)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Eight countries for the comparison chart: the most violent ones the op-ed is about,
    /// topped up from the data set.
    static func comparison(_ dataset: Dataset) -> [String] {
        var codes = ["ECU", "SLV", "HND", "MEX", "COL", "JAM", "GTM", "BRA"].filter { dataset.country($0) != nil }
        for country in dataset.countries where codes.count < 8 && !codes.contains(country.iso3) { codes.append(country.iso3) }
        return codes
    }

    /// The environment every measured program gets: a UTF-8 xterm, an empty home.
    var terminalEnvironment: [String: String] {
        [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            "HOME": scratch.appendingPathComponent("home").path, "SWIFT_BACKTRACE": "enable=no",
        ]
    }

    func header() -> String {
        #if DEBUG
        let build = "debug build (timings are not representative: use swift run -c release vigia-bench)"
        #else
        let build = "release build"
        #endif
        let cpu = (try? readText("/proc/cpuinfo"))?.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let mode = settings.quick ? "quick mode" : "full run"
        return """
        vigia-bench — \(mode), \(build)
        machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu)
        first-frame runs: \(settings.firstFrameRuns) (+1 warm-up), key steps: \(settings.keySteps), render iterations: \(settings.renderIterations), scale: \(settings.scale)×
        pty: \(terminalEnvironment["TERM"]!), LANG=\(terminalEnvironment["LANG"]!); "settled" = no byte for \(Int(settings.quiet.milliseconds)) ms, latency = last byte − key written

        """
    }

    func measure() throws -> Report {
        var report = Report()
        progress("first frame")
        let first = try measureFirstFrame(into: &report)
        progress("key latency")
        try measureKeys(into: &report)
        measureMap(into: &report)
        progress("bytes")
        try measureBytes(into: &report)
        progress("scale")
        let scaled = try measureScale(into: &report)
        addPeaks(first: first, scaled: scaled, to: &report)
        progress("import")
        try measureImport(into: &report)
        addTargets(to: &report, first: first, scaled: scaled)
        addImportTarget(to: &report)
        guard report.rows.map(\.id) == Report.rowIDs else {
            throw BenchError("the table's rows no longer match Report.rowIDs (and the smoke test's list): update both")
        }
        return report
    }

    func progress(_ what: String) {
        FileHandle.standardError.write(Data("vigia-bench: measuring \(what)…\n".utf8))
    }

    // MARK: 1. First frame

    struct FirstFrame {
        var vigia = Sample()
        var floor = Sample()
        var visiData = Sample()
        var peakMB = Sample()
        var visiDataStatus = ""
    }

    /// Time from exec until `marker` arrives from a program in a 100×30 pseudo-terminal.
    ///
    /// With `thenSettle`, the frame counts as finished only when the output has then been
    /// quiet that long (for a program that keeps updating after the marker, as VisiData does
    /// while it loads), and `finalText` must have been written by then.
    func firstFrame(_ command: [String], marker: String, environment: [String: String], exitsByItself: Bool = false,
                    thenSettle: Duration? = nil, finalText: String? = nil) throws -> (milliseconds: Double, peakKiB: Int?) {
        let process = try PseudoTerminalProcess(path: command[0], arguments: Array(command.dropFirst()), environment: environment, columns: 100, rows: 30)
        guard var arrived = process.waitFor(marker, timeout: .seconds(60)) else {
            process.terminate()
            let tail = String(decoding: process.output.suffix(300), as: UTF8.self)
            throw BenchError("\(command.joined(separator: " ")) never showed \"\(marker)\"; last output: \(tail.debugDescription)")
        }
        if let thenSettle {
            let markerEnd = process.output.count
            let settled = process.settle(quiet: thenSettle, timeout: .seconds(20))
            if let last = settled.last { arrived = last }
            if let finalText, PseudoTerminalProcess.find(Array(finalText.utf8), in: process.output, from: max(0, markerEnd - 4096)) == nil {
                process.terminate()
                throw BenchError("\(command.joined(separator: " ")) settled without showing \"\(finalText)\"")
            }
        }
        let peak = process.peakResidentKiB()
        if exitsByItself, process.waitForExit(timeout: .seconds(5)) != nil {} else { process.terminate() }
        return ((arrived - process.started).milliseconds, peak)
    }

    func measureFirstFrame(into report: inout Report) throws -> FirstFrame {
        var result = FirstFrame()
        let visiData = settings.visiData ? try prepareVisiData() : nil
        if !settings.visiData {
            result.visiDataStatus = settings.quick ? "skipped (--quick)" : "skipped (--no-visidata)"
        } else if visiData == nil {
            result.visiDataStatus = "VisiData: not installed (pip install visidata)"
        }
        // Run 0 warms the page cache and is discarded; the programs take turns so drift in
        // the machine's load spreads evenly over them, and the order rotates from run to run so
        // each follows each of the others as often: a program started right after VisiData's
        // Python process finds the caches it shares with it cold, which a fixed order would
        // charge to the same program every time.
        for run in 0...settings.firstFrameRuns {
            var app: (milliseconds: Double, peakKiB: Int?)?
            var base: Double?
            var peer: Double?
            let programs = visiData == nil ? 2 : 3
            for turn in 0..<programs {
                switch (turn + run) % programs {
                case 0: app = try firstFrame([vigia], marker: Self.overviewMarker, environment: terminalEnvironment)
                case 1: base = try firstFrame([floor], marker: "vigia-floor ready", environment: terminalEnvironment, exitsByItself: true).milliseconds
                default:
                    guard let visiData else { continue }
                    peer = try firstFrame(visiData.command, marker: " rows", environment: visiData.environment,
                                          thenSettle: Self.visiDataQuiet, finalText: visiData.marker).milliseconds
                }
            }
            guard run > 0, let app, let base else { continue }
            result.vigia.add(app.milliseconds)
            result.floor.add(base)
            if let peer { result.visiData.add(peer) }
            if let peak = app.peakKiB { result.peakMB.add(Double(peak) / 1024) }
        }
        report.add("1.1", "First frame: vigia, Overview, bundled data, 100×30", result.vigia, .milliseconds)
        report.add("1.2", "First frame: floor (vigia-floor: ncurses + 1 line)", result.floor, .milliseconds)
        if let visiData {
            report.add("1.3", "First frame: VisiData \(visiData.version), homicides JSON", result.visiData, .milliseconds, note: "\(visiData.rows) rows")
        } else {
            report.add("1.3", "First frame: VisiData, homicides JSON", text: result.visiDataStatus)
        }
        report.add("1.4", "Ratio: vigia ÷ floor (medians)", single: result.vigia.median / result.floor.median, .ratio, note: "target ≤ 1.5")
        if result.visiData.isEmpty {
            report.add("1.5", "Ratio: VisiData ÷ vigia (medians)", text: "n/a — \(result.visiDataStatus)")
        } else {
            report.add("1.5", "Ratio: VisiData ÷ vigia (medians)", single: result.visiData.median / result.vigia.median, .ratio, note: "target ≥ 30")
        }
        return result
    }

    /// The Overview's status line: drawn last (bottom row), so when it arrives the whole
    /// first frame, with all data loaded, has been written.
    static let overviewMarker = "help"

    /// VisiData loads in a background thread and updates its row count as it goes; curses
    /// then rewrites only the digits, so no fixed text marks the finished screen. Its frame
    /// counts as finished at the last byte before this much quiet, once the count has shown.
    static let visiDataQuiet = Duration.milliseconds(250)

    struct VisiData {
        var command: [String]
        var environment: [String: String]
        var marker: String
        var version: String
        var rows: Int
    }

    /// Finds VisiData for `python3` on PATH and writes the file it opens: the annual homicide
    /// table as `vigia export homicides --format json` prints it. Its screen is finished when
    /// its status line has counted every row ("478") and the output has gone quiet.
    func prepareVisiData() throws -> VisiData? {
        let probe = "import sys, visidata; print(sys.executable); print(visidata.__version__)"
        guard let found = ChildRun.capture("/usr/bin/env", ["python3", "-c", probe], environment: ProcessInfo.processInfo.environment, scratch: scratch) else {
            return nil
        }
        let lines = found.split(separator: "\n").map(String.init)
        guard lines.count >= 2 else { return nil }
        let python = URL(fileURLWithPath: lines[0])
        let file = scratch.appendingPathComponent("homicides.json")
        let export = try ChildRun.run(vigia, ["export", "homicides", "--format", "json"], environment: terminalEnvironment, output: file.path)
        guard export.status == 0 else { throw BenchError("vigia export homicides --format json failed (\(export.status))") }
        var parser = JSONParser(bytes: [UInt8](try Data(contentsOf: file)))
        guard case .array(let rows)? = try? parser.parse().value else { throw BenchError("vigia export printed no JSON array") }
        // The `vd` script pip installs beside the interpreter, as a user would run it.
        let script = python.deletingLastPathComponent().appendingPathComponent("vd").path
        let command = FileManager.default.isExecutableFile(atPath: script) ? [script, file.path] : [python.path, "-m", "visidata", file.path]
        var environment = terminalEnvironment
        environment["PATH"] = python.deletingLastPathComponent().path + ":/usr/bin:/bin"
        environment["HOME"] = scratch.appendingPathComponent("visidata-home").path
        try FileManager.default.createDirectory(atPath: environment["HOME"]!, withIntermediateDirectories: true)
        return VisiData(command: command, environment: environment, marker: "\(rows.count)", version: lines[1], rows: rows.count)
    }

    // MARK: 2. Key press to frame

    /// The Homicides screen comparing eight countries (the chart pane focused, as `:compare`
    /// leaves it).
    func homicidesState(_ dashboard: Dashboard) -> AppState {
        var state = dashboard.initialState()
        if case .success(let command) = dashboard.commands.parse("compare " + Self.comparison(dashboard.dataset).joined(separator: ",")) {
            state = dashboard.run(command, on: state)
        }
        return state
    }

    func decreesState(_ dashboard: Dashboard) -> AppState {
        dashboard.reduce(dashboard.initialState(), .show(.decrees))
    }

    /// `reduce` + `Frame.render` for alternating `keys`, each timed on its own.
    func inProcess(_ dashboard: Dashboard, from start: AppState, keys: [Key], size: Size, iterations: Int) -> Sample {
        var state = start
        var sample = Sample()
        var checksum = 0
        for iteration in 0..<(iterations + iterations / 10) {
            let key = keys[iteration % keys.count]
            let began = ContinuousClock.now
            state = dashboard.reduce(state, key: key)
            let canvas = Frame.render(ScreenContext(dashboard: dashboard, state: state, theme: .dark, glyphs: .unicode), size: size)
            let elapsed = (ContinuousClock.now - began).milliseconds
            checksum &+= canvas.cells.count
            // The first tenth warms caches and is not counted.
            if iteration >= iterations / 10 { sample.add(elapsed) }
        }
        precondition(checksum > 0)
        return sample
    }

    /// Key written to output settled, through the pty, for alternating `keys`.
    func throughTerminal(arguments: [String], setup: String?, keys: [String], columns: Int, rows: Int, steps: Int,
                         marker: String = Bench.overviewMarker) throws -> (latency: Sample, bytes: Sample) {
        let process = try PseudoTerminalProcess(path: vigia, arguments: arguments, environment: terminalEnvironment, columns: columns, rows: rows)
        defer { process.terminate() }
        guard process.waitFor(marker, timeout: .seconds(60)) != nil else {
            throw BenchError("vigia \(arguments.joined(separator: " ")) drew no frame at \(columns)×\(rows)")
        }
        process.settle(quiet: settings.quiet, timeout: .seconds(5))
        if let setup {
            process.type(setup)
            process.settle(quiet: settings.quiet, timeout: .seconds(5))
        }
        var latency = Sample(), bytes = Sample()
        for step in 0..<steps {
            let written = process.type(keys[step % keys.count])
            let settled = process.settle(quiet: settings.quiet, timeout: .seconds(5), expectingOutput: true)
            bytes.add(Double(settled.bytes))
            if let last = settled.last { latency.add((last - written).milliseconds) }
        }
        return (latency, bytes)
    }

    func measureKeys(into report: inout Report) throws {
        let sizes = [Size(width: 80, height: 24), Size(width: 200, height: 60)]
        let panKeys: [Key] = [.character("h"), .character("l")]
        var id = 1
        for (name, state) in [("Homicides, 8 compared", homicidesState(dashboard)), ("Decrees timeline", decreesState(dashboard))] {
            for size in sizes {
                let sample = inProcess(dashboard, from: state, keys: panKeys, size: size, iterations: settings.renderIterations)
                report.add("2.\(id)", "Key→frame in-process: \(name), \(size.width)×\(size.height)", sample, .milliseconds, note: "reduce + render, h/l")
                id += 1
            }
        }
        let compare = ":compare " + compared.joined(separator: ",") + "\r"
        for (name, arguments, setup) in [("Homicides, 8 compared", ["--screen", "homicides"], Optional(compare)), ("Decrees timeline", ["--screen", "decrees"], nil)] {
            for size in sizes {
                let measured = try throughTerminal(arguments: arguments, setup: setup, keys: ["h", "l"], columns: size.width, rows: size.height, steps: settings.keySteps)
                report.add("2.\(id)", "Key→settled via pty: \(name), \(size.width)×\(size.height)", measured.latency, .milliseconds,
                           note: "h/l; \(Int(measured.bytes.median)) B/key")
                id += 1
            }
        }
    }

    // MARK: 3. Bytes

    func measureBytes(into report: inout Report) throws {
        let steps = max(4, settings.keySteps / 2)
        let table = try throughTerminal(arguments: [], setup: nil, keys: ["j", "k"], columns: 100, rows: 30, steps: steps)
        report.add("3.1", "Bytes per cursor step: Overview ranking table, 100×30", table.bytes, .bytes, note: "j/k; only the two rows change")
        let homicides = try throughTerminal(arguments: ["--screen", "homicides"], setup: nil, keys: ["j", "k"], columns: 100, rows: 30, steps: steps)
        report.add("3.2", "Bytes per cursor step: Homicides ranking, 100×30", homicides.bytes, .bytes, note: "j/k; the chart follows the row")
        let claims = try throughTerminal(arguments: ["--screen", "claims"], setup: "\t", keys: ["j", "k"], columns: 100, rows: 30, steps: steps)
        report.add("3.3", "Bytes per cursor step: Sources table, 100×30", claims.bytes, .bytes, note: "j/k; the detail follows the row")
        let switches = try throughTerminal(arguments: ["--screen", "homicides"], setup: nil, keys: ["3", "2"], columns: 100, rows: 30, steps: steps)
        report.add("3.4", "Bytes per screen switch (2 ↔ 3), 100×30", switches.bytes, .bytes)
        let deck = bundled.url.appendingPathComponent("briefings/plan-ecuador.json").path
        let briefing = try throughTerminal(arguments: ["brief", deck, "--no-socket"], setup: nil, keys: ["n", "p"], columns: 80, rows: 24,
                                           steps: steps, marker: "n/p step")
        report.add("3.5", "Bytes per briefing step (presenter, n/p), 80×24", briefing.bytes, .bytes, note: "the whole screen and notes change")
        report.add("3.6", "Idle dashboard: bytes written in \(Report.fixed(settings.idle.milliseconds / 1000, 1)) s", single: Double(try idleBytes()), .bytes, note: "target 0")
    }

    /// Bytes an untouched dashboard writes after its first frame has settled.
    func idleBytes() throws -> Int {
        let process = try PseudoTerminalProcess(path: vigia, arguments: [], environment: terminalEnvironment, columns: 100, rows: 30)
        defer { process.terminate() }
        guard process.waitFor(Self.overviewMarker, timeout: .seconds(60)) != nil else { throw BenchError("vigia drew no frame") }
        process.settle(quiet: settings.quiet, timeout: .seconds(5))
        let before = process.output.count
        let deadline = ContinuousClock.now + settings.idle
        while ContinuousClock.now < deadline { process.pump(timeout: deadline - .now) }
        return process.output.count - before
    }
}
