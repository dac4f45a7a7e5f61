import Foundation
import PostgresNIO
import Survey360Core
import Survey360Storage

/// Signed-in sessions in the database's `web_session` table, as
/// `SQLiteSessionStore` keeps them: several `survey360 serve` processes on
/// one PostgreSQL database are one server to a browser. A session opened on
/// one is found on the others, a sign-out on one ends it on all, and when HR
/// re-issues a manager's credential the manager's sessions end everywhere.
///
/// The table keeps the SHA-256 of each session id, never the id itself, so
/// that a backup opens no session. Only a sign-in writes a row.
///
/// ```swift
/// let store = try PostgreSQLStore(url: "postgres://survey360@db.internal/survey360")
/// let sessions = PostgreSQLSessionStore(store: store)
/// let app = try buildApplication(configuration: configuration, store: store, sessions: sessions)
/// ```
public struct PostgreSQLSessionStore: SessionStore {
    private let database: PostgreSQLDatabase
    private let limits: SessionLimits
    private let now: @Sendable () -> Date

    /// The sessions kept in `store`'s database.
    public init(
        store: PostgreSQLStore, limits: SessionLimits = SessionLimits(),
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        database = store.database
        self.limits = limits
        self.now = now
    }

    private static var logger: Logger { PostgreSQLDatabase.logger }

    public func open(for principal: Principal) async throws -> Session {
        let session = Session.new(for: principal, at: now())
        let limits = limits
        let date = session.created.timeIntervalSince1970
        try await database.write { connection in
            try await connection.query(
                """
                DELETE FROM web_session WHERE last_seen < \(date - limits.idleTimeout)
                    OR created < \(date - limits.lifetime)
                """, logger: Self.logger)
            // Past capacity the least recently used go, as in memory: a
            // flood of sign-ins cannot grow the table without bound.
            try await connection.query(
                """
                DELETE FROM web_session WHERE id_hash IN (
                    SELECT id_hash FROM web_session ORDER BY last_seen
                    LIMIT greatest(0, (SELECT count(*) FROM web_session) - \(limits.capacity) + 1))
                """, logger: Self.logger)
            try await connection.query(
                """
                INSERT INTO web_session (id_hash, principal, csrf_token, created, last_seen)
                VALUES (\(Session.storedKey(of: session.id)), \(principal.storedText), \(session.csrfToken),
                    \(date), \(date))
                """, logger: Self.logger)
        }
        return session
    }

    public func session(_ id: String) async throws -> Session? {
        let date = now()
        let limits = limits
        let key = Session.storedKey(of: id)
        return try await database.write { connection in
            var found: Session?
            for try await (principal, csrfToken, created, lastSeen) in try await connection.query(
                """
                SELECT principal, csrf_token, created, last_seen FROM web_session
                WHERE id_hash = \(key) FOR UPDATE
                """, logger: Self.logger
            ).decode((String, String, Double, Double).self) {
                guard let principal = Principal(storedText: principal) else { continue }
                found = Session(
                    id: id, principal: principal, csrfToken: csrfToken,
                    created: Date(timeIntervalSince1970: created), lastSeen: Date(timeIntervalSince1970: lastSeen))
            }
            guard var session = found else { return nil }
            guard !session.isExpired(under: limits, at: date) else {
                try await connection.query("DELETE FROM web_session WHERE id_hash = \(key)", logger: Self.logger)
                return nil
            }
            session.lastSeen = date
            try await connection.query(
                "UPDATE web_session SET last_seen = \(date.timeIntervalSince1970) WHERE id_hash = \(key)",
                logger: Self.logger)
            return session
        }
    }

    public func close(_ id: String) async throws {
        try await database.write { connection in
            _ = try await connection.query(
                "DELETE FROM web_session WHERE id_hash = \(Session.storedKey(of: id))", logger: Self.logger)
        }
    }

    public func closeAll(of principal: Principal) async throws {
        try await database.write { connection in
            _ = try await connection.query(
                "DELETE FROM web_session WHERE principal = \(principal.storedText)", logger: Self.logger)
        }
    }
}
