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
    private let watch = ClosedConnectionWatch()
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
    /// 503 instead of hanging. Long enough for a new connection (TCP, TLS,
    /// SCRAM's 4,096 rounds, a backend forked) on a loaded machine: 3 s was
    /// too short with the whole test suite on two cores. Once a connection
    /// is leased, the work itself (a long import) has no deadline; it ends
    /// when its connection does.
    static let leaseTimeout: Duration = .seconds(10)

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
    /// comes within ``leaseTimeout`` or the connection closes under it (see
    /// ``ClosedConnectionWatch``).
    ///
    /// The caller is answered without waiting for the pool: in a burst of
    /// requests across a PostgreSQL restart, a lease that the pool never
    /// granted nor cancelled once held a web request until the browser gave
    /// up (60 s). Work given up on this way never runs `body` (a lease that
    /// comes late is handed back at once, its transaction rolled back), so a
    /// caller told "unavailable" has changed nothing, unless the connection
    /// was lost after its commit reached the server.
    private func withLeaseDeadline<Result: Sendable>(
        inTransaction: Bool, _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let attempt = LeaseAttempt<Result>()
        let unreachable = StorageError.unavailable("The database \(url) cannot be reached: no connection in time")
        let lost = StorageError.unavailable("The database \(url) cannot be reached: the connection was lost")
        let work = { @Sendable [watch] (connection: PostgresConnection) async throws -> Result in
            guard attempt.lease() else { throw CancellationError() }
            let token = watch.add(connection) { attempt.finish(.failure(lost)) }
            defer { watch.remove(token) }
            return try await body(connection)
        }
        return try await withCheckedThrowingContinuation { continuation in
            attempt.start(continuation)
            let task = Task { [client] in
                do {
                    let result =
                        inTransaction
                        ? try await client.withTransaction(logger: Self.logger) { try await work($0) }
                        : try await client.withConnection { try await work($0) }
                    attempt.finish(.success(result))
                } catch {
                    attempt.finish(.failure(error))
                }
            }
            Task {
                try? await Task.sleep(for: Self.leaseTimeout)
                if attempt.giveUpUnlessLeased(unreachable) { task.cancel() }
            }
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

/// One caller's wait for a connection and its work, answered exactly once:
/// by the work, by the deadline, by the loss of the connection or by the
/// caller's cancellation, whichever comes first.
private final class LeaseAttempt<Result: Sendable>: @unchecked Sendable {
    // @unchecked: every field is read and written under `lock` only.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Result, any Error>?
    private var leased = false
    private var answered = false

    /// Called first, before the work and the deadline start.
    func start(_ continuation: CheckedContinuation<Result, any Error>) {
        lock.withLock { self.continuation = continuation }
    }

    /// Called with the connection: whether the work may still run.
    func lease() -> Bool {
        lock.withLock {
            leased = true
            return !answered
        }
    }

    /// Answers with `error` if no connection was leased yet; returns whether
    /// it did.
    func giveUpUnlessLeased(_ error: any Error) -> Bool {
        answer(.failure(error), unless: { $0.leased })
    }

    func finish(_ result: Swift.Result<Result, any Error>) {
        answer(result, unless: { _ in false })
    }

    @discardableResult
    private func answer(_ result: Swift.Result<Result, any Error>, unless refused: (LeaseAttempt) -> Bool) -> Bool {
        let continuation: CheckedContinuation<Result, any Error>? = lock.withLock {
            guard !answered, !refused(self) else { return nil }
            answered = true
            defer { self.continuation = nil }
            return self.continuation
        }
        continuation?.resume(with: result)
        return continuation != nil
    }
}
