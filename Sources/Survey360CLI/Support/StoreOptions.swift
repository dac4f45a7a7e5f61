import ArgumentParser
import Survey360SQLite
import Survey360Storage

/// The `--database` option shared by every command that reads or writes
/// the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The SQLite database file; created on first use.", valueName: "path"))
    var database: String = "survey360.sqlite"

    /// Opens the store the command works on.
    func open() throws -> any SurveyStore {
        try SQLiteStore(path: database)
    }
}
