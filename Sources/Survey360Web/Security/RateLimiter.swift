import Foundation

/// Counts failed attempts (unknown rater links, wrong passwords) per client
/// address and refuses a client that failed too often recently.
///
/// A 128-bit token cannot be guessed, but a slow-down still stops a script
/// from filling the logs and the database with lookups, and it is what keeps
/// a manager's password from being guessed online. The table is bounded:
/// past `capacity` addresses the stalest entry is forgotten.
actor RateLimiter {
    private struct Entry {
        var failures: [Date]
        var lastFailure: Date
    }

    private var entries: [String: Entry] = [:]
    private let maximumFailures: Int
    private let window: TimeInterval
    private let capacity: Int
    private let now: @Sendable () -> Date

    init(
        maximumFailures: Int, window: TimeInterval, capacity: Int = 10_000,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.maximumFailures = maximumFailures
        self.window = window
        self.capacity = capacity
        self.now = now
    }

    /// Whether `client` may try again now.
    func isAllowed(_ client: String) -> Bool {
        guard var entry = entries[client] else { return true }
        let date = now()
        entry.failures.removeAll { date.timeIntervalSince($0) > window }
        if entry.failures.isEmpty {
            entries[client] = nil
            return true
        }
        entries[client] = entry
        return entry.failures.count < maximumFailures
    }

    /// Records one failed attempt of `client`.
    func recordFailure(_ client: String) {
        let date = now()
        if entries[client] == nil, entries.count >= capacity {
            if let stalest = entries.min(by: { $0.value.lastFailure < $1.value.lastFailure })?.key {
                entries[stalest] = nil
            }
        }
        var entry = entries[client] ?? Entry(failures: [], lastFailure: date)
        entry.failures.removeAll { date.timeIntervalSince($0) > window }
        // Only the last `maximumFailures` matter: the list stays short.
        if entry.failures.count >= maximumFailures { entry.failures.removeFirst() }
        entry.failures.append(date)
        entry.lastFailure = date
        entries[client] = entry
    }

    /// The number of addresses tracked, for tests of the bound.
    var trackedClients: Int { entries.count }
}
