import Foundation
import PostgreSQLTestServer
import Survey360PostgreSQL
import Survey360Storage
import Testing

/// A store operation whose connection never answers ends with
/// `.unavailable` when its caller set a ``StorageTimeLimit`` (the web), and
/// waits as long as it takes when it did not (a command-line import).
///
/// The database is made to not answer for real: another session holds the
/// advisory lock that the store's first operation takes to migrate the
/// schema, so the operation waits on its leased connection for as long as
/// the test wants.
@Suite struct PostgreSQLTimeLimitTests {
    /// The lock ``PostgreSQLMigrations`` takes (`pg_advisory_xact_lock(360360)`).
    static let migrationLock = 360_360

    @Test func aLimitedOperationOnAConnectionThatNeverAnswersIsUnavailable() async throws {
        let server = try PostgreSQLTestServer.shared()
        let url = try await PostgreSQLTestServer.newDatabase()
        let database = try #require(URL(string: url)).lastPathComponent
        let holder = try Self.holdMigrationLock(on: server, database: database)
        defer { holder.terminate() }
        try await Self.waitForLockRequests(granted: true, count: 1, on: server, database: database)

        let store = try PostgreSQLStore(url: url)
        await #expect {
            try await StorageTimeLimit.$perOperation.withValue(.seconds(1)) { try await store.campaigns() }
        } throws: { error in
            (error as? StorageError)?.isUnavailable == true
                && String(describing: error).contains("did not answer in time")
        }

        // Without a limit the same operation waits for the lock (behind the
        // migration given up on above, which still waits on its connection)
        // and succeeds once the lock is released.
        async let campaigns = store.campaigns()
        try await Self.waitForLockRequests(granted: false, count: 2, on: server, database: database)
        _ = try server.psql(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = \(Self.migrationLock)"
                + " AND granted", database: database)
        #expect(try await campaigns.isEmpty)
    }

    /// A `psql` session that takes the migration lock and keeps it until it
    /// is terminated.
    static func holdMigrationLock(on server: PostgreSQLTestServer, database: String) throws -> Process {
        let process = Process()
        process.executableURL = PostgreSQLTestServer.binaries.appendingPathComponent("psql")
        process.arguments = [
            "-h", "127.0.0.1", "-p", String(server.port), "-U", PostgreSQLTestServer.user, "-d", database, "-At", "-c",
            "SELECT pg_advisory_lock(\(migrationLock)), pg_sleep(600)",
        ]
        process.environment = ["PGPASSWORD": PostgreSQLTestServer.password]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits until `count` sessions hold (`granted`) or wait for (not
    /// `granted`) the migration lock, as the server itself reports.
    static func waitForLockRequests(
        granted: Bool, count: Int, on server: PostgreSQLTestServer, database: String
    ) async throws {
        let query =
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = \(migrationLock)"
            + " AND \(granted ? "" : "NOT ")granted"
        while try Int(server.psql(query, database: database)) ?? 0 < count {
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
