import Foundation

/// The thread a briefing socket does its work on, and the two pipes that join it to the
/// terminal loop: `wake` interrupts the thread's `poll()` (a state to send, or stop), and
/// `notify` tells the terminal loop there is something to take.
///
/// The server and the client start and stop their threads the same way, so that sequence is
/// here once; what each thread does stays with its owner, and what it shares with its owner
/// is a `WorkerExchange`.
final class SocketWorker: @unchecked Sendable {
    let wake: WakePipe
    let notify: WakePipe
    private let finished = DispatchSemaphore(value: 0)

    init() throws(BriefingError) {
        wake = try WakePipe()
        do {
            notify = try WakePipe()
        } catch {
            wake.close()
            throw error
        }
    }

    /// Runs `body` on a new thread named `name` (the name shows in a debugger and in crash logs).
    func start(name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread { [finished] in
            body()
            finished.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Wakes the thread, which its owner has already told to stop, and waits at most `seconds`
    /// for it to end: a stuck peer must not keep the terminal from being restored.
    func awaitEnd(within seconds: Double) {
        wake.wake()
        _ = finished.wait(timeout: .now() + seconds)
    }

    /// Ends the thread and closes the pipes, once: `markStopping` sets the stop flag in its
    /// owner's `WorkerExchange` and says whether this was the first call.
    func stopOnce(within seconds: Double, _ markStopping: () -> Bool) {
        guard markStopping() else { return }
        awaitEnd(within: seconds)
        close()
    }

    /// Closes both pipes; call after `awaitEnd(within:)`, once the thread no longer polls them.
    func close() {
        wake.close()
        notify.close()
    }
}
