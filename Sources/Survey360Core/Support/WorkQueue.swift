import Foundation

/// Independent jobs run on every core, each worker taking the next job from
/// one shared counter, so a slow document (the organisation summary) never
/// leaves the other cores waiting for their fixed turn: reports, pages and
/// archives, invitations, and the pieces of an imported CSV file.
package enum WorkQueue {
    /// The results of `body` for `0..<count`, in order.
    ///
    /// - Throws: The first error any job threw; the jobs not yet started
    ///   are skipped. Nothing, for a `body` that cannot fail.
    package static func map<Value: Sendable, Failure: Error>(
        _ count: Int, _ body: @Sendable (Int) throws(Failure) -> Value
    ) throws(Failure) -> [Value] {
        let state = QueueState<Value, Failure>(count: count)
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), max(1, count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = state.next() {
                do throws(Failure) {
                    state.finish(index, try body(index))
                } catch {
                    state.fail(error)
                }
            }
        }
        return try state.results()
    }
}

/// The queue's counter, results and first error.
///
/// `@unchecked Sendable`: every field is read and written under `lock`.
private final class QueueState<Value, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var slots: [Value?]
    private var firstError: Failure?

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func next() -> Int? {
        lock.withLock {
            guard firstError == nil, nextIndex < slots.count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    func finish(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    func fail(_ error: Failure) {
        lock.withLock { if firstError == nil { firstError = error } }
    }

    func results() throws(Failure) -> [Value] {
        let (error, values) = lock.withLock { (firstError, slots) }
        if let error { throw error }
        return values.map { $0! }
    }
}
