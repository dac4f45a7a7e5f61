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
            "The key that turns raters into pseudonyms at close; created on first use. Keep it apart from the database.",
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

    /// Opens an SQLite file or a PostgreSQL URL (`store copy` opens two).
    static func open(_ location: String) throws -> any SurveyStore & CredentialStore {
        if PostgreSQLURL.isPostgreSQL(location) { return try PostgreSQLStore(url: location) }
        return try SQLiteStore(path: location)
    }

    /// The pseudonyms of raters, from `--pseudonym-key` or the file beside
    /// the database.
    func pseudonyms() throws -> RaterPseudonyms {
        try RaterPseudonyms.key(at: URL(fileURLWithPath: pseudonymKey ?? location + ".pseudonym-key"))
    }
}
