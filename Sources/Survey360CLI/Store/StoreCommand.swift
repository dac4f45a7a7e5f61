import ArgumentParser

/// `survey360 store`: the database as a whole.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Move a whole store between SQLite and PostgreSQL.",
        subcommands: [StoreCopyCommand.self]
    )
}
