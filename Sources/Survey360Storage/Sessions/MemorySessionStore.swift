import Foundation

/// The sessions of a single server, in memory and bounded.
///
/// Restarting the server signs everyone out, which is acceptable for HR and
/// managers and keeps secrets off disk.
public actor MemorySessionStore: SessionStore {
    private var sessions: [String: Session] = [:]
    private let limits: SessionLimits
    private let now: @Sendable () -> Date

    public init(limits: SessionLimits = SessionLimits(), now: @escaping @Sendable () -> Date = Date.init) {
        self.limits = limits
        self.now = now
    }

    public func open(for principal: Principal) -> Session {
        let date = now()
        purgeExpired(at: date)
        if sessions.count >= limits.capacity, let oldest = sessions.values.min(by: { $0.lastSeen < $1.lastSeen }) {
            sessions[oldest.id] = nil
        }
        let session = Session.new(for: principal, at: date)
        sessions[session.id] = session
        return session
    }

    public func session(_ id: String) -> Session? {
        let date = now()
        guard var session = sessions[id] else { return nil }
        guard !session.isExpired(under: limits, at: date) else {
            sessions[id] = nil
            return nil
        }
        session.lastSeen = date
        sessions[id] = session
        return session
    }

    public func close(_ id: String) {
        sessions[id] = nil
    }

    public func closeAll(of principal: Principal) {
        sessions = sessions.filter { $0.value.principal != principal }
    }

    /// The number of sessions kept, for tests of the bound.
    public var count: Int { sessions.count }

    private func purgeExpired(at date: Date) {
        guard sessions.count >= limits.capacity / 2 else { return }
        sessions = sessions.filter { !$0.value.isExpired(under: limits, at: date) }
    }
}
