#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VigiaViews

/// The presenter's end of follow mode: a Unix socket that followers connect to, and a thread
/// that sends every published state to each of them.
///
/// Why a thread: the presenter's loop must never wait on a follower. `publish` only appends
/// to a queue and writes one byte to a wake pipe; accepting, encoding, sending and dropping
/// happen on the server thread, which `poll()`s the listening socket and every follower. Each
/// follower has a bounded output buffer; a follower that stops reading is dropped (and logged)
/// after a short grace instead of slowing anyone else. Anything a follower sends is a protocol
/// violation (followers are read-only) and drops it too.
///
/// The presenter learns of joins and leaves through `notifyDescriptor`, which becomes
/// readable when the follower count changes: hand it to `TerminalRunner.run(extraFileDescriptor:)`.
public final class BriefingServer: @unchecked Sendable {
    public let path: String
    /// Readable when the follower count has changed; drain it with `takeNotifications()`.
    public var notifyDescriptor: Int32 { worker.notify.readEnd }

    private let options: Options
    private let listener: Int32
    private let worker: SocketWorker
    private let log: ThrottledLog
    /// Shared with the server thread: the messages it has yet to take, the stop flag, and `Guarded`.
    private let exchange = WorkerExchange<BriefingMessage, Guarded>(Guarded())

    /// What the server keeps under the exchange's lock beside the queue and the stop flag.
    private struct Guarded {
        var statistics = Statistics()
        /// The number of the latest state queued.
        var sequence: UInt64 = 0
        var listenerClosed = false
    }

    /// Creates the socket (refusing one that belongs to someone else or is in use) and starts
    /// the server thread.
    public init(path: String, options: Options = Options(), log: @escaping @Sendable (String) -> Void = { _ in }) throws(BriefingError) {
        self.path = path
        self.options = options
        self.log = ThrottledLog(log)
        try SocketPath.prepareDirectory(of: path, isDefault: options.isDefaultPath, group: options.group)
        try SocketPath.removeStale(path)
        let mode: mode_t = options.group == nil ? 0o600 : 0o660
        do {
            listener = try UnixSocket.listen(path, mode: mode, backlog: 512)
        } catch {
            throw BriefingError("cannot listen on \(path): \(error.message)")
        }
        if let group = options.group {
            guard chown(path, uid_t.max, group) == 0, chmod(path, 0o660) == 0 else {
                let reason = String(cString: strerror(errno))
                close(listener)
                unlink(path)
                throw BriefingError("cannot give \(path) to group \(group): \(reason) (are you a member?)")
            }
        }
        do {
            worker = try SocketWorker()
        } catch {
            close(listener)
            unlink(path)
            throw error
        }
        worker.start(name: "vigia-briefing-server") { [self] in ServerLoop(server: self).run() }
    }

    deinit {
        stop()
    }

    /// Queues a state for every follower. Never blocks and never touches a socket.
    public func publish(_ broadcast: BriefingBroadcast) {
        exchange.withLock { shared in
            shared.state.sequence += 1
            shared.queue.append(.state(sequence: shared.state.sequence, broadcast))
        }
        worker.wake.wake()
    }

    public var statistics: Statistics { exchange.withLock { $0.state.statistics } }

    /// Empties the notification pipe (call when `notifyDescriptor` is readable).
    public func takeNotifications() {
        worker.notify.drain()
    }

    /// Says goodbye to every follower, closes the socket and removes its file. Idempotent;
    /// waits (briefly) for the server thread to finish sending the goodbye.
    public func stop() {
        let first = exchange.withLock { shared -> Bool in
            guard shared.beginStopping() else { return false }
            shared.queue.append(.bye)
            return true
        }
        guard first else { return }
        worker.awaitEnd(within: 3)
        closeListener()
        worker.close()
    }

    // MARK: Used by the server thread

    fileprivate func takePending() -> (messages: [BriefingMessage], stopping: Bool) {
        exchange.withLock { ($0.takeQueue(), $0.stopping) }
    }

    fileprivate func update(_ change: (inout Statistics) -> Void) {
        let changed = exchange.withLock { shared -> Bool in
            let before = shared.state.statistics.followers
            change(&shared.state.statistics)
            return shared.state.statistics.followers != before
        }
        if changed { worker.notify.wake() }
    }

    fileprivate var listenerDescriptor: Int32 { listener }

    /// Removes the socket file and stops listening (once), before followers are told goodbye,
    /// so none of them reconnects to a presenter that is leaving.
    fileprivate func closeListener() {
        let first = exchange.withLock { shared -> Bool in
            defer { shared.state.listenerClosed = true }
            return !shared.state.listenerClosed
        }
        guard first else { return }
        unlink(path)
        close(listener)
    }
    fileprivate var wakeDescriptor: Int32 { worker.wake.readEnd }
    fileprivate func drainWake() { worker.wake.drain() }
    fileprivate var limits: Options { options }
    fileprivate func note(_ kind: String, _ message: String) { log.log(kind, message) }
}

/// The server thread's state: followers and their output buffers. Touched by no other thread.
///
/// Flow control: published states wait in `backlog` (on this thread, never the presenter's)
/// and move into the followers' buffers while every follower that is still reading has less
/// than `highWater` bytes unsent, so a burst of steps cannot overflow a follower that is merely
/// behind. A follower with a full buffer that accepts nothing for `stallGrace` stops holding
/// the others back; after `stallTimeout`, or beyond `maximumBufferedBytes`, it is dropped.
private final class ServerLoop {
    private final class Follower {
        let fd: Int32
        var output: [UInt8] = []
        var sent = 0
        /// When the socket last accepted bytes, or the buffer last became non-empty.
        var lastProgress = DispatchTime.now().uptimeNanoseconds
        init(fd: Int32) { self.fd = fd }
        var unsent: Int { output.count - sent }
    }

    private let server: BriefingServer
    private var followers: [Follower] = []
    private var backlog: [BriefingMessage] = []
    /// The latest state line, sent first to anyone who joins.
    private var latest: [UInt8]?
    private let highWater = 64 * 1024
    private let stallGrace: UInt64 = 100_000_000
    private var stallTimeout: UInt64 { UInt64(server.limits.stallTimeout * 1e9) }

    init(server: BriefingServer) {
        self.server = server
    }

    func run() {
        var descriptors: [pollfd] = []
        while true {
            fillDescriptors(&descriptors)
            // Wake up now and then while anyone is behind, to notice a stalled follower.
            let waiting = followers.contains { $0.unsent > 0 } || !backlog.isEmpty
            let ready = poll(&descriptors, nfds_t(descriptors.count), waiting ? 20 : -1)
            if ready < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                server.note("poll", "briefing server: poll failed: \(String(cString: strerror(errno)))")
                break
            }
            // Followers first (their indices match `descriptors`), then new work.
            remove(followersGone(after: descriptors))

            if descriptors[0].revents != 0 { server.drainWake() }
            let (messages, stopping) = server.takePending()
            backlog += messages
            if stopping {
                shutDown()
                return
            }
            deliver(force: false)
            dropStalled()
            if descriptors[1].revents != 0 { acceptAll() }
        }
    }

    /// What `poll` watches: the wake pipe, the listening socket, then every follower (for
    /// writing too while its output waits).
    private func fillDescriptors(_ descriptors: inout [pollfd]) {
        descriptors.removeAll(keepingCapacity: true)
        descriptors.append(pollfd(fd: server.wakeDescriptor, events: Int16(POLLIN), revents: 0))
        descriptors.append(pollfd(fd: server.listenerDescriptor, events: Int16(POLLIN), revents: 0))
        for follower in followers {
            let events = Int16(POLLIN) | (follower.unsent > 0 ? Int16(POLLOUT) : 0)
            descriptors.append(pollfd(fd: follower.fd, events: events, revents: 0))
        }
    }

    /// Reads, flushes and checks every follower `poll` reported on; returns those to drop and why.
    private func followersGone(after descriptors: [pollfd]) -> [ObjectIdentifier: String] {
        var gone: [ObjectIdentifier: String] = [:]
        for (index, follower) in followers.enumerated() {
            let revents = descriptors[index + 2].revents
            guard revents != 0 else { continue }
            if revents & Int16(POLLIN) != 0 {
                var scratch = [UInt8](repeating: 0, count: 512)
                let count = read(follower.fd, &scratch, scratch.count)
                if count > 0 {
                    gone[ObjectIdentifier(follower)] = "misbehaving"
                    continue
                }
                if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    gone[ObjectIdentifier(follower)] = "left"
                    continue
                }
            }
            if revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                gone[ObjectIdentifier(follower)] = "left"
                continue
            }
            if revents & Int16(POLLOUT) != 0, !flush(follower) {
                gone[ObjectIdentifier(follower)] = "left"
            }
        }
        return gone
    }

    /// Says goodbye to every follower and closes everything.
    private func shutDown() {
        // Stop accepting first, so nobody joins a presenter that is leaving.
        server.closeListener()
        backlog.append(.bye)
        deliver(force: true)
        for follower in followers { close(follower.fd) }
        server.update { $0.followers = 0 }
        followers.removeAll()
    }

    private func isStalled(_ follower: Follower, now: UInt64) -> Bool {
        follower.unsent >= highWater && now - follower.lastProgress > stallGrace
    }

    /// Moves backlog messages into every follower's buffer while those still reading have room.
    private func deliver(force: Bool) {
        guard !backlog.isEmpty else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        var lines: [UInt8] = []
        var published: UInt64 = 0
        var taken = 0
        let reading = followers.filter { !isStalled($0, now: now) }
        var room = reading.map { highWater - $0.unsent }.min() ?? Int.max
        for message in backlog {
            let line = MessageCodec.encode(message)
            if !force, taken > 0, line.count > room { break }
            room -= line.count
            taken += 1
            lines += line
            if case .state = message {
                latest = line
                published += 1
            }
        }
        backlog.removeFirst(taken)
        var gone: [ObjectIdentifier: String] = [:]
        for follower in followers {
            if follower.unsent + lines.count > server.limits.maximumBufferedBytes {
                gone[ObjectIdentifier(follower)] = "slow"
                continue
            }
            if follower.unsent == 0 { follower.lastProgress = now }
            follower.output += lines
            if !flush(follower) { gone[ObjectIdentifier(follower)] = "left" }
        }
        remove(gone)
        server.update { $0.published += published }
    }

    private func dropStalled() {
        let now = DispatchTime.now().uptimeNanoseconds
        var gone: [ObjectIdentifier: String] = [:]
        for follower in followers where follower.unsent > 0 && now - follower.lastProgress > stallTimeout {
            gone[ObjectIdentifier(follower)] = "slow"
        }
        remove(gone)
    }

    /// Sends what the socket takes now; false when the follower is gone.
    private func flush(_ follower: Follower) -> Bool {
        while follower.unsent > 0 {
            let written = follower.output.withUnsafeBytes { raw in
                UnixSocket.send(follower.fd, raw.baseAddress! + follower.sent, follower.unsent)
            }
            if written > 0 {
                follower.sent += written
                follower.lastProgress = DispatchTime.now().uptimeNanoseconds
                continue
            }
            if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { break }
            return false
        }
        if follower.sent > 0 && follower.sent == follower.output.count {
            follower.output.removeAll(keepingCapacity: true)
            follower.sent = 0
        } else if follower.sent > 64 * 1024 {
            follower.output.removeFirst(follower.sent)
            follower.sent = 0
        }
        return true
    }

    private func acceptAll() {
        var joined = 0
        while true {
            let fd = accept(server.listenerDescriptor, nil, nil)
            if fd < 0 { break }
            UnixSocket.setNonBlocking(fd)
            UnixSocket.setCloseOnExec(fd)
            guard followers.count < server.limits.maximumFollowers else {
                close(fd)
                server.note("full", "briefing server: \(server.limits.maximumFollowers) followers already; a connection was refused")
                continue
            }
            let follower = Follower(fd: fd)
            if let latest { follower.output = latest }
            followers.append(follower)
            joined += 1
            if !flush(follower) { remove([ObjectIdentifier(follower): "left"]) }
        }
        if joined > 0 {
            let count = followers.count
            server.update {
                $0.accepted += joined
                $0.followers = count
            }
        }
    }

    private func remove(_ gone: [ObjectIdentifier: String]) {
        guard !gone.isEmpty else { return }
        var slow = 0, misbehaving = 0
        followers.removeAll { follower in
            guard let reason = gone[ObjectIdentifier(follower)] else { return false }
            close(follower.fd)
            switch reason {
            case "slow":
                slow += 1
                server.note("slow", "briefing server: dropped a follower that stopped reading (\(follower.unsent) bytes unsent)")
            case "misbehaving":
                misbehaving += 1
                server.note("misbehaving", "briefing server: dropped a follower that sent data (followers are read-only)")
            default:
                break
            }
            return true
        }
        let count = followers.count
        server.update {
            $0.followers = count
            $0.droppedSlow += slow
            $0.droppedMisbehaving += misbehaving
        }
    }
}
