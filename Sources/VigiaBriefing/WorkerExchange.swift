import Foundation

/// What a briefing socket's thread and its owner share: the queue handed from one to the
/// other, whether stopping has begun, and the owner's own `State` (its counters).
///
/// One lock guards all three, and they can be reached only through `withLock`, so no field is
/// read apart from the others: the server's goodbye is queued in the same step that sets the
/// flag, and its thread never sees "stopping" without the goodbye to send.
final class WorkerExchange<Item, State>: @unchecked Sendable {
    struct Contents {
        var queue: [Item] = []
        var stopping = false
        var state: State

        /// Empties the queue, returning what it held, oldest first.
        mutating func takeQueue() -> [Item] {
            defer { queue.removeAll() }
            return queue
        }

        /// Sets the stop flag; whether this call was the one that set it.
        mutating func beginStopping() -> Bool {
            defer { stopping = true }
            return !stopping
        }
    }

    private let lock = NSLock()
    private var contents: Contents

    init(_ state: State) {
        contents = Contents(state: state)
    }

    func withLock<Result>(_ body: (inout Contents) -> Result) -> Result {
        lock.withLock { body(&contents) }
    }
}
