import ArgumentParser
import Foundation
import Survey360Import

/// `survey360 org check DIR`: validates a directory without storing it.
struct OrgCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate an organisation directory and list every problem.",
        discussion: "Nothing is stored. Exits with status 1 if any problem is found."
    )

    @Argument(help: ArgumentHelp("The folder of CSV files.", valueName: "directory"))
    var directory: String

    func run() async throws {
        do {
            let imported = try OrganisationImporter.read(directory: URL(fileURLWithPath: directory))
            let organisation = imported.organisation
            Console.current.print(
                "\(directory): OK, \(counted(organisation.people.count, "person", "people")) in "
                    + counted(organisation.departments.count, "department"))
        } catch {
            throw CommandFailure.report(error, what: "Check")
        }
    }
}
