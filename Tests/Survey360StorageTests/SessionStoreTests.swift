import Foundation
import PostgreSQLTestServer
import Survey360PostgreSQL
import Survey360SQLite
import Survey360Storage
import Testing

/// A clock the test moves by hand.
final class SessionClock: @unchecked Sendable {
    // Safe: every access to `date` holds `lock`.
    private let lock = NSLock()
    private var date = Date(timeIntervalSince1970: 1_800_000_000)

    var now: @Sendable () -> Date { { self.lock.withLock { self.date } } }
    func advance(_ seconds: TimeInterval) { lock.withLock { date += seconds } }
}

/// The behaviour every ``SessionStore`` must have. A store kept in a
/// database runs these too, with its own `make`.
@Suite struct SessionStoreTests {
    typealias Make = @Sendable (SessionLimits, @escaping @Sendable () -> Date) throws -> any SessionStore

    static let stores: [(String, Make)] = [
        ("memory", { MemorySessionStore(limits: $0, now: $1) }),
        ("sqlite", { try SQLiteSessionStore(store: SQLiteStore(), limits: $0, now: $1) }),
        (
            "postgresql",
            {
                try PostgreSQLSessionStore(
                    store: PostgreSQLStore(url: PostgreSQLTestServer.shared().createDatabase()), limits: $0, now: $1)
            }
        ),
    ]

    @Test(arguments: stores.map(\.0))
    func aSessionIsFoundByItsIDAndTouched(kind: String) async throws {
        let clock = SessionClock()
        let sessions = try Self.make(kind, SessionLimits(idleTimeout: 60, lifetime: 3600), clock)
        let session = try await sessions.open(for: .administrator)
        #expect(session.id.count == 43)  // 256 bits in base64url
        #expect(session.csrfToken.count == 43)
        #expect(session.csrfToken != session.id)
        clock.advance(50)
        #expect(try await sessions.session(session.id)?.principal == .administrator)
        clock.advance(50)  // 100 s after opening, 50 s after the last use
        #expect(try await sessions.session(session.id)?.lastSeen == clock.now())
        #expect(try await sessions.session("no-such-session") == nil)
    }

    @Test(arguments: stores.map(\.0))
    func aSessionEndsWhenIdleAndAfterItsLifetime(kind: String) async throws {
        let clock = SessionClock()
        let sessions = try Self.make(kind, SessionLimits(idleTimeout: 60, lifetime: 100), clock)
        let idle = try await sessions.open(for: .manager("P1"))
        let busy = try await sessions.open(for: .manager("P2"))
        for _ in 0..<2 {
            clock.advance(40)
            _ = try await sessions.session(busy.id)
        }
        #expect(try await sessions.session(idle.id) == nil)
        #expect(try await sessions.session(busy.id) != nil)
        clock.advance(40)
        #expect(try await sessions.session(busy.id) == nil)
    }

    @Test(arguments: stores.map(\.0))
    func closingEndsOneSessionAndClosingAllEndsAPrincipals(kind: String) async throws {
        let sessions = try Self.make(kind, SessionLimits(), SessionClock())
        let phone = try await sessions.open(for: .manager("P1"))
        let laptop = try await sessions.open(for: .manager("P1"))
        let other = try await sessions.open(for: .manager("P2"))
        let admin = try await sessions.open(for: .administrator)
        try await sessions.close(phone.id)
        #expect(try await sessions.session(phone.id) == nil)
        #expect(try await sessions.session(laptop.id) != nil)
        try await sessions.closeAll(of: .manager("P1"))
        #expect(try await sessions.session(laptop.id) == nil)
        #expect(try await sessions.session(other.id)?.principal == .manager("P2"))
        #expect(try await sessions.session(admin.id)?.principal == .administrator)
        try await sessions.close("no-such-session")
    }

    @Test(arguments: stores.map(\.0))
    func theStoreIsBoundedAndDropsTheLeastRecentlyUsed(kind: String) async throws {
        let clock = SessionClock()
        let sessions = try Self.make(kind, SessionLimits(capacity: 2), clock)
        let a = try await sessions.open(for: .manager("A"))
        clock.advance(1)
        let b = try await sessions.open(for: .manager("B"))
        clock.advance(1)
        _ = try await sessions.session(a.id)
        clock.advance(1)
        let c = try await sessions.open(for: .manager("C"))
        #expect(try await sessions.session(a.id) != nil)
        #expect(try await sessions.session(b.id) == nil)
        #expect(try await sessions.session(c.id) != nil)
    }

    private static func make(_ kind: String, _ limits: SessionLimits, _ clock: SessionClock) throws
        -> any SessionStore
    {
        try stores.first { $0.0 == kind }!.1(limits, clock.now)
    }
}
