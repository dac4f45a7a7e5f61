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
        var campaign = try await context.campaign(id)
        try CampaignCommandError.check { try campaign.perform(.close) }
        let statuses = try await context.store.responseStatuses(in: campaign.id)
        let submitted = statuses.values.filter { $0 == .submitted }.count
        let detail = "\(submitted) of \(statuses.count) questionnaires submitted"
        try await context.store.closeCampaign(
            campaign, event: context.event(campaign.id, "closed", detail), pseudonyms: try store.pseudonyms())
        Console.current.print("Closed campaign '\(campaign.id)': \(detail)")
        Console.current.print("Next: survey360 scores \(campaign.id)")
    }
}
