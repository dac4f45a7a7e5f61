import ArgumentParser

/// `survey360 assignments`: review and edit who rates whom before launch.
struct AssignmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignments",
        abstract: "Export a campaign's assignments for review, and add or remove pairs before launch.",
        subcommands: [AssignmentsExportCommand.self, AssignmentsEditCommand.self]
    )
}
