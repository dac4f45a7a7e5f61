import Foundation
import PostgreSQLTestServer
import Survey360PostgreSQL
import Survey360Storage
import Testing

/// A store operation whose connection never answers ends with
/// `.unavailable` when its caller set a ``StorageTimeLimit`` (the web), and
/// waits as long as it takes when it did not (a command-line import).
///
/// The database is made to not answer for real: another session locks the
/// `campaign` table, so a read of the campaigns waits on its leased
/// connection for as long as the test wants. Everything looks at this
/// test's own database only: the server is shared by the other tests.
@Suite struct PostgreSQLTimeLimitTests {
    @Test func aLimitedOperationOnAConnectionThatNeverAnswersIsUnavailable() async throws {
        let server = try PostgreSQLTestServer.shared()
        let url = try await PostgreSQLTestServer.newDatabase()
        let database = try #require(URL(string: url)).lastPathComponent
        let store = try PostgreSQLStore(url: url)
        // Migrated, and a connection waits in the pool: the limit below is
        // spent waiting for the lock, not for a new connection.
        #expect(try await store.campaigns().isEmpty)
        let holder = try Self.lockCampaigns(on: server, database: database)
        defer { holder.terminate() }
        try await Self.waitForLockRequests(granted: true, count: 1, on: server, database: database)

        await #expect {
            try await StorageTimeLimit.$perOperation.withValue(.seconds(5)) { try await store.campaigns() }
        } throws: { error in
            (error as? StorageError)?.isUnavailable == true
                && String(describing: error).contains("did not answer in time")
        }

        // Without a limit the same read waits, beside the one given up on
        // above if the server still has it waiting, and succeeds once the
        // lock is released.
        let waitingBefore = try await Self.lockRequests(granted: false, on: server, database: database)
        async let campaigns = store.campaigns()
        try await Self.waitForLockRequests(granted: false, count: waitingBefore + 1, on: server, database: database)
        _ = try await Self.psql(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE \(Self.campaignLock) AND granted", on: server,
            database: database)
        #expect(try await campaigns.isEmpty)
    }

    /// Locks on the `campaign` table of the database `psql` is connected to.
    static let campaignLock =
        "locktype = 'relation' AND relation = 'campaign'::regclass"
        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"

    /// A `psql` session that locks the `campaign` table and keeps the lock
    /// until its backend is terminated.
    static func lockCampaigns(on server: PostgreSQLTestServer, database: String) throws -> Process {
        let process = Process()
        process.executableURL = PostgreSQLTestServer.binaries.appendingPathComponent("psql")
        process.arguments = [
            "-h", "127.0.0.1", "-p", String(server.port), "-U", PostgreSQLTestServer.user, "-d", database, "-At", "-c",
            "BEGIN; LOCK TABLE campaign IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(600);",
        ]
        process.environment = ["PGPASSWORD": PostgreSQLTestServer.password]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits until `count` sessions hold (`granted`) or wait for (not
    /// `granted`) a lock on the `campaign` table, as the server reports.
    static func waitForLockRequests(
        granted: Bool, count: Int, on server: PostgreSQLTestServer, database: String
    ) async throws {
        while try await lockRequests(granted: granted, on: server, database: database) < count {
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// How many sessions hold (`granted`) or wait for a lock on `campaign`.
    static func lockRequests(granted: Bool, on server: PostgreSQLTestServer, database: String) async throws -> Int {
        let query = "SELECT count(*) FROM pg_locks WHERE \(campaignLock) AND \(granted ? "" : "NOT ")granted"
        return Int(try await psql(query, on: server, database: database)) ?? 0
    }

    /// `psql`, off Swift's cooperative threads: it waits for a process,
    /// and with two cores a blocked thread stops every other test's tasks.
    static func psql(_ sql: String, on server: PostgreSQLTestServer, database: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try server.psql(sql, database: database) })
            }
        }
    }
}
