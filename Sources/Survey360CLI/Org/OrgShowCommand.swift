import ArgumentParser
import Survey360Core

/// `survey360 org show`: a summary of the stored organisation.
struct OrgShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the stored organisation: counts, hierarchy, departments, services and processes."
    )

    @OptionGroup var store: StoreOptions

    func run() async throws {
        guard let organisation = try await store.open().organisation() else {
            throw CommandFailure("No organisation in '\(store.displayName)'; run 'survey360 org import DIR' first")
        }
        for line in OrganisationSummary(organisation).lines { Console.current.print(line) }
    }
}
