import ArgumentParser
import Survey360Storage

/// `survey360 store copy`: moves everything (organisation, campaigns and
/// their audit log, assignments, invitation hashes, answers, credentials)
/// from one database into an empty one, either side an SQLite file or a
/// PostgreSQL URL, and proves both sides equal by counts and checksums.
struct StoreCopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole store into an empty database and compare both sides.",
        discussion: """
            The target must be empty (a new SQLite file, or a new PostgreSQL database). It is written \
            in one transaction: if anything fails, it stays empty. Stop the servers on the source first, \
            so that nothing is answered into it while it moves.
            """
    )

    @Option(help: ArgumentHelp("The database to copy: an SQLite file or a postgres:// URL.", valueName: "path-or-url"))
    var from: String

    @Option(
        help: ArgumentHelp("The empty database to fill: an SQLite file or a postgres:// URL.", valueName: "path-or-url")
    )
    var to: String

    func run() async throws {
        let source = try Self.tables(from)
        let target = try Self.tables(to)
        let summaries = try await StoreCopy.copy(from: source, to: target)
        let console = Console.current
        for summary in summaries {
            let rows = String(summary.rows)
            console.print(
                summary.name.padded(18) + String(repeating: " ", count: max(0, 9 - rows.count)) + rows
                    + " rows  sha256 " + summary.checksum)
        }
        let rows = summaries.reduce(0) { $0 + $1.rows }
        console.print(
            "Copied \(counted(rows, "row")) in \(counted(summaries.count, "table")) from "
                + "\(StoreOptions.displayName(from)) to \(StoreOptions.displayName(to)); "
                + "counts and checksums match")
    }

    private static func tables(_ location: String) throws -> any TableStore {
        guard let store = try StoreOptions.open(location) as? any TableStore else {
            throw StorageError.unavailable("'\(location)' is not a database that can be copied")
        }
        return store
    }
}
