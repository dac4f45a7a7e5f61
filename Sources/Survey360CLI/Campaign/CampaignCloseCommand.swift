import ArgumentParser
import Survey360Core
import Survey360Storage

/// `survey360 campaign close ID`: stop accepting answers.
struct CampaignCloseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a campaign: no more answers; scores and reports become available.",
        discussion: """
            Closing deletes the drafts and the invitation links, and replaces each rater in the \
            stored answers by a pseudonym (see --pseudonym-key): from then on the database no \
            longer says who gave which answer.
            """
    )

    @Argument(help: ArgumentHelp("The campaign.", valueName: "id"))
    var id: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let context = try CommandContext(store)
        let campaign = try await context.campaign(id)
        try CampaignCommandError.check { try campaign.require(.close) }
        // Counted inside the closing transaction: the count is final, since
        // no answer can land once the campaign is closed.
        let closing = context.event(campaign.id, "closed")
        let event = try await context.store.closeCampaign(campaign.id, pseudonyms: try store.pseudonyms()) { tally in
            var event = closing
            event.detail = "\(tally.submitted) of \(tally.assigned) questionnaires submitted"
            return event
        }
        Console.current.print("Closed campaign '\(campaign.id)': \(event.detail)")
        Console.current.print("Next: survey360 scores \(campaign.id)")
    }
}
