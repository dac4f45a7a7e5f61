import ArgumentParser
import Foundation
import Survey360Import
import Survey360Storage

/// `survey360 org import DIR`: validates a directory and, only if it is
/// entirely valid, stores it as the organisation's new current version.
struct OrgImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an organisation directory as a new version of the organisation.",
        discussion: """
            The import is all-or-nothing: if any file has a problem, every problem is listed, \
            nothing is stored, and the command exits with status 1. Earlier versions are kept: \
            campaigns already assigned keep the version they were assigned from. An import \
            identical to the current version adds nothing. 'survey360 org history' lists the \
            versions and 'survey360 org diff' compares two.
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
        let files = imported.files.map { ImportedFile(name: $0.name, contents: $0.contents) }
        let outcome = try await store.open().addOrganisationVersion(
            imported.organisation, files: files, imported: Date())
        switch outcome {
        case .unchanged(let version):
            Console.current.print(
                "\(directory) is identical to organisation version \(version.number); nothing was added")
        case .added(let version):
            let organisation = imported.organisation
            Console.current.print(
                "Imported \(counted(organisation.people.count, "person", "people")), "
                    + "\(counted(organisation.departments.count, "department")), "
                    + "\(counted(organisation.services.count, "service relation")) and "
                    + "\(counted(organisation.processes.count, "process chain")) into \(store.displayName) "
                    + "as organisation version \(version.number)")
        }
    }
}
