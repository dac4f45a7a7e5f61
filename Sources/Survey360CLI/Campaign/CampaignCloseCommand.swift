import ArgumentParser
import Survey360Core

/// `survey360 campaign close ID`: stop accepting answers.
struct CampaignCloseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a campaign: no more answers; scores and reports become available."
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
        let event = try await context.store.transition(campaign.id, from: .open, to: .closed) { tally in
            var event = closing
            event.detail = "\(tally.submitted) of \(tally.assigned) questionnaires submitted"
            return event
        }
        Console.current.print("Closed campaign '\(campaign.id)': \(event.detail)")
        Console.current.print("Next: survey360 scores \(campaign.id)")
    }
}
