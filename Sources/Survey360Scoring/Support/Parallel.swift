import Foundation

/// Splits index ranges across the machine's cores.
///
/// Scoring is embarrassingly parallel by person rated; chunks keep the
/// per-task overhead negligible next to the work.
enum Parallel {
    /// Calls `body` on consecutive chunks of `0..<count`, concurrently.
    static func forEachChunk(count: Int, body: @Sendable (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let chunks = Swift.min(count, 64)
        let size = (count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = chunk * size
            let upper = Swift.min(count, lower + size)
            if lower < upper { body(lower..<upper) }
        }
    }

    /// Maps chunks of `0..<count` concurrently and returns the results in
    /// chunk order.
    static func mapChunks<T: Sendable>(count: Int, body: @Sendable (Range<Int>) -> T) -> [T] {
        guard count > 0 else { return [] }
        let chunks = Swift.min(count, 64)
        let size = (count + chunks - 1) / chunks
        let slots = Slots<T>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = chunk * size
            let upper = Swift.min(count, lower + size)
            if lower < upper { slots.set(chunk, body(lower..<upper)) }
        }
        return slots.values()
    }
}

/// One result slot per chunk.
///
/// `@unchecked Sendable` is safe because each chunk writes only its own
/// slot, and the slots are read only after `concurrentPerform` returned.
private final class Slots<T>: @unchecked Sendable {
    // A raw buffer rather than an array property: concurrent writes to
    // distinct elements of a class's array property would trip Swift's
    // dynamic exclusivity checks.
    private let storage: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: T) { storage[index] = value }

    func values() -> [T] { storage.compactMap { $0 } }
}
