import ArgumentParser

/// `survey360 org`: the organisation directory.
struct OrgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Check, import, show and compare versions of the organisation directory.",
        discussion: """
            The directory is a folder of UTF-8 CSV files exported by HR: departments.csv, \
            people.csv, and optionally services.csv and processes.csv. The README documents \
            every column.
            """,
        subcommands: [
            OrgCheckCommand.self, OrgImportCommand.self, OrgShowCommand.self, OrgHistoryCommand.self,
            OrgDiffCommand.self,
        ]
    )
}
