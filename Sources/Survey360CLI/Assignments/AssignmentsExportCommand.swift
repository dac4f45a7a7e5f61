import ArgumentParser
import CSV
import Foundation
import Survey360Core

/// `survey360 assignments export ID`: the assignments as CSV for HR.
struct AssignmentsExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a campaign's assignments as CSV: rater_id, ratee_id, group, with names.",
        discussion: """
            The file says who rates whom: it is for HR's review before launch and must not \
            be shared with the people in it.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("The CSV file to write; standard output if absent.", valueName: "path"))
    var out: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        let organisation = try await context.organisation(for: campaign)
        let assignments = try await context.store.assignments(in: campaign.id)
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: ["rater_id", "ratee_id", "group", "rater_name", "ratee_name"])
        for assignment in assignments {
            try writer.write(row: [
                assignment.raterID.rawValue, assignment.rateeID.rawValue, assignment.group.rawValue,
                organisation.person(assignment.raterID)?.name ?? "",
                organisation.person(assignment.rateeID)?.name ?? "",
            ])
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        if let out {
            try data.write(to: URL(fileURLWithPath: out))
            Console.current.print("Wrote \(counted(assignments.count, "assignment")) to \(out)")
        } else {
            Console.current.print(String(decoding: data, as: UTF8.self), terminator: "")
        }
    }
}
