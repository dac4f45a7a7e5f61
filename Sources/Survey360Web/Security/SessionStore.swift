import Foundation

/// The server's sessions, in memory and bounded.
///
/// A session ends after `idleTimeout` without a request or `lifetime` after
/// sign-in, whichever comes first; past `capacity` sessions the least
/// recently used one is dropped, so a flood of anonymous visits to the
/// sign-in page cannot exhaust memory. Restarting the server signs everyone
/// out, which is acceptable for HR and managers and keeps secrets off disk.
actor SessionStore {
    private var sessions: [String: Session] = [:]
    private let idleTimeout: TimeInterval
    private let lifetime: TimeInterval
    private let capacity: Int
    private let now: @Sendable () -> Date

    init(
        idleTimeout: TimeInterval = 30 * 60, lifetime: TimeInterval = 8 * 3600, capacity: Int = 10_000,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.idleTimeout = idleTimeout
        self.lifetime = lifetime
        self.capacity = capacity
        self.now = now
    }

    /// Opens a session, anonymous (for the sign-in form's CSRF token) or for
    /// `principal`. A sign-in always opens a new session, never upgrades the
    /// old one, so that an id planted before sign-in is worthless after it.
    func open(for principal: Principal?) -> Session {
        let date = now()
        purgeExpired(at: date)
        if sessions.count >= capacity, let oldest = sessions.values.min(by: { $0.lastSeen < $1.lastSeen }) {
            sessions[oldest.id] = nil
        }
        let session = Session(
            id: SecureRandom.token(), principal: principal, csrfToken: SecureRandom.token(),
            created: date, lastSeen: date)
        sessions[session.id] = session
        return session
    }

    /// The live session with `id`, touched; `nil` if unknown or expired.
    func session(_ id: String) -> Session? {
        let date = now()
        guard var session = sessions[id] else { return nil }
        guard !isExpired(session, at: date) else {
            sessions[id] = nil
            return nil
        }
        session.lastSeen = date
        sessions[id] = session
        return session
    }

    /// Ends a session (sign-out).
    func close(_ id: String) {
        sessions[id] = nil
    }

    var count: Int { sessions.count }

    private func isExpired(_ session: Session, at date: Date) -> Bool {
        date.timeIntervalSince(session.lastSeen) > idleTimeout || date.timeIntervalSince(session.created) > lifetime
    }

    private func purgeExpired(at date: Date) {
        guard sessions.count >= capacity / 2 else { return }
        sessions = sessions.filter { !isExpired($0.value, at: date) }
    }
}
