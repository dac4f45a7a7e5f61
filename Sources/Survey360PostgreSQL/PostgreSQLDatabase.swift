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
    /// is leased, the work itself has no deadline unless the caller set a
    /// ``StorageTimeLimit`` (the web does; a long import does not); it ends
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
                try await self.withDeadlines(inTransaction: true) { connection in
                    try await PostgreSQLMigrations.migrate(on: connection, logger: Self.logger)
                }
            }
            return try await withDeadlines(inTransaction: inTransaction, body)
        }
    }

    /// Runs `body` on a leased connection, or throws `.unavailable` if none
    /// comes within ``leaseTimeout``, if the connection closes under it (see
    /// ``ClosedConnectionWatch``), or if the whole takes longer than the
    /// caller's ``StorageTimeLimit``.
    ///
    /// The caller is answered without waiting for the pool: in a burst of
    /// requests across a PostgreSQL restart, a lease that the pool never
    /// granted nor cancelled once held a web request until the browser gave
    /// up (60 s). Work given up on before its lease never runs `body` (a
    /// lease that comes late is handed back at once), so a caller told
    /// "unavailable" then has changed nothing. Work given up on after its
    /// lease may still commit: a caller told "unavailable" learns the
    /// outcome by trying again.
    private func withDeadlines<Result: Sendable>(
        inTransaction: Bool, _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let attempt = LeaseAttempt<Result>()
        let start = ContinuousClock.now
        let limit = StorageTimeLimit.perOperation
        let unreachable = StorageError.unavailable("The database \(url) cannot be reached: no connection in time")
        let lost = StorageError.unavailable("The database \(url) cannot be reached: the connection was lost")
        let late = StorageError.unavailable("The database \(url) did not answer in time")
        let work = { @Sendable [watch] (connection: PostgresConnection) async throws -> Result in
            guard attempt.lease() else { throw CancellationError() }
            // Watched from the first statement to the last, BEGIN and COMMIT
            // included: a COMMIT written to a connection that has just
            // closed is never answered either.
            let token = watch.add(connection) { attempt.finish(.failure(lost)) }
            defer { watch.remove(token) }
            return inTransaction ? try await Self.transaction(on: connection, body) : try await body(connection)
        }
        return try await withCheckedThrowingContinuation { continuation in
            attempt.start(continuation)
            let task = Task { [client] in
                do {
                    attempt.finish(.success(try await client.withConnection { try await work($0) }))
                } catch {
                    attempt.finish(.failure(error))
                }
            }
            attempt.watch(
                Task {
                    let leaseDeadline = start + min(Self.leaseTimeout, limit ?? Self.leaseTimeout)
                    guard (try? await Task.sleep(until: leaseDeadline)) != nil else { return }
                    if attempt.giveUpUnlessLeased(unreachable) {
                        task.cancel()
                        return
                    }
                    guard let limit, (try? await Task.sleep(until: start + limit)) != nil else { return }
                    if attempt.finish(.failure(late)) { task.cancel() }
                })
        }
    }

    /// `body` between BEGIN and COMMIT, rolled back if it throws; a
    /// connection whose rollback fails is closed rather than handed back to
    /// the pool inside a transaction.
    private static func transaction<Result: Sendable>(
        on connection: PostgresConnection, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await connection.query("BEGIN", logger: logger)
        let result: Result
        do {
            result = try await body(connection)
        } catch {
            do {
                try await connection.query("ROLLBACK", logger: logger)
            } catch {
                try? await connection.close()
            }
            throw error
        }
        try await connection.query("COMMIT", logger: logger)
        return result
    }

    private func translatingErrors<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let error as StorageError {
            throw error
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
/// by the work, by a deadline or by the loss of the connection, whichever
/// comes first.
private final class LeaseAttempt<Result: Sendable>: @unchecked Sendable {
    // @unchecked: every field is read and written under `lock` only.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Result, any Error>?
    private var deadlines: Task<Void, Never>?
    private var leased = false
    private var answered = false

    /// Called first, before the work and the deadlines start.
    func start(_ continuation: CheckedContinuation<Result, any Error>) {
        lock.withLock { self.continuation = continuation }
    }

    /// Keeps the task that enforces the deadlines, to stop it once answered:
    /// a sleeping task per finished operation would pile up under load.
    func watch(_ deadlines: Task<Void, Never>) {
        let stop = lock.withLock {
            if answered { return true }
            self.deadlines = deadlines
            return false
        }
        if stop { deadlines.cancel() }
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

    /// Answers with `result` unless answered already; returns whether it did.
    @discardableResult
    func finish(_ result: Swift.Result<Result, any Error>) -> Bool {
        answer(result, unless: { _ in false })
    }

    private func answer(_ result: Swift.Result<Result, any Error>, unless refused: (LeaseAttempt) -> Bool) -> Bool {
        let (continuation, deadlines): (CheckedContinuation<Result, any Error>?, Task<Void, Never>?) = lock.withLock {
            guard !answered, !refused(self) else { return (nil, nil) }
            answered = true
            defer { (self.continuation, self.deadlines) = (nil, nil) }
            return (self.continuation, self.deadlines)
        }
        deadlines?.cancel()
        continuation?.resume(with: result)
        return continuation != nil
    }
}
