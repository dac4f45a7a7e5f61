import Foundation
import Survey360Storage

/// Counts failed attempts (unknown rater links, wrong passwords) under keys
/// such as a client address or an account, and refuses a key that failed too
/// often within `window`.
///
/// A 128-bit token cannot be guessed, but a slow-down still stops a script
/// from filling the logs and the database with lookups, and it is what keeps
/// a password from being guessed online.
///
/// An attempt whose outcome takes time (a password hash costs a fifth of a
/// second on purpose) is *reserved* before the work starts and counts against
/// the limit while it runs: sixty simultaneous guesses get no further than
/// ten, because the eleventh finds ten attempts in flight. The table is
/// bounded: past `capacity` keys the least recently used one is forgotten.
///
/// The counts live in this process's memory: rater links are counted here
/// by each server, sign-ins by `survey360 serve` in its database (an
/// ``AttemptStore`` of the store), so that servers sharing it share them.
///
/// ```swift
/// guard let attempt = await limiter.reserve(["account admin": 10, "address 192.0.2.7": 30]) else {
///     throw WebError.tooManyRequests
/// }
/// let valid = await Offload.run { hash.verify(password) }
/// await limiter.settle(attempt, failed: !valid)
/// ```
actor RateLimiter: AttemptStore {
    typealias Reservation = AttemptReservation

    private struct Entry {
        var failures: [Date] = []
        var inFlight = 0
        var lastUsed: Date
    }

    private var entries: [String: Entry] = [:]
    private let window: TimeInterval
    private let capacity: Int
    private let now: @Sendable () -> Date

    init(window: TimeInterval, capacity: Int = 10_000, now: @escaping @Sendable () -> Date = Date.init) {
        self.window = window
        self.capacity = capacity
        self.now = now
    }

    /// Reserves one attempt under every key of `limits`, each key with its
    /// own maximum; `nil`, and nothing reserved, if any key has reached its
    /// maximum with recent failures and attempts in flight together.
    func reserve(_ limits: [String: Int]) -> Reservation? {
        let date = now()
        for (key, maximum) in limits where used(key, at: date) >= maximum { return nil }
        for key in limits.keys {
            var entry = entry(key, at: date)
            entry.inFlight += 1
            entries[key] = entry
        }
        return Reservation(id: "", keys: Array(limits.keys))
    }

    /// Ends a reserved attempt; a failure is then counted under its keys.
    func settle(_ reservation: Reservation, failed: Bool) {
        let date = now()
        for key in reservation.keys {
            var entry = entry(key, at: date)
            entry.inFlight = max(0, entry.inFlight - 1)
            if failed { entry.failures.append(date) }
            entries[key] = entry
        }
    }

    /// Whether `key` has reached `maximum` recent failures.
    func isBlocked(_ key: String, maximum: Int) -> Bool {
        used(key, at: now()) >= maximum
    }

    /// Records one failed attempt under `key`, for attempts that are cheap
    /// enough not to need a reservation.
    func recordFailure(_ key: String) {
        let date = now()
        var entry = entry(key, at: date)
        entry.failures.append(date)
        entries[key] = entry
    }

    /// The number of keys tracked, for tests of the bound.
    var trackedKeys: Int { entries.count }

    /// Recent failures plus attempts in flight; drops what has aged out.
    private func used(_ key: String, at date: Date) -> Int {
        guard var entry = entries[key] else { return 0 }
        entry.failures.removeAll { date.timeIntervalSince($0) > window }
        if entry.failures.isEmpty && entry.inFlight == 0 {
            entries[key] = nil
            return 0
        }
        entries[key] = entry
        return entry.failures.count + entry.inFlight
    }

    /// The entry of `key`, made room for when new, marked as used now.
    private func entry(_ key: String, at date: Date) -> Entry {
        guard var entry = entries[key] else {
            if entries.count >= capacity,
                let stalest = entries.min(by: { $0.value.lastUsed < $1.value.lastUsed })?.key
            {
                entries[stalest] = nil
            }
            return Entry(lastUsed: date)
        }
        entry.failures.removeAll { date.timeIntervalSince($0) > window }
        entry.lastUsed = date
        return entry
    }
}
