import Foundation

/// One slot per task of a `concurrentPerform`, each written by exactly one task and read
/// after they have all finished: how the loader's files and the validator's checks hand their
/// results back without sharing anything else.
final class ParallelSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    /// Every slot's value; called only once every task has stored its own.
    var all: [Value] { lock.withLock { slots.map { $0! } } }
}
