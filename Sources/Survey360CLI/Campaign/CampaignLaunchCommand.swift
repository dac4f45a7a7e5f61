import ArgumentParser
import Foundation
import Survey360Core
import Survey360Storage

/// `survey360 campaign launch ID --out DIR`: freeze the questionnaire, issue
/// every rater's secret link, write the invitations, and open the campaign.
struct CampaignLaunchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "launch",
        abstract: "Open a campaign and write one invitation with a secret link per rater.",
        discussion: """
            Writes DIR/invitations.csv (for mail merge) and DIR/eml/RATER.eml (one RFC 5322 \
            message per rater, in the rater's language). The links exist only in these files: \
            the database keeps a hash of each. Send them, then delete the folder. From launch \
            on, the rules, the questionnaire and the assignments are frozen.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("The folder to write the invitations to.", valueName: "directory"))
    var out: String

    @OptionGroup var invitation: InvitationOptions
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        try CampaignCommandError.check { try campaign.require(.open) }
        let assignments = try await context.store.assignments(in: campaign.id)
        guard !assignments.isEmpty else {
            throw ValidationError(
                "Campaign '\(campaign.id)' has no assignments; run 'survey360 campaign assign \(campaign.id)' first")
        }
        let template = try templates.questionnaire(for: campaign)
        let organisation = try await context.organisation(for: campaign)
        let load = Dictionary(grouping: assignments, by: \.raterID).mapValues(\.count)
        let exporter = InvitationExporter(
            campaign: campaign, organisation: organisation, baseURL: invitation.baseURL, from: invitation.from,
            isReminder: false)
        let directory = URL(fileURLWithPath: out)
        let issued = try exporter.write(questionnairesByRater: load, to: directory)
        try await context.store.setQuestionnaire(template.questionnaire, for: campaign.id)
        try await context.store.storeInvitations(issued.invitations, in: campaign.id)
        try await context.store.transition(
            campaign.id, from: .draft, to: .open,
            event: context.event(
                campaign.id, "launched",
                "questionnaire '\(template.questionnaire.id)' version \(template.questionnaire.version), "
                    + "\(counted(issued.raters, "rater")) invited"))
        Console.current.print("Launched '\(campaign.id)': \(counted(issued.raters, "invitation")) written to \(out)")
        Console.current.print("These files hold the raters' secret links: send them, then delete the folder")
    }
}

/// How links and sender appear in invitations.
struct InvitationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The address raters open, where 'survey360 serve' runs.", valueName: "url"))
    var baseURL = "http://localhost:8080"

    @Option(help: ArgumentHelp("The sender of the invitations.", valueName: "address"))
    var from = "Human Resources <hr@example.org>"
}
