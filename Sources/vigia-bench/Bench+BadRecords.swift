import Foundation
import VigiaModel

// MARK: 4.13, 5.4. A file of bad records; 4.14, the floor of a load

extension Bench {
    /// The largest file the loader reads (`DataFile.maximumBytes`) made only of bad records:
    /// `{"countries":[0,0,…]}`, two bytes per record, the densest way to make problems. The
    /// rest of the folder is the bundled data. Rejecting it must stay quick and small: each
    /// problem is counted, only the first ones are described.
    static func badRecordsFile() -> [UInt8] {
        let head = Array("{\"countries\":[".utf8), tail = Array("]}".utf8)
        let count = (DataFile.maximumBytes - head.count - tail.count + 1) / 2
        var bytes = head
        bytes.reserveCapacity(DataFile.maximumBytes)
        for index in 0..<count { bytes += index == 0 ? [0x30] : [0x2C, 0x30] }
        return bytes + tail
    }

    /// 4.13 and 5.4: `vigia validate` on that folder, as a process; it must exit 65.
    func measureBadRecords(into report: inout Report, result: inout Scaled) throws {
        let folder = scratch.appendingPathComponent("bad-records")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in DataFile.allCases where file != .countries {
            try FileManager.default.copyItem(at: bundled.url.appendingPathComponent(file.fileName), to: folder.appendingPathComponent(file.fileName))
        }
        let bytes = Self.badRecordsFile()
        try Data(bytes).write(to: folder.appendingPathComponent(DataFile.countries.fileName))
        for _ in 0..<settings.loadRuns {
            let run = try ChildRun.run(vigia, ["validate", "--data", folder.path], environment: terminalEnvironment)
            guard run.status == 65 else { throw BenchError("vigia validate did not reject the bad records (status \(run.status))") }
            result.badRecords.add(run.milliseconds)
            result.badRecordsMB.add(Double(run.peakResidentKiB) / 1024)
        }
        let megabytes = Double(bytes.count) / 1_048_576
        report.add("4.13", "16 MB of bad records: `vigia validate` (process, wall)", result.badRecords, .milliseconds,
                   note: "exit 65; \(bytes.count / 2) records, \(Report.fixed(megabytes, 1)) MB; target ≤ 2000")
    }

    /// 4.14: reading the scaled folder's bytes into memory, file after file, from a warm page
    /// cache: what no loader can beat, the physical limit rows 4.2–4.8 are compared with.
    func measureReadFloor(of folder: URL, into report: inout Report) throws {
        var reads = Sample()
        var total = 0
        // Run 0 warms the cache and is discarded.
        for run in 0...settings.loadRuns {
            let start = ContinuousClock.now
            total = 0
            for file in DataFile.allCases {
                total += try [UInt8](Data(contentsOf: folder.appendingPathComponent(file.fileName))).count
            }
            if run > 0 { reads.add((ContinuousClock.now - start).milliseconds) }
        }
        report.add("4.14", "\(settings.scale)× floor: read the bytes (warm page cache)", reads, .milliseconds,
                   note: "\(Report.fixed(Double(total) / 1_048_576, 1)) MB; the limit for 4.2–4.8")
    }
}
