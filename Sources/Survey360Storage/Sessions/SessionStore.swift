/// Where the web server keeps its signed-in sessions.
///
/// One server on SQLite keeps them in memory (``MemorySessionStore``);
/// several servers on one database keep them in the database, so that a
/// browser may reach any server and a revocation ends a session on all of
/// them. Every implementation passes the same conformance tests.
///
/// ```swift
/// let session = try await sessions.open(for: .manager("P0042"))
/// try await sessions.session(session.id)        // the session, touched
/// try await sessions.closeAll(of: .manager("P0042"))
/// try await sessions.session(session.id)        // nil: ended everywhere
/// ```
public protocol SessionStore: Sendable {
    /// Opens a new session for `principal`. A sign-in always opens a new
    /// session, so that an id planted before sign-in is worthless after it.
    func open(for principal: Principal) async throws -> Session
    /// The live session with `id`, its last use set to now; `nil` if the id
    /// is unknown, the session expired (``SessionLimits``) or was closed.
    func session(_ id: String) async throws -> Session?
    /// Ends one session (sign-out); nothing happens for an unknown id.
    func close(_ id: String) async throws
    /// Ends every session of `principal`: when HR re-issues or revokes a
    /// manager's credential, whoever signed in with the old one is out.
    func closeAll(of principal: Principal) async throws
}
