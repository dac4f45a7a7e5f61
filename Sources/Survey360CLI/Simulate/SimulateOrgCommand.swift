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
            Divisions, departments of one to seven teams with managers and team leads, process chains \
            across departments, service relations, a few people on leave or gone. The same seed gives \
            the same files. --shape small-teams gives the organisations of earlier versions, whose \
            departments are single teams of at most ten.
            """
    )

    @Option(help: "How many people.")
    var people: Int

    @Option(help: "The seed; the same seed writes the same organisation.")
    var seed: UInt64 = 1

    @Option(help: "How the company is cut into departments: realistic or small-teams.")
    var shape: OrganisationSimulator.Shape = .realistic

    @Option(help: ArgumentHelp("The folder to write the CSV files to.", valueName: "directory"))
    var out: String

    func validate() throws {
        guard people >= 10 else { throw ValidationError("--people must be at least 10, not \(people)") }
    }

    func run() async throws {
        let organisation = OrganisationSimulator(people: people, seed: seed, shape: shape).make()
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try OrganisationCSVWriter().write(organisation, to: folder)
        Console.current.print(
            "Wrote \(counted(organisation.people.count, "person", "people")) in "
                + "\(counted(organisation.departments.count, "department")) to \(out)")
    }
}

/// `--shape realistic` or `--shape small-teams`, by the shapes' raw values.
extension OrganisationSimulator.Shape: ExpressibleByArgument {}
