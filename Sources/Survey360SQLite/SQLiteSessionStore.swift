import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// Signed-in sessions in the database's `web_session` table, so that
/// several `survey360 serve` processes on one SQLite file are one server to
/// a browser: a session opened on one is found on the others, and when HR
/// re-issues a manager's credential on one, the manager's sessions end on
/// all of them.
///
/// The table keeps the SHA-256 of each session id, never the id itself, so
/// that a copy of the database (a backup) opens no session. Only a
/// successful sign-in writes a row; anonymous visitors cost nothing.
///
/// ```swift
/// let store = try SQLiteStore(path: "survey360.sqlite")
/// let sessions = SQLiteSessionStore(store: store)
/// let app = try buildApplication(configuration: configuration, store: store, sessions: sessions)
/// ```
public struct SQLiteSessionStore: SessionStore {
    private let writer: any DatabaseWriter
    private let limits: SessionLimits
    private let now: @Sendable () -> Date

    /// The sessions kept in `store`'s database.
    public init(
        store: SQLiteStore, limits: SessionLimits = SessionLimits(), now: @escaping @Sendable () -> Date = Date.init
    ) {
        writer = store.writer
        self.limits = limits
        self.now = now
    }

    public func open(for principal: Principal) async throws -> Session {
        let session = Session.new(for: principal, at: now())
        let limits = limits
        try await writer.write { db in
            let date = session.created.timeIntervalSince1970
            try db.execute(
                sql: "DELETE FROM web_session WHERE last_seen < ? OR created < ?",
                arguments: [date - limits.idleTimeout, date - limits.lifetime])
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM web_session") ?? 0
            if count >= limits.capacity {
                try db.execute(
                    sql: """
                        DELETE FROM web_session WHERE id_hash IN
                        (SELECT id_hash FROM web_session ORDER BY last_seen LIMIT ?)
                        """,
                    arguments: [count - limits.capacity + 1])
            }
            try db.execute(
                sql: """
                    INSERT INTO web_session (id_hash, principal, csrf_token, created, last_seen)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    Session.storedKey(of: session.id), principal.storedText, session.csrfToken, date, date,
                ])
        }
        return session
    }

    public func session(_ id: String) async throws -> Session? {
        let date = now()
        let limits = limits
        return try await writer.write { db in
            let key = Session.storedKey(of: id)
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT principal, csrf_token, created, last_seen FROM web_session WHERE id_hash = ?",
                    arguments: [key]),
                let principal = Principal(storedText: row["principal"])
            else { return nil }
            var session = Session(
                id: id, principal: principal, csrfToken: row["csrf_token"],
                created: Date(timeIntervalSince1970: row["created"]),
                lastSeen: Date(timeIntervalSince1970: row["last_seen"]))
            guard !session.isExpired(under: limits, at: date) else {
                try db.execute(sql: "DELETE FROM web_session WHERE id_hash = ?", arguments: [key])
                return nil
            }
            session.lastSeen = date
            try db.execute(
                sql: "UPDATE web_session SET last_seen = ? WHERE id_hash = ?",
                arguments: [date.timeIntervalSince1970, key])
            return session
        }
    }

    public func close(_ id: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE id_hash = ?", arguments: [Session.storedKey(of: id)])
        }
    }

    public func closeAll(of principal: Principal) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE principal = ?", arguments: [principal.storedText])
        }
    }
}
