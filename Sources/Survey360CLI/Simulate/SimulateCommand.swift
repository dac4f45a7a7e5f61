import ArgumentParser

/// `survey360 simulate`: realistic data for demos, tests and benchmarks.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Generate a realistic organisation or a campaign's answers.",
        subcommands: [SimulateOrgCommand.self, SimulateResponsesCommand.self]
    )
}
