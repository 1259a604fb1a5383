#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VigiaViews

/// A follower's end of follow mode: connects to the presenter's socket, keeps trying with
/// backoff while there is none, and hands well-formed messages to the follower's loop.
///
/// Like the server it does its socket work on its own thread, so waiting for a presenter
/// needs no timer in the terminal loop: `notifyDescriptor` becomes readable when there is
/// something to `takeEvents()`. It never writes to the socket: a follower has nothing to say.
public final class BriefingClient: @unchecked Sendable {
    public enum Event: Hashable, Sendable {
        /// Connected to a presenter (its first state follows).
        case connected
        /// A state published by the presenter.
        case state(BriefingBroadcast)
        /// The presenter quit, restarted or vanished; the client is waiting again.
        case disconnected
    }

    /// Counters for tests and diagnostics.
    public struct Statistics: Hashable, Sendable {
        public var received = 0
        public var dropped = 0
        public var connections = 0
        /// The highest sequence number seen on the current connection.
        public var lastSequence: UInt64 = 0
    }

    public let path: String
    public var notifyDescriptor: Int32 { worker.notify.readEnd }

    private let log: ThrottledLog
    private let worker: SocketWorker
    /// The events waiting for `takeEvents()`, the counters and the stop flag.
    private let exchange = WorkerExchange<Event, Statistics>(Statistics())
    /// Backoff between connection attempts: short at first so a presenter that restarts is
    /// re-joined quickly, capped so a room of waiting followers costs nothing.
    private let backoff: (initial: Double, maximum: Double)
    /// At most this many undelivered events are kept; older states are dropped (only the
    /// latest state matters to the screen).
    private static let maximumQueuedEvents = 256

    public init(path: String, initialBackoff: Double = 0.05, maximumBackoff: Double = 1.0, log: @escaping @Sendable (String) -> Void = { _ in }) throws(BriefingError) {
        self.path = path
        self.log = ThrottledLog(log)
        self.backoff = (initialBackoff, maximumBackoff)
        worker = try SocketWorker()
        worker.start(name: "vigia-briefing-client") { [self] in runLoop() }
    }

    /// Everything that happened since the last call, oldest first.
    public func takeEvents() -> [Event] {
        worker.notify.drain()
        return exchange.withLock { $0.takeQueue() }
    }

    public var statistics: Statistics { exchange.withLock { $0.state } }

    /// Disconnects and stops the thread. Idempotent.
    public func stop() {
        worker.stopOnce(within: 2) { exchange.withLock { $0.beginStopping() } }
    }

    // MARK: The client thread

    private var isStopping: Bool { exchange.withLock { $0.stopping } }

    private func post(_ event: Event) {
        exchange.withLock { shared in
            shared.queue.append(event)
            if shared.queue.count > Self.maximumQueuedEvents, let index = shared.queue.firstIndex(where: { if case .state = $0 { true } else { false } }) {
                shared.queue.remove(at: index)
            }
        }
        worker.notify.wake()
    }

    private func runLoop() {
        var delay = backoff.initial
        while !isStopping {
            let fd: Int32
            do {
                fd = try UnixSocket.connect(path)
            } catch {
                sleep(seconds: delay)
                delay = min(delay * 2, backoff.maximum)
                continue
            }
            delay = backoff.initial
            exchange.withLock {
                $0.state.connections += 1
                $0.state.lastSequence = 0
            }
            post(.connected)
            read(from: fd)
            close(fd)
            if !isStopping { post(.disconnected) }
        }
    }

    /// Waits on the wake pipe, so `stop()` ends a backoff at once.
    private func sleep(seconds: Double) {
        var descriptor = pollfd(fd: worker.wake.readEnd, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, Int32(seconds * 1000))
    }

    /// Reads lines until the presenter goes away (or says goodbye) or the client stops.
    private func read(from fd: Int32) {
        var splitter = LineSplitter()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopping {
            var descriptors = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: worker.wake.readEnd, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if descriptors[1].revents != 0 { return }
            guard descriptors[0].revents != 0 else { continue }
            let count = Glibc.read(fd, &buffer, buffer.count)
            if count < 0 && (errno == EAGAIN || errno == EINTR) { continue }
            if count <= 0 { return }
            for item in splitter.append(buffer[0..<count]) {
                switch item {
                case .oversized:
                    drop(.oversized)
                case .line(let line):
                    if line.isEmpty { continue }
                    switch MessageCodec.decode(line) {
                    case .failure(let reason):
                        drop(reason)
                    case .success(.bye):
                        return
                    case .success(.state(let sequence, let broadcast)):
                        let fresh = exchange.withLock { shared -> Bool in
                            guard sequence > shared.state.lastSequence else { return false }
                            shared.state.lastSequence = sequence
                            shared.state.received += 1
                            return true
                        }
                        if fresh {
                            post(.state(broadcast))
                        } else {
                            drop(.malformed("sequence \(sequence) is not after the last one"))
                        }
                    }
                }
            }
        }
    }

    /// Counts and logs a dropped line; it changes nothing on screen.
    private func drop(_ reason: DropReason) {
        exchange.withLock { $0.state.dropped += 1 }
        log.log(String(describing: reason).prefix(20).description, "vigia follow: dropped a message from \(path): \(reason)")
    }
}
