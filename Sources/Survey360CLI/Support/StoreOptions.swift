import ArgumentParser
import Foundation
import Survey360SQLite
import Survey360Storage

/// The `--database` option shared by every command that reads or writes
/// the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The SQLite database file; created on first use.", valueName: "path"))
    var database: String = "survey360.sqlite"

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
    func open() throws -> SQLiteStore {
        umask(0o077)
        return try SQLiteStore(path: database)
    }

    /// The pseudonyms of raters, from `--pseudonym-key` or the file beside
    /// the database.
    func pseudonyms() throws -> RaterPseudonyms {
        try RaterPseudonyms.key(at: URL(fileURLWithPath: pseudonymKey ?? database + ".pseudonym-key"))
    }
}
