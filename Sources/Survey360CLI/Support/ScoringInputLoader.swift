import ArgumentParser
import Survey360Core
import Survey360Scoring
import Survey360Storage

/// Builds the aggregator's input for a campaign from the store: the frozen
/// questionnaire, the organisation, the assignments, the submitted answers,
/// and the previous campaign for trends.
///
/// Shared by `scores`, `report` and `archive`, so that every output of a
/// campaign is computed from exactly the same input.
struct ScoringInputLoader {
    let context: CommandContext

    /// The input for `campaign`, which must be closed or archived.
    func input(for campaign: Campaign) async throws -> ScoringInput {
        if campaign.state != .archived {
            try CampaignCommandError.check { try campaign.require(.report) }
        }
        let organisation = try await context.organisation()
        var input = try await load(campaign, organisation: organisation)
        if let previous = try await previousCampaign(before: campaign) {
            input.previous = try await load(previous, organisation: organisation)
        }
        return input
    }

    private func load(_ campaign: Campaign, organisation: Organisation) async throws -> ScoringInput {
        guard let questionnaire = try await context.store.questionnaire(for: campaign.id) else {
            throw ValidationError("Campaign '\(campaign.id)' was never launched, so it has no questionnaire")
        }
        return ScoringInput(
            questionnaire: questionnaire, organisation: organisation,
            assignments: try await context.store.assignments(in: campaign.id),
            responses: try await context.store.responses(in: campaign.id, includeDrafts: false),
            policy: campaign.policy, seed: campaign.rules.seed)
    }

    /// The latest closed or archived campaign that closed before this one
    /// opened: last quarter, for trends.
    func previousCampaign(before campaign: Campaign) async throws -> Campaign? {
        try await context.store.campaigns()
            .filter { [.closed, .archived].contains($0.state) && $0.id != campaign.id && $0.closes < campaign.opens }
            .max { $0.closes < $1.closes }
    }
}
