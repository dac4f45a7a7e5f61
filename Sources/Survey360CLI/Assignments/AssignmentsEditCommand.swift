import ArgumentParser
import Foundation
import Survey360Core
import Survey360Import

/// `survey360 assignments edit ID --add FILE --remove FILE`: HR's changes
/// to the proposed plan, checked as a whole and applied as a whole.
struct AssignmentsEditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Add or remove rater pairs of a draft campaign.",
        discussion: """
            --add takes a CSV with rater_id,ratee_id,group; --remove a CSV with \
            rater_id,ratee_id. Removals apply first. If any row has a problem, every problem \
            is listed and nothing changes.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("Pairs to add.", valueName: "csv"))
    var add: String?

    @Option(help: ArgumentHelp("Pairs to remove.", valueName: "csv"))
    var remove: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard add != nil || remove != nil else { throw ValidationError("Give --add, --remove or both") }
    }

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        try CampaignCommandError.check { try campaign.require(.assign) }
        let organisation = try await context.organisation(for: campaign)
        var plan = AssignmentPlan(
            assignments: try await context.store.assignments(in: campaign.id),
            minimumRaters: campaign.rules.minimumRaters)
        var details: [String] = []
        do {
            if let remove {
                let removals = try AssignmentEditsReader.removals(from: URL(fileURLWithPath: remove))
                plan = try CampaignCommandError.check {
                    try plan.removing(removals.pairs, locations: removals.locations)
                }
                details.append("\(counted(removals.pairs.count, "pair")) removed")
            }
            if let add {
                let additions = try AssignmentEditsReader.additions(from: URL(fileURLWithPath: add))
                plan = try CampaignCommandError.check {
                    try plan.adding(additions.assignments, in: organisation, locations: additions.locations)
                }
                details.append("\(counted(additions.assignments.count, "pair")) added")
            }
        } catch let error as ImportError {
            throw CommandFailure.report(error, what: "Edit")
        }
        try await context.store.replaceAssignments(
            plan.assignments, in: campaign.id, organisationVersion: campaign.organisationVersion)
        try await context.store.updateCampaign(
            campaign, event: context.event(campaign.id, "assignments edited", details.joined(separator: ", ")))
        Console.current.print("Edited the assignments of '\(campaign.id)': \(details.joined(separator: ", "))")
        AssignmentReport(
            plan: plan, warningLimit: 20,
            warningsTitle: "the edit leaves these groups below their minimum; they will be suppressed"
        ).print()
    }
}
