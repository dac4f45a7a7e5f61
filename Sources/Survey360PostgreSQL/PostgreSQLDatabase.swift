import Foundation
import Logging
import PostgresNIO
import Survey360Storage

/// The connection pool under a ``PostgreSQLStore``: runs the pool, brings
/// the schema up to date before the first query, and turns the driver's
/// errors into ``StorageError``s a person can act on.
///
/// Reads lease a connection; writes run in one transaction, so that a
/// method that changes several rows happens whole or not at all.
final class PostgreSQLDatabase: Sendable {
    let url: PostgreSQLURL
    private let client: PostgresClient
    private let running: Task<Void, Never>
    private let schema = SchemaGate()
    /// Silent: the driver logs queries at debug level, and queries carry
    /// answers and token hashes. Failures reach the caller as errors.
    static let logger = Logger(label: "survey360.postgresql") { _ in SwiftLogNoOpLogHandler() }

    init(url: PostgreSQLURL) {
        self.url = url
        let client = PostgresClient(configuration: url.clientConfiguration, backgroundLogger: Self.logger)
        self.client = client
        running = Task { await client.run() }
    }

    deinit { running.cancel() }

    /// How long a request waits for a connection before it is told the
    /// database is unavailable: while PostgreSQL restarts, a web page gets a
    /// 503 at once instead of hanging. Once a connection is leased, the
    /// work itself (a long import) has no deadline.
    static let leaseTimeout: Duration = .seconds(3)

    /// Runs `body` on a pooled connection.
    func read<Result: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Result)
        async throws -> Result
    {
        try await leased(inTransaction: false, body)
    }

    /// Runs `body` in one transaction: committed if it returns, rolled back
    /// if it throws.
    func write<Result: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Result)
        async throws -> Result
    {
        try await leased(inTransaction: true, body)
    }

    /// Runs `body` in one read-only transaction that sees one snapshot of
    /// the database, as a read of several tables on SQLite does: a
    /// campaign's answers and the item columns they are decoded with are
    /// read as they stood at one moment, whatever other servers write.
    func snapshot<Result: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Result)
        async throws -> Result
    {
        try await leased(inTransaction: true) { connection in
            try await connection.query(
                "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: Self.logger)
            return try await body(connection)
        }
    }

    private func leased<Result: Sendable>(
        inTransaction: Bool, _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await translatingErrors {
            try await schema.ensure {
                try await self.withLeaseDeadline(inTransaction: true) { connection in
                    try await PostgreSQLMigrations.migrate(on: connection, logger: Self.logger)
                }
            }
            return try await withLeaseDeadline(inTransaction: inTransaction, body)
        }
    }

    /// Runs `body` on a leased connection, or throws `.unavailable` if none
    /// comes within ``leaseTimeout``.
    private func withLeaseDeadline<Result: Sendable>(
        inTransaction: Bool, _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let lease = LeaseFlag()
        return try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask { [client] in
                if inTransaction {
                    return try await client.withTransaction(logger: Self.logger) { connection in
                        lease.set()
                        return try await body(connection)
                    }
                }
                return try await client.withConnection { connection in
                    lease.set()
                    return try await body(connection)
                }
            }
            group.addTask {
                try await Task.sleep(for: Self.leaseTimeout)
                return nil
            }
            while let finished = try await group.next() {
                if let result = finished {
                    group.cancelAll()
                    return result
                }
                if !lease.isSet {
                    group.cancelAll()
                    throw StorageError.unavailable("The database \(url) cannot be reached: no connection in time")
                }
            }
            throw CancellationError()
        }
    }

    private func translatingErrors<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let error as StorageError {
            throw error
        } catch let error as PostgresTransactionError {
            throw translated(error.closureError ?? error.beginError ?? error.commitError ?? error)
        } catch {
            throw translated(error)
        }
    }

    private func translated(_ error: any Error) -> any Error {
        if let error = error as? StorageError { return error }
        guard let error = error as? PSQLError, error.code == .server, let state = error.serverInfo?[.sqlState] else {
            return StorageError.unavailable("The database \(url) cannot be reached: \(Self.reason(error))")
        }
        switch state {
        case "23505": return StorageError.conflict("This already exists in the database")
        // A bulk change names the same row twice.
        case "21000": return StorageError.alreadySubmitted
        default:
            let message = error.serverInfo?[.message] ?? state
            return StorageError.unavailable("The database \(url) refused a change: \(message) (SQLSTATE \(state))")
        }
    }

    /// The driver's reason, without the query (which may carry values).
    private static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return String(describing: underlying) }
            return error.code.description
        }
        return String(describing: error)
    }
}

/// Runs the migrations once per process, before any query: the first caller
/// runs them, the others wait; a failure (the server is down) is not
/// remembered, so that the next request tries again.
private actor SchemaGate {
    private var ready = false
    private var running: Task<Void, any Error>?

    func ensure(_ migrate: @escaping @Sendable () async throws -> Void) async throws {
        if ready { return }
        if let running { return try await running.value }
        let task = Task { try await migrate() }
        running = task
        defer { running = nil }
        try await task.value
        ready = true
    }
}

/// Whether a connection was leased, set from the pool's task and read by
/// the deadline's.
private final class LeaseFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
