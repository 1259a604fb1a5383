import Foundation
import Testing
import VigiaViews
@testable import VigiaBriefing

/// The wire format: what is sent comes back equal, and nothing malformed gets through.
@Suite struct MessageCodecTests {
    private func decode(_ text: String) -> Result<BriefingMessage, DropReason> {
        MessageCodec.decode(Array(text.utf8))
    }

    @Test func aStateRoundTrips() throws {
        let broadcast = BriefingTestSupport.broadcast(step: 4)
        let line = MessageCodec.encode(.state(sequence: 7, broadcast))
        #expect(line.last == 0x0A)
        #expect(line.dropLast().contains(0x0A) == false, "one message, one line")
        #expect(line.count < 4096, "a step costs \(line.count) bytes on the socket")
        #expect(try MessageCodec.decode(line.dropLast()).get() == .state(sequence: 7, broadcast))
        #expect(try MessageCodec.decode(MessageCodec.encode(.bye).dropLast()).get() == .bye)
    }

    @Test func everyStepOfTheDeckRoundTripsAndRebuildsTheSameScreen() throws {
        let dashboard = BriefingTestSupport.dashboard
        for step in 0..<BriefingTestSupport.deck.steps.count {
            let broadcast = BriefingTestSupport.broadcast(step: step)
            guard case .state(_, let decoded) = try MessageCodec.decode(MessageCodec.encode(.state(sequence: 1, broadcast)).dropLast()).get() else {
                Issue.record("step \(step) did not decode as a state")
                continue
            }
            let rebuilt = try decoded.view.state(in: dashboard.dataset, base: dashboard.initialState())
            #expect(NavigationSnapshot(rebuilt) == broadcast.view)
            #expect(rebuilt.stack == BriefingTestSupport.presenter.stepStates[step].stack)
        }
    }

    @Test func malformedLinesAreDropped() {
        for text in ["", " ", "{", "{\"v\":1,\"type\":\"state\"", "[1,2", "null", "42", "\"state\"", "{\"v\":\"1\",\"type\":\"state\"}", "{\"type\":\"state\"}", "{\"v\":1}"] {
            guard case .failure(.malformed) = decode(text) else {
                Issue.record("\(text) was not dropped as malformed: \(decode(text))")
                continue
            }
        }
    }

    @Test func truncatedStatesAreDropped() {
        let line = MessageCodec.encode(.state(sequence: 1, BriefingTestSupport.broadcast(step: 2))).dropLast()
        for cut in stride(from: 1, to: line.count, by: max(1, line.count / 50)) {
            if case .success = MessageCodec.decode(line.prefix(cut)) { Issue.record("a state cut at \(cut) bytes decoded") }
        }
    }

    @Test func aStateWithoutItsBodyIsDropped() {
        guard case .failure(.malformed) = decode("{\"v\":1,\"type\":\"state\",\"seq\":1}") else {
            Issue.record("a bodiless state was accepted")
            return
        }
        guard case .failure(.malformed) = decode("{\"v\":1,\"type\":\"state\",\"seq\":-1,\"state\":{}}") else {
            Issue.record("a negative sequence was accepted")
            return
        }
    }

    @Test func otherVersionsAndTypesAreDropped() {
        #expect(decode("{\"v\":2,\"type\":\"state\",\"seq\":1,\"state\":{}}") == .failure(.unknownVersion(2)))
        #expect(decode("{\"v\":1,\"type\":\"steer\",\"seq\":1}") == .failure(.unknownType("steer")))
        #expect(decode("{\"v\":0,\"type\":\"bye\"}") == .failure(.unknownVersion(0)))
    }

    @Test func oversizedLinesAreDropped() {
        let huge = "{\"v\":1,\"type\":\"bye\",\"pad\":\"" + String(repeating: "x", count: BriefingProtocol.maximumLineBytes) + "\"}"
        #expect(decode(huge) == .failure(.oversized))
    }

    @Test func deepNestingAndBinaryGarbageNeverTrap() {
        let deep = String(repeating: "[", count: 60_000)
        guard case .failure(.malformed) = decode(deep) else {
            Issue.record("deep nesting was not dropped")
            return
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let garbage = (0..<Int.random(in: 1...2000, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if case .success = MessageCodec.decode(garbage) { Issue.record("random bytes decoded: \(garbage.prefix(40))") }
        }
        // Invalid UTF-8 inside an otherwise valid message.
        let invalid: [UInt8] = Array("{\"v\":1,\"type\":\"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        guard case .failure(.malformed) = MessageCodec.decode(invalid) else {
            Issue.record("invalid UTF-8 was not dropped")
            return
        }
    }

    @Test func theSplitterBoundsMemoryAndRecoversAfterAnOverlongLine() {
        var splitter = LineSplitter(limit: 16)
        var items = splitter.append(Array("short\n".utf8))
        #expect(items == [.line(Array("short".utf8))])
        items = splitter.append([UInt8](repeating: 0x41, count: 100))
        items += splitter.append(Array("tail\nnext\n".utf8))
        #expect(items == [.oversized, .line(Array("next".utf8))])
        // A line split across reads is reassembled.
        items = splitter.append(Array("ab".utf8)) + splitter.append(Array("cd\n".utf8))
        #expect(items == [.line(Array("abcd".utf8))])
    }
}
