import Crypto
import Foundation

/// Where sign-in attempts are counted, so that a password cannot be guessed
/// online: each attempt is reserved under its keys (an address and account,
/// an account, an address) before its password is hashed, counts while it
/// runs, and counts on as a failure for a window if it failed.
///
/// `survey360 serve` keeps the counts in its database (`SQLiteAttemptStore`,
/// `PostgreSQLAttemptStore`), so that several servers on one database allow
/// a guesser the limit once, not once per server. The web module's
/// in-memory `RateLimiter` is the default of `buildApplication`.
///
/// ```swift
/// guard let attempt = try await attempts.reserve(["sign-in as admin": 30, "sign-in from 192.0.2.7": 30]) else {
///     throw WebError.tooManyRequests
/// }
/// try await attempts.settle(attempt, failed: !hash.verify(password))
/// ```
public protocol AttemptStore: Sendable {
    /// Reserves one attempt under every key of `limits`, each key with its
    /// own maximum; `nil`, and nothing reserved, if any key has reached its
    /// maximum with recent failures and attempts in flight together.
    func reserve(_ limits: [String: Int]) async throws -> AttemptReservation?
    /// Ends a reserved attempt; a failure then counts under its keys for the
    /// window.
    func settle(_ reservation: AttemptReservation, failed: Bool) async throws
}

/// An attempt under way, counted under its keys until it is settled.
public struct AttemptReservation: Hashable, Sendable {
    public let id: String
    public let keys: [String]

    package init(id: String, keys: [String]) {
        self.id = id
        self.keys = keys
    }

    /// What a database keeps of a key: its SHA-256, since a key holds a
    /// client address and whatever was typed as the user name (sometimes a
    /// password).
    package static func storedKey(of key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// How long attempts count in a database-kept ``AttemptStore``.
public struct AttemptWindow: Hashable, Sendable {
    /// How long a failure counts, in seconds.
    public var failures: TimeInterval
    /// After how many seconds an attempt still in flight is taken as
    /// abandoned: its server stopped (or was killed) before settling it. A
    /// password check takes a fraction of a second.
    public var inFlight: TimeInterval

    public init(failures: TimeInterval, inFlight: TimeInterval = 120) {
        self.failures = failures
        self.inFlight = inFlight
    }
}
