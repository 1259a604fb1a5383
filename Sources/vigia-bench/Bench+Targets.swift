import Foundation

extension Bench {
    func addTargets(to report: inout Report, first: FirstFrame, scaled: Scaled) {
        let rows = report.rows
        func median(_ id: String) -> Double? {
            guard let row = rows.first(where: { $0.id == id }) else { return nil }
            switch row.content {
            case .sample(let sample, _): return sample.median
            case .single(let value, _): return value
            case .text: return nil
            }
        }
        let ratio = first.vigia.median / first.floor.median
        report.target("first frame ≤ 1.5× the floor (\(Report.fixed(ratio, 1))×)", met: ratio <= 1.5)
        if first.visiData.isEmpty {
            report.target("first frame ≥ 30× faster than VisiData (not measured: \(first.visiDataStatus))", met: nil)
        } else {
            let speedup = first.visiData.median / first.vigia.median
            report.target("first frame ≥ 30× faster than VisiData (\(Report.fixed(speedup, 1))×)", met: speedup >= 30)
        }
        for id in ["2.6", "2.8"] {
            let value = median(id) ?? .nan
            report.target("key press to frame ≤ 2 ms median at 200×60 via pty, row \(id) (\(Report.fixed(value, 2)) ms)", met: value <= 2)
        }
        let map = median("2.9") ?? .nan
        report.target("map frame ≤ 5 ms median at 200×60 in-process, row 2.9 (\(Report.fixed(map, 2)) ms)", met: map <= 5)
        let step = median("3.1") ?? .nan
        report.target("≤ 300 bytes per cursor step in a table, row 3.1 (\(Int(step)) B; rows 3.2–3.3 also redraw what follows the row)", met: step <= 300)
        let idle = median("3.6") ?? .nan
        report.target("an idle dashboard writes nothing (\(Int(idle)) B)", met: idle == 0)
        let full = settings.scale == 100
        let load = scaled.total.median
        report.target("100× data loads and validates in ≤ 300 ms (\(settings.scale)×: \(Report.fixed(load, 1)) ms)", met: full ? load <= 300 : nil)
        let validate = scaled.validate.median
        report.target("`vigia validate` on 100× data in ≤ 400 ms (\(settings.scale)×: \(Report.fixed(validate, 1)) ms)", met: full ? validate <= 400 : nil)
        let dashboardMB = scaled.dashboardMB.median, validateMB = scaled.validateMB.median
        report.target("100× data: dashboard peak ≤ 170 MB (\(settings.scale)×: \(Report.fixed(dashboardMB, 1)) MB)", met: full ? dashboardMB <= 170 : nil)
        report.target("100× data: `vigia validate` peak ≤ 250 MB (\(settings.scale)×: \(Report.fixed(validateMB, 1)) MB)", met: full ? validateMB <= 250 : nil)
        let bad = scaled.badRecords.median, badMB = scaled.badRecordsMB.median
        #if DEBUG
        let quickEnough: Bool? = nil // the target is for a release build
        #else
        let quickEnough: Bool? = bad <= 2000 && badMB <= 300
        #endif
        report.target("16 MB of bad records rejected in ≤ 2 s and ≤ 300 MB (\(Report.fixed(bad, 1)) ms, \(Report.fixed(badMB, 1)) MB)", met: quickEnough)
        let slowest = scaled.frames.map(\.median).max() ?? .nan
        report.target("100× frames ≤ 16 ms (slowest median at \(settings.scale)×: \(Report.fixed(slowest, 2)) ms)", met: settings.scale == 100 ? slowest <= 16 : nil)
        let memory = first.peakMB.median
        report.target("resident memory ≤ 30 MB with the bundled data (\(Report.fixed(memory, 1)) MB)", met: memory <= 30)
    }
}
