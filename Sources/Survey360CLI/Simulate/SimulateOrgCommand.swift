import ArgumentParser
import Foundation
import Survey360Core
import Survey360Import

/// `survey360 simulate org --people N --seed S --out DIR`.
struct SimulateOrgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Write a realistic organisation of any size as HR's CSV files.",
        discussion: """
            Divisions, departments and teams with managers, process chains across departments, \
            service relations, a few people on leave or gone. The same seed gives the same files.
            """
    )

    @Option(help: "How many people.")
    var people: Int

    @Option(help: "The seed; the same seed writes the same organisation.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The folder to write the CSV files to.", valueName: "directory"))
    var out: String

    func validate() throws {
        guard people >= 10 else { throw ValidationError("--people must be at least 10, not \(people)") }
    }

    func run() async throws {
        let organisation = OrganisationSimulator(people: people, seed: seed).make()
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try OrganisationCSVWriter().write(organisation, to: folder)
        Console.current.print(
            "Wrote \(counted(organisation.people.count, "person", "people")) in "
                + "\(counted(organisation.departments.count, "department")) to \(out)")
    }
}
