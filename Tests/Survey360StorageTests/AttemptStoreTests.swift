import Foundation
import PostgreSQLTestServer
import Survey360PostgreSQL
import Survey360SQLite
import Survey360Storage
import Testing

/// The behaviour of the ``AttemptStore``s kept in a database, on SQLite and
/// PostgreSQL (the web module's in-memory one has the same tests in
/// `LimitsTests`). Each kind opens two stores on one database: two servers.
@Suite struct AttemptStoreTests {
    typealias Make = @Sendable (AttemptWindow, @escaping @Sendable () -> Date) async throws -> [any AttemptStore]

    static let kinds: [String: Make] = [
        "sqlite": { window, now in
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("survey360-\(UUID().uuidString).sqlite").path
            return try (0..<2).map { _ in
                SQLiteAttemptStore(store: try SQLiteStore(path: path), window: window, now: now)
            }
        },
        "postgresql": { window, now in
            let url = try await PostgreSQLTestServer.newDatabase()
            return try (0..<2).map { _ in
                PostgreSQLAttemptStore(store: try PostgreSQLStore(url: url), window: window, now: now)
            }
        },
    ]

    static func make(_ kind: String, _ clock: SessionClock, window: AttemptWindow = AttemptWindow(failures: 60))
        async throws -> [any AttemptStore]
    {
        try await kinds[kind]!(window, clock.now)
    }

    /// Attempts in flight count as if they had failed, on either server.
    @Test(arguments: kinds.keys.sorted())
    func reservedAttemptsCountUntilSettled(kind: String) async throws {
        let stores = try await Self.make(kind, SessionClock())
        let first = try #require(try await stores[0].reserve(["a": 2]))
        let second = try #require(try await stores[1].reserve(["a": 2]))
        #expect(try await stores[0].reserve(["a": 2]) == nil)
        try await stores[1].settle(first, failed: false)
        let third = try #require(try await stores[0].reserve(["a": 2]))
        try await stores[0].settle(second, failed: true)
        try await stores[1].settle(third, failed: true)
        #expect(try await stores[1].reserve(["a": 2]) == nil)
        #expect(try await stores[0].reserve(["b": 2]) != nil, "other keys are not touched")
    }

    /// A reservation needs room under every key; a refusal reserves nothing.
    @Test(arguments: kinds.keys.sorted())
    func aReservationNeedsRoomUnderEveryKey(kind: String) async throws {
        let stores = try await Self.make(kind, SessionClock())
        let failed = try #require(try await stores[0].reserve(["account": 1]))
        try await stores[0].settle(failed, failed: true)
        #expect(try await stores[1].reserve(["address": 1, "account": 1]) == nil)
        #expect(try await stores[1].reserve(["address": 1]) != nil)
    }

    /// Failures count for the window; an attempt left in flight by a
    /// server that died counts until it is taken as abandoned.
    @Test(arguments: kinds.keys.sorted())
    func failuresAndAbandonedAttemptsAgeOut(kind: String) async throws {
        let clock = SessionClock()
        let stores = try await Self.make(kind, clock, window: AttemptWindow(failures: 60, inFlight: 120))
        let failed = try #require(try await stores[0].reserve(["a": 1]))
        try await stores[0].settle(failed, failed: true)
        _ = try #require(try await stores[0].reserve(["b": 1]))  // never settled
        clock.advance(59)
        #expect(try await stores[1].reserve(["a": 1]) == nil)
        clock.advance(2)
        let again = try #require(try await stores[1].reserve(["a": 1]))
        try await stores[1].settle(again, failed: false)
        #expect(try await stores[1].reserve(["b": 1]) == nil)
        clock.advance(60)
        #expect(try await stores[1].reserve(["b": 1]) != nil)
    }

    /// Eight simultaneous guesses through two servers under a limit of
    /// three: exactly three are let through, whatever the interleaving. (A
    /// few, each server's connection opened first: every guess waits for a
    /// connection of its own, a new PostgreSQL connection costs TLS and
    /// SCRAM, and the pool gives up after ten seconds on a loaded machine.)
    @Test(arguments: kinds.keys.sorted())
    func simultaneousReservationsOnTwoServersTakeTheLimitOnce(kind: String) async throws {
        let stores = try await Self.make(kind, SessionClock())
        for store in stores { #expect(try await store.reserve(["warming up": 2]) != nil) }
        let granted = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<8 {
                group.addTask { try await stores[index % 2].reserve(["account": 3, "address \(index)": 3]) != nil }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(granted == 3)
    }
}
