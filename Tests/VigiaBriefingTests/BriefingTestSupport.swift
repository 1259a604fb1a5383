import Foundation
import VigiaModel
import VigiaViews
@testable import VigiaBriefing

/// The bundled data set, a presenter over the bundled deck, and temporary socket paths.
enum BriefingTestSupport {
    static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let dashboard: Dashboard = {
        do {
            return Dashboard(dataset: try DatasetLoader.load(from: checkout.appendingPathComponent("Data"), displayPath: "Data"))
        } catch let failure as LoadFailure {
            fatalError("the bundled data must load: \(failure.issues.map(\.description).joined(separator: "\n"))")
        } catch {
            fatalError("the bundled data must load: \(error)")
        }
    }()

    static let deck: BriefingDeck = {
        let url = checkout.appendingPathComponent("Data/briefings/plan-ecuador.json")
        do throws(LoadFailure) {
            return try BriefingLoader.load(from: url, dataset: dashboard.dataset)
        } catch {
            fatalError("the bundled deck must load: \(error.issues.map(\.description).joined(separator: "\n"))")
        }
    }()

    static let presenter = Presenter(dashboard: dashboard, deck: deck)

    /// A broadcast for step `step` of the bundled deck.
    static func broadcast(step: Int) -> BriefingBroadcast {
        var state = presenter.initialState()
        for _ in 0..<step { state = presenter.reduce(state, key: .character("n")) }
        return presenter.broadcast(state)
    }

    /// A fresh private folder for a socket (short, so it fits `sun_path`).
    static func temporaryFolder() -> String {
        let path = "/tmp/vigia-bt-\(getpid())-\(UUID().uuidString.prefix(8))"
        mkdir(path, 0o700)
        return path
    }

    static func removeFolder(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Polls `condition` until it holds or `timeout` seconds pass.
    @discardableResult
    static func wait(timeout: Double = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(2000)
        }
        return condition()
    }
}

/// A raw Unix-socket connection for playing a misbehaving peer.
final class RawSocket {
    let fd: Int32

    init(connectingTo path: String) throws {
        fd = try UnixSocket.connect(path)
    }

    init(fd: Int32) {
        self.fd = fd
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { UnixSocket.send(fd, $0.baseAddress!, $0.count) }
            if written > 0 {
                offset += written
            } else if errno == EAGAIN {
                usleep(1000)
            } else {
                return
            }
        }
    }

    /// Reads what is available within `timeout` seconds (empty at EOF).
    func read(timeout: Double) -> (bytes: [UInt8], closed: Bool) {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(timeout * 1000)) > 0 else { return ([], false) }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = Glibc.read(fd, &buffer, buffer.count)
        if count <= 0 { return ([], count == 0) }
        return (Array(buffer[0..<count]), false)
    }

    func close() {
        _ = Glibc.close(fd)
    }
}
