import Foundation
import VigiaModel
import VigiaViews

// MARK: 4. Scale

extension Bench {
    struct Scaled {
        var total = Sample()
        var frames: [Sample] = []
        var dashboardMB = Sample()
        var validateMB = Sample()
        var validate = Sample()
        var badRecords = Sample()
        var badRecordsMB = Sample()
    }

    func measureScale(into report: inout Report) throws -> Scaled {
        var result = Scaled()
        let folder = scratch.appendingPathComponent("data-x\(settings.scale)")
        try generateScaledData(in: folder, into: &report)
        let dataset = try measureScaledLoad(from: folder, into: &report, result: &result)
        try measureScaledValidation(of: folder, into: &report, result: &result)
        measureScaledFrames(Dashboard(dataset: dataset!), into: &report, result: &result)
        try measureScaledFirstFrame(with: folder, into: &report, result: &result)
        try measureBadRecords(into: &report, result: &result)
        try measureReadFloor(of: folder, into: &report)
        return result
    }

    /// The first-frame, scale and memory rows alone, without the targets (most need the
    /// other sections).
    func measureLoaderRows() throws -> Report {
        var report = Report()
        progress("first frame")
        let first = try measureFirstFrame(into: &report)
        progress("scale")
        let scaled = try measureScale(into: &report)
        addPeaks(first: first, scaled: scaled, to: &report)
        return report
    }

    /// 5.1–5.4: peak memory.
    func addPeaks(first: FirstFrame, scaled: Scaled, to report: inout Report) {
        report.add("5.1", "Peak RSS, dashboard, bundled data (VmHWM)", first.peakMB, .megabytes)
        report.add("5.2", "Peak RSS, dashboard, \(settings.scale)× data (VmHWM)", scaled.dashboardMB, .megabytes)
        report.add("5.3", "Peak RSS, vigia validate, \(settings.scale)× data", scaled.validateMB, .megabytes, note: "VmHWM")
        report.add("5.4", "Peak RSS, vigia validate, 16 MB of bad records", scaled.badRecordsMB, .megabytes, note: "VmHWM")
    }

    /// 4.1: writes the scaled synthetic data set.
    private func generateScaledData(in folder: URL, into report: inout Report) throws {
        let generator = SyntheticData(bundled: bundled.url, scale: settings.scale, seed: 42)
        let (files, generated) = try timed { try generator.write(to: folder) }
        let records = files.reduce(0) { $0 + $1.records }
        let megabytes = Double(files.reduce(0) { $0 + $1.bytes }) / 1_048_576
        report.add("4.1", "\(settings.scale)× data: generate (vigia-bench generate)", single: generated, .milliseconds,
                   note: "\(records) records, \(Report.fixed(megabytes, 1)) MB in \(files.count) files")
    }

    /// 4.2–4.7: loads the scaled data in-process, stage by stage; returns the last load.
    private func measureScaledLoad(from folder: URL, into report: inout Report, result: inout Scaled) throws -> Dataset? {
        var parsing = Sample(), decoding = Sample(), filesWall = Sample(), validating = Sample(), indexing = Sample()
        var dataset: Dataset?
        for _ in 0..<settings.loadRuns {
            var profile = DatasetLoader.Profile()
            do {
                dataset = try DatasetLoader.load(from: folder, displayPath: folder.path, profile: &profile)
            } catch {
                throw BenchError("the \(settings.scale)× data does not load: \(error.issues.first?.description ?? "unknown problem")")
            }
            parsing.add(profile.parsing.milliseconds)
            decoding.add(profile.decoding.milliseconds)
            filesWall.add(profile.filesWall.milliseconds)
            validating.add(profile.validating.milliseconds)
            indexing.add(profile.indexing.milliseconds)
            result.total.add(profile.total.milliseconds)
        }
        report.add("4.2", "\(settings.scale)× load: read + parse (CPU, all files)", parsing, .milliseconds, note: "in-process")
        report.add("4.3", "\(settings.scale)× load: decode records (CPU, all files)", decoding, .milliseconds)
        report.add("4.4", "\(settings.scale)× load: files in parallel (wall)", filesWall, .milliseconds, note: "4.2 + 4.3 on every core")
        report.add("4.5", "\(settings.scale)× validation (cross-record rules)", validating, .milliseconds, note: "Dataset built beside it")
        report.add("4.6", "\(settings.scale)× index (Dataset)", indexing, .milliseconds, note: "the wait for it after 4.5")
        report.add("4.7", "\(settings.scale)× load + validate, total (wall)", result.total, .milliseconds, note: "target ≤ 300 at 100×")
        return dataset
    }

    /// 4.8: `vigia validate` on the scaled data, as a process.
    private func measureScaledValidation(of folder: URL, into report: inout Report, result: inout Scaled) throws {
        var validateRuns = Sample()
        for _ in 0..<settings.loadRuns {
            let run = try ChildRun.run(vigia, ["validate", "--data", folder.path], environment: terminalEnvironment)
            guard run.status == 0 else { throw BenchError("vigia validate rejected the \(settings.scale)× data (status \(run.status))") }
            validateRuns.add(run.milliseconds)
            result.validateMB.add(Double(run.peakResidentKiB) / 1024)
        }
        result.validate = validateRuns
        report.add("4.8", "\(settings.scale)× `vigia validate --data` (process, wall)", validateRuns, .milliseconds, note: "exit 0; target ≤ 400 at 100×")
    }

    /// 4.9–4.11: frames of the scaled dashboard, rendered in-process.
    private func measureScaledFrames(_ big: Dashboard, into report: inout Report, result: inout Scaled) {
        let overview = inProcess(big, from: big.initialState(), keys: [.resize], size: Size(width: 100, height: 30), iterations: max(10, settings.renderIterations / 10))
        report.add("4.9", "\(settings.scale)× frame: Overview, 100×30", overview, .milliseconds, note: "render only")
        let size = Size(width: 200, height: 60)
        let homicides = inProcess(big, from: homicidesState(big), keys: [.character("h"), .character("l")], size: size, iterations: max(10, settings.renderIterations / 10))
        report.add("4.10", "\(settings.scale)× key→frame: Homicides, 8 compared, 200×60", homicides, .milliseconds)
        let decrees = inProcess(big, from: decreesState(big), keys: [.character("h"), .character("l")], size: size, iterations: max(10, settings.renderIterations / 10))
        report.add("4.11", "\(settings.scale)× key→frame: Decrees timeline, 200×60", decrees, .milliseconds)
        result.frames = [overview, homicides, decrees]
    }

    /// 4.12: the scaled dashboard's first frame through a pseudo-terminal.
    private func measureScaledFirstFrame(with folder: URL, into report: inout Report, result: inout Scaled) throws {
        var first = Sample()
        for _ in 0..<settings.scaledFirstFrameRuns {
            let measured = try firstFrame([vigia, "--data", folder.path], marker: Self.overviewMarker, environment: terminalEnvironment)
            first.add(measured.milliseconds)
            if let peak = measured.peakKiB { result.dashboardMB.add(Double(peak) / 1024) }
        }
        report.add("4.12", "\(settings.scale)× first frame via pty, Overview, 100×30", first, .milliseconds)
    }
}
