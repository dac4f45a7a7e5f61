import ArgumentParser
import Foundation

/// `survey360 campaign list`: every campaign with its state.
struct CampaignListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the campaigns.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let campaigns = try await CommandContext(store).store.campaigns()
        guard !campaigns.isEmpty else {
            Console.current.print("No campaigns yet; create one with 'survey360 campaign create 2026-Q4'")
            return
        }
        for campaign in campaigns {
            Console.current.print(
                "\(campaign.id)  \(campaign.state.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))  "
                    + "\(campaign.opens) – \(campaign.closes)  \(campaign.title)")
        }
    }
}
