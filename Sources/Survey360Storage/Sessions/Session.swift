import Crypto
import Foundation

/// A signed-in browser's session: who it acts for, and the synchroniser token
/// every form of the session must send back (CSRF protection).
///
/// The cookie holds only the 256-bit random ``id``, so there is nothing in it
/// to forge or to decode. Browsers that have not signed in have no session
/// (the sign-in form carries a signed token instead), so that anonymous
/// visits cost a ``SessionStore`` nothing.
public struct Session: Hashable, Sendable {
    public let id: String
    public let principal: Principal
    public let csrfToken: String
    public let created: Date
    public var lastSeen: Date

    public init(id: String, principal: Principal, csrfToken: String, created: Date, lastSeen: Date) {
        self.id = id
        self.principal = principal
        self.csrfToken = csrfToken
        self.created = created
        self.lastSeen = lastSeen
    }

    /// A new session for `principal` with a fresh random id and CSRF token.
    public static func new(for principal: Principal, at date: Date) -> Session {
        Session(
            id: SecureRandom.token(), principal: principal, csrfToken: SecureRandom.token(), created: date,
            lastSeen: date)
    }

    /// Whether the session has ended by itself under `limits` at `date`.
    public func isExpired(under limits: SessionLimits, at date: Date) -> Bool {
        date.timeIntervalSince(lastSeen) > limits.idleTimeout || date.timeIntervalSince(created) > limits.lifetime
    }
}

/// How long a session lives, and how many a store keeps.
public struct SessionLimits: Hashable, Sendable {
    /// A session ends after this many seconds without a request.
    public var idleTimeout: TimeInterval
    /// A session ends this many seconds after sign-in, however busy.
    public var lifetime: TimeInterval
    /// The most sessions kept; past it the least recently used is dropped.
    /// Only a successful sign-in opens a session, so reaching it takes that
    /// many people signed in at once, not a flood of anonymous requests.
    public var capacity: Int

    public init(idleTimeout: TimeInterval = 30 * 60, lifetime: TimeInterval = 8 * 3600, capacity: Int = 10_000) {
        self.idleTimeout = idleTimeout
        self.lifetime = lifetime
        self.capacity = capacity
    }
}

extension Session {
    /// The form in which a database keeps a session id: its SHA-256 in
    /// hex, so that a copy of the database (a backup) opens no session.
    package static func storedKey(of id: String) -> String {
        SHA256.hash(data: Data(id.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
