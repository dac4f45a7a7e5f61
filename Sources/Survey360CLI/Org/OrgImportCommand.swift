import ArgumentParser
import Foundation
import Survey360Import

/// `survey360 org import DIR`: validates a directory and, only if it is
/// entirely valid, replaces the stored organisation with it.
struct OrgImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an organisation directory, replacing the stored organisation.",
        discussion: """
            The import is all-or-nothing: if any file has a problem, every problem is listed, \
            nothing is stored, and the command exits with status 1.
            """
    )

    @Argument(help: ArgumentHelp("The folder of CSV files.", valueName: "directory"))
    var directory: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let imported: OrganisationImporter.Imported
        do {
            imported = try OrganisationImporter.read(directory: URL(fileURLWithPath: directory))
        } catch {
            throw CommandFailure.report(error, what: "Import")
        }
        try await store.open().replaceOrganisation(imported.organisation)
        let organisation = imported.organisation
        Console.current.print(
            "Imported \(counted(organisation.people.count, "person", "people")), "
                + "\(counted(organisation.departments.count, "department")), "
                + "\(counted(organisation.services.count, "service relation")) and "
                + "\(counted(organisation.processes.count, "process chain")) into \(store.displayName)")
    }
}
