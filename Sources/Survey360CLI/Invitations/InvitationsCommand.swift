import ArgumentParser
import Foundation
import Survey360Core
import Survey360Storage

/// `survey360 invitations export ID --out DIR`: reminders with fresh links.
struct InvitationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invitations",
        abstract: "Export invitations again: reminders for raters who have not finished.",
        subcommands: [InvitationsExportCommand.self]
    )
}

struct InvitationsExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write reminders, with fresh links, for raters who have not finished.",
        discussion: """
            Links are stored only as hashes, so every export issues new links and retires the \
            previous ones of the same raters; drafts are kept. By default only raters with an \
            unfinished questionnaire get one; --all writes one for every rater. No report or \
            page ever says who was reminded.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("The folder to write the invitations to.", valueName: "directory"))
    var out: String

    @Flag(help: "Write an invitation for every rater, not only those who have not finished.")
    var all = false

    @OptionGroup var invitation: InvitationOptions
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        try CampaignCommandError.check { try campaign.require(.answer) }
        let organisation = try await context.organisation(for: campaign)
        let statuses = try await context.store.responseStatuses(in: campaign.id)
        var unfinished: [PersonID: Int] = [:]
        for (pair, status) in statuses where all || status != .submitted {
            unfinished[pair.raterID, default: 0] += 1
        }
        let exporter = InvitationExporter(
            campaign: campaign, organisation: organisation, baseURL: invitation.baseURL, from: invitation.from,
            isReminder: !all)
        let issued = try exporter.write(questionnairesByRater: unfinished, to: URL(fileURLWithPath: out))
        try await context.store.storeInvitations(issued.invitations, in: campaign.id)
        try await context.store.updateCampaign(
            campaign,
            event: context.event(
                campaign.id, all ? "invitations reissued" : "reminders issued",
                counted(issued.raters, "rater")))
        Console.current.print("Wrote \(counted(issued.raters, all ? "invitation" : "reminder")) to \(out)")
        Console.current.print("These files hold the raters' secret links: send them, then delete the folder")
    }
}
