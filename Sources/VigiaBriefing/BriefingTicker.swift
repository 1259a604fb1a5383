#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A clock for the terminal loop, which otherwise sleeps until a key arrives: a thread that
/// makes `notifyDescriptor` readable every `interval` seconds (the presenter's running time, a
/// replay's playback), and also whenever `watching` (the briefing server's notifications)
/// becomes readable, so one descriptor wakes the loop for both.
///
/// The time itself is `seconds()`, on a monotonic clock from the ticker's start; the loop
/// passes it to the program as an event, so programs never read a clock and are tested with
/// made-up times.
public final class BriefingTicker: @unchecked Sendable {
    /// Readable after each tick (and each change on `watching`); drain it with `take()`.
    public var notifyDescriptor: Int32 { worker.notify.readEnd }

    private let worker: SocketWorker
    private let origin = ContinuousClock.now
    /// Set once by `stop`; the ticker shares nothing else with its thread.
    private let stopping = Atomic<Bool>(false)

    /// Starts ticking every `interval` seconds. `onWatched` runs on the ticker's thread when
    /// `watching` is readable and must empty it (or the thread would spin).
    public init(interval: Double, watching: Int32? = nil, onWatched: @escaping @Sendable () -> Void = {}) throws(BriefingError) {
        worker = try SocketWorker()
        let milliseconds = max(10, Int(interval * 1000))
        worker.start(name: "vigia-ticker") { [self] in run(every: milliseconds, watching: watching, onWatched: onWatched) }
    }

    deinit {
        stop()
    }

    /// Seconds since the ticker started, on a clock that never goes back.
    public func seconds() -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Empties the notification pipe (call when `notifyDescriptor` is readable).
    public func take() {
        worker.notify.drain()
    }

    /// Stops the thread and closes the pipes. Idempotent.
    public func stop() {
        worker.stopOnce(within: 2) { !stopping.exchange(true, ordering: .sequentiallyConsistent) }
    }

    private var isStopping: Bool { stopping.load(ordering: .sequentiallyConsistent) }

    /// Ticks on whole multiples of the interval from the start, so ticks do not drift.
    private func run(every milliseconds: Int, watching: Int32?, onWatched: @Sendable () -> Void) {
        var tick = 1
        var watching = watching
        while !isStopping {
            let due = Double(tick * milliseconds) / 1000
            let wait = Int32(max(0, min(Double(Int32.max), (due - seconds()) * 1000)).rounded(.up))
            var descriptors = [pollfd(fd: worker.wake.readEnd, events: Int16(POLLIN), revents: 0)]
            if let watching { descriptors.append(pollfd(fd: watching, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), wait)
            if ready < 0, errno != EINTR { return }
            if descriptors[0].revents != 0 { worker.wake.drain() }
            if descriptors.count > 1, descriptors[1].revents != 0 {
                if descriptors[1].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                    watching = nil
                } else {
                    onWatched()
                    worker.notify.wake()
                }
            }
            if seconds() >= due {
                while Double(tick * milliseconds) / 1000 <= seconds() { tick += 1 }
                worker.notify.wake()
            }
        }
    }
}
