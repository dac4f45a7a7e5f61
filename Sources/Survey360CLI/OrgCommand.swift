import ArgumentParser

/// `survey360 org`: the organisation directory.
struct OrgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Check, import and show the organisation directory.",
        subcommands: []
    )
}
