import Foundation
import GRDB
import Survey360Storage

/// Sign-in attempts in the database's `sign_in_attempt` table, so that
/// several `survey360 serve` processes on one SQLite file count a guesser's
/// attempts together: one row per attempt and key (the key's SHA-256),
/// in flight until settled, then deleted, or kept as a failure for the
/// window. Every reservation counts and inserts in one write transaction,
/// so two servers cannot both take the last attempt.
///
/// ```swift
/// let attempts = SQLiteAttemptStore(store: store, window: AttemptWindow(failures: 900))
/// let app = try buildApplication(configuration: configuration, store: store, signInAttempts: attempts)
/// ```
public struct SQLiteAttemptStore: AttemptStore {
    private let writer: any DatabaseWriter
    private let window: AttemptWindow
    private let now: @Sendable () -> Date

    /// The attempts kept in `store`'s database.
    public init(store: SQLiteStore, window: AttemptWindow, now: @escaping @Sendable () -> Date = Date.init) {
        writer = store.writer
        self.window = window
        self.now = now
    }

    public func reserve(_ limits: [String: Int]) async throws -> AttemptReservation? {
        let date = now().timeIntervalSince1970
        let window = window
        let reservation = AttemptReservation(id: SecureRandom.token(bytes: 16), keys: Array(limits.keys))
        return try await writer.write { db in
            // What has aged out goes first, which also bounds the table.
            try db.execute(
                sql: """
                    DELETE FROM sign_in_attempt
                    WHERE (failed = 1 AND attempted < ?) OR (failed = 0 AND attempted < ?)
                    """,
                arguments: [date - window.failures, date - window.inFlight])
            for (key, maximum) in limits {
                let used =
                    try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM sign_in_attempt WHERE key_hash = ?",
                        arguments: [AttemptReservation.storedKey(of: key)]) ?? 0
                if used >= maximum { return nil }
            }
            for key in limits.keys {
                try db.execute(
                    sql: "INSERT INTO sign_in_attempt (reservation, key_hash, attempted, failed) VALUES (?, ?, ?, 0)",
                    arguments: [reservation.id, AttemptReservation.storedKey(of: key), date])
            }
            return reservation
        }
    }

    public func settle(_ reservation: AttemptReservation, failed: Bool) async throws {
        let date = now().timeIntervalSince1970
        try await writer.write { db in
            if failed {
                try db.execute(
                    sql: "UPDATE sign_in_attempt SET failed = 1, attempted = ? WHERE reservation = ?",
                    arguments: [date, reservation.id])
            } else {
                try db.execute(sql: "DELETE FROM sign_in_attempt WHERE reservation = ?", arguments: [reservation.id])
            }
        }
    }
}
