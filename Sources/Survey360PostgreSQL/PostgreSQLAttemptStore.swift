import Foundation
import PostgresNIO
import Survey360Storage

/// Sign-in attempts in the database's `sign_in_attempt` table, as
/// `SQLiteAttemptStore` keeps them: several `survey360 serve` processes on
/// one PostgreSQL database count a guesser's attempts together. A
/// reservation locks the table against other reservations while it counts
/// and inserts, so two servers cannot both take the last attempt.
///
/// ```swift
/// let attempts = PostgreSQLAttemptStore(store: store, window: AttemptWindow(failures: 900))
/// let app = try buildApplication(configuration: configuration, store: store, signInAttempts: attempts)
/// ```
public struct PostgreSQLAttemptStore: AttemptStore {
    private let database: PostgreSQLDatabase
    private let window: AttemptWindow
    private let now: @Sendable () -> Date

    /// The attempts kept in `store`'s database.
    public init(store: PostgreSQLStore, window: AttemptWindow, now: @escaping @Sendable () -> Date = Date.init) {
        database = store.database
        self.window = window
        self.now = now
    }

    private static var logger: Logger { PostgreSQLDatabase.logger }

    public func reserve(_ limits: [String: Int]) async throws -> AttemptReservation? {
        let date = now().timeIntervalSince1970
        let window = window
        let reservation = AttemptReservation(id: SecureRandom.token(bytes: 16), keys: Array(limits.keys))
        return try await database.write { connection in
            // Conflicts with itself only: reservations take turns, settling
            // (ROW EXCLUSIVE) waits for the one under way.
            try await connection.query(
                "LOCK TABLE sign_in_attempt IN SHARE ROW EXCLUSIVE MODE", logger: Self.logger)
            try await connection.query(
                """
                DELETE FROM sign_in_attempt
                WHERE (failed = 1 AND attempted < \(date - window.failures))
                    OR (failed = 0 AND attempted < \(date - window.inFlight))
                """, logger: Self.logger)
            for (key, maximum) in limits {
                var used = 0
                for try await count in try await connection.query(
                    "SELECT count(*)::integer FROM sign_in_attempt WHERE key_hash = \(AttemptReservation.storedKey(of: key))",
                    logger: Self.logger
                ).decode(Int.self) {
                    used = count
                }
                if used >= maximum { return nil }
            }
            for key in limits.keys {
                try await connection.query(
                    """
                    INSERT INTO sign_in_attempt (reservation, key_hash, attempted, failed)
                    VALUES (\(reservation.id), \(AttemptReservation.storedKey(of: key)), \(date), 0)
                    """, logger: Self.logger)
            }
            return reservation
        }
    }

    public func settle(_ reservation: AttemptReservation, failed: Bool) async throws {
        let date = now().timeIntervalSince1970
        try await database.write { connection in
            if failed {
                try await connection.query(
                    """
                    UPDATE sign_in_attempt SET failed = 1, attempted = \(date)
                    WHERE reservation = \(reservation.id)
                    """, logger: Self.logger)
            } else {
                try await connection.query(
                    "DELETE FROM sign_in_attempt WHERE reservation = \(reservation.id)", logger: Self.logger)
            }
        }
    }
}
