/// How long each store operation begun in the current task may take, from
/// the call to its answer, before the store gives up with
/// ``StorageError/unavailable(_:)``.
///
/// A task-local rather than a store setting, because the caller knows what
/// kind of work it does and the store does not: a web request reads or
/// writes a few rows and must never hang (a PostgreSQL restart can leave a
/// statement that no connection will ever answer), while a command-line
/// import of a year of answers must not be cut off. The web sets a limit
/// around each request; commands set none.
///
/// ```swift
/// try await StorageTimeLimit.$perOperation.withValue(.seconds(30)) {
///     try await store.submit(response, event: event)
/// }
/// ```
///
/// A store that cannot hang on a lost connection (memory, SQLite) may ignore
/// it. An operation given up on may still complete afterwards: a commit that
/// reached the server stays committed, so the caller learns the outcome by
/// trying again (a submission is then "already submitted").
package enum StorageTimeLimit {
    /// `nil`: no limit (the default).
    @TaskLocal package static var perOperation: Duration?
}
