import ArgumentParser
import Foundation
import Survey360PostgreSQL
import Survey360SQLite
import Survey360Storage

/// The `--database` option shared by every command that reads or writes
/// the store, `serve` included: an SQLite file or a PostgreSQL URL.
struct StoreOptions: ParsableArguments {
    /// The environment variable that names the database when `--database`
    /// does not, so that a server's unit file or a shell sets it once.
    static let environmentVariable = "SURVEY360_DATABASE"

    @Option(
        name: .long,
        help: ArgumentHelp(
            """
            The SQLite database file (created on first use) or a PostgreSQL database, \
            postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=require]. \
            Default: $SURVEY360_DATABASE, else survey360.sqlite.
            """, valueName: "path-or-url"))
    var database: String?

    /// The database the command works on.
    var location: String {
        database ?? ProcessInfo.processInfo.environment[Self.environmentVariable] ?? "survey360.sqlite"
    }

    /// The database for messages: a PostgreSQL URL without its password.
    var displayName: String { Self.displayName(location) }

    static func displayName(_ location: String) -> String {
        (try? PostgreSQLURL(location)).map(\.description) ?? location
    }

    @Option(
        name: .customLong("pseudonym-key"),
        help: ArgumentHelp(
            """
            The key that turns raters into pseudonyms at close; created on first use. Keep it apart from the database. \
            Default: $SURVEY360_PSEUDONYM_KEY, else the database's path + .pseudonym-key (SQLite only).
            """,
            valueName: "path"))
    var pseudonymKey: String?

    /// Opens the store the command works on.
    ///
    /// Sets the process's file mode mask first: everything a command
    /// creates (the database, invitations, reports, archives, keys) holds
    /// answers, secret links or both, and is for the owner only.
    func open() throws -> any SurveyStore & CredentialStore {
        umask(0o077)
        return try Self.open(location)
    }

    /// The signed-in sessions of `serve`, kept in `store`'s database.
    func sessions(in store: any SurveyStore, limits: SessionLimits) -> any SessionStore {
        switch store {
        case let postgres as PostgreSQLStore: PostgreSQLSessionStore(store: postgres, limits: limits)
        case let sqlite as SQLiteStore: SQLiteSessionStore(store: sqlite, limits: limits)
        default: MemorySessionStore(limits: limits)
        }
    }

    /// The sign-in attempts of `serve`, counted in `store`'s database.
    func signInAttempts(in store: any SurveyStore, window: TimeInterval) -> (any AttemptStore)? {
        switch store {
        case let postgres as PostgreSQLStore:
            PostgreSQLAttemptStore(store: postgres, window: AttemptWindow(failures: window))
        case let sqlite as SQLiteStore: SQLiteAttemptStore(store: sqlite, window: AttemptWindow(failures: window))
        default: nil
        }
    }

    /// Opens an SQLite file or a PostgreSQL URL (`store copy` opens two).
    static func open(_ location: String) throws -> any SurveyStore & CredentialStore {
        if PostgreSQLURL.isPostgreSQL(location) { return try PostgreSQLStore(url: location) }
        return try SQLiteStore(path: location)
    }

    /// The environment variable that names the pseudonym key when
    /// `--pseudonym-key` does not: every server and command of one
    /// PostgreSQL store must use the same key.
    static let pseudonymKeyVariable = "SURVEY360_PSEUDONYM_KEY"

    /// The pseudonyms of raters, from `--pseudonym-key`, else
    /// `$SURVEY360_PSEUDONYM_KEY`, else the file beside an SQLite database.
    ///
    /// - Throws: ``CommandFailure`` for a PostgreSQL store without a key: a
    ///   URL has no "beside", and a key made up in each server's working
    ///   directory would give each server other pseudonyms.
    func pseudonyms() throws -> RaterPseudonyms {
        let configured = pseudonymKey ?? ProcessInfo.processInfo.environment[Self.pseudonymKeyVariable]
        if configured == nil, PostgreSQLURL.isPostgreSQL(location) {
            throw CommandFailure(
                "A PostgreSQL store needs its pseudonym key: give --pseudonym-key PATH or set \(Self.pseudonymKeyVariable)"
            )
        }
        return try RaterPseudonyms.key(at: URL(fileURLWithPath: configured ?? location + ".pseudonym-key"))
    }
}
