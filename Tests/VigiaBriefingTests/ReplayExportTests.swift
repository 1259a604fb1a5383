import Foundation
import Testing
import VigiaModel
import VigiaViews
@testable import VigiaBriefing

/// A recorded briefing of the bundled deck, replayed headless the way `vigia replay --export`
/// does: every step's title in order at 80×24 and 132×43, and an asciinema cast whose header
/// and events parse and whose events carry those frames.
@Suite struct ReplayExportTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 132, height: 43)]

    private func recordedPlayer(start: Double = 0) throws -> ReplayPlayer {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-replay-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try RecordingTests.recordWholeDeck(to: path, start: start)
        let recording = try RecordingReader.read(path)
        return ReplayPlayer(follower: Follower(dashboard: BriefingTestSupport.dashboard, socketPath: path), states: recording.states,
                            duration: recording.duration, ending: "The end of the recording.")
    }

    @Test func everyStepsTitleShowsInOrderAtEachSize() throws {
        let player = try recordedPlayer()
        let titles = BriefingTestSupport.deck.steps.map(\.title)
        for size in Self.sizes {
            let frames = player.frames(size: size, theme: .dark, glyphs: .unicode)
            // One frame per step and one for the end, each at its step's time.
            #expect(frames.count == titles.count + 1, "\(size)")
            #expect(frames.prefix(titles.count).map(\.at) == titles.indices.map { Double($0) * 30 })
            for (index, title) in titles.enumerated() {
                let text = frames[index].canvas.text
                #expect(frames[index].canvas.line(0).hasPrefix(" \(index + 1)/\(titles.count) "), "\(size) step \(index + 1)")
                #expect(text.contains("Step \(index + 1)/\(titles.count): \(title)"), "\(size) step \(index + 1):\n\(text)")
                #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= size.width })
            }
            #expect(frames.last?.canvas.text.contains("The end of the recording.") == true)
        }
    }

    /// A presenter records its first step a moment after its clock starts; the replay still
    /// opens on that step, never on a follower's "waiting for a presenter" with the file's path.
    @Test func anExportStartsOnTheFirstStepRecordedAfterTheStart() throws {
        let player = try recordedPlayer(start: 0.004)
        let frames = player.frames(size: Size(width: 100, height: 30), theme: .dark, glyphs: .unicode)
        let first = try #require(frames.first)
        #expect(first.at == 0 && first.canvas.line(0).hasPrefix(" 1/13 "), "\(first.canvas.text)")
        for frame in frames {
            #expect(!frame.canvas.text.contains("waiting") && !frame.canvas.text.contains("/tmp") && !frame.canvas.text.contains(".jsonl"),
                    "\(frame.canvas.text)")
        }
        #expect(frames.count == BriefingTestSupport.deck.steps.count + 1, "one frame per step and one for the end")
    }

    @Test func theCastHasAHeaderAndOneEventPerFrame() throws {
        let player = try recordedPlayer()
        let size = Size(width: 100, height: 30)
        let frames = player.frames(size: size, theme: .dark, glyphs: .unicode)
        let cast = CastFile.text(frames, size: size, title: "A briefing")
        let lines = cast.split(separator: "\n")
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2 && header["width"] as? Int == 100 && header["height"] as? Int == 30)
        #expect(header["title"] as? String == "A briefing")
        #expect(lines.count == frames.count + 1)
        var previous = -1.0
        for (line, frame) in zip(lines.dropFirst(), frames) {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            let time = try #require(event[0] as? Double)
            #expect(event.count == 3 && event[1] as? String == "o")
            #expect(time >= previous && abs(time - frame.at) < 0.001)
            previous = time
            let text = try #require(event[2] as? String)
            #expect(text.contains(CastFile.screen(frame.canvas)))
            #expect(text.contains("\u{1B}[30;1H"), "every row is repainted")
        }
        // The cursor is hidden in the first event and shown again, attributes reset, at the end.
        let events = try lines.dropFirst().map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Any])[2] as? String ?? "" }
        #expect(events.first?.hasPrefix("\u{1B}[?25l") == true)
        #expect(events.last?.hasSuffix(CastFile.screen(frames[frames.count - 1].canvas) + "\u{1B}[0m\u{1B}[?25h") == true)
        #expect(events.dropLast().allSatisfy { !$0.contains("\u{1B}[?25h") })
        #expect(CastFile.seconds(2.2345) == "2.235" && CastFile.seconds(30) == "30" && CastFile.seconds(0.05) == "0.05")
    }
}
