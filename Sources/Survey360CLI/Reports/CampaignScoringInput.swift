import ArgumentParser
import Survey360Core
import Survey360Scoring
import Survey360Storage

/// Builds the aggregator's input for a closed campaign from the store: the
/// organisation version it is bound to, the questionnaire frozen at launch,
/// the assignments, the submitted responses and the campaign's policy, with
/// the previous campaign, on its own organisation version, for trends.
///
/// Shared by `survey360 scores` and `survey360 report`, so both score
/// exactly the same answers.
struct CampaignScoringInput {
    let campaign: Campaign
    let organisation: Organisation
    let questionnaire: Questionnaire
    let input: ScoringInput
    /// The campaign trends are measured against, if there is one.
    let previous: Campaign?

    /// Loads campaign `id`, which must be closed (reports are made only
    /// from a closed campaign, so every report of a quarter uses the same
    /// answers).
    ///
    /// The previous campaign is the latest closed or archived campaign that
    /// closed before this one, if it has a questionnaire.
    ///
    /// - Throws: `ValidationError` for a campaign that is not closed or has
    ///   no questionnaire.
    static func load(_ id: String, context: CommandContext) async throws -> CampaignScoringInput {
        let campaign = try await context.campaign(id)
        // An archived campaign stays readable: archiving freezes it, it
        // does not take its scores away.
        if campaign.state != .archived {
            try CampaignCommandError.check { try campaign.require(.report) }
        }
        let organisation = try await context.organisation(for: campaign)
        let current = try await input(for: campaign, organisation: organisation, store: context.store)
        let candidates = try await context.store.campaigns().filter {
            $0.id != campaign.id && ($0.state == .closed || $0.state == .archived) && $0.closes < campaign.closes
        }
        var previous: Campaign?
        var scoring = current.input
        if let latest = candidates.max(by: { ($0.closes, $0.id) < ($1.closes, $1.id) }),
            let directory = try? await context.organisation(for: latest),
            let before = try? await input(for: latest, organisation: directory, store: context.store)
        {
            previous = latest
            scoring.previous = before.input
        }
        return CampaignScoringInput(
            campaign: campaign, organisation: organisation, questionnaire: current.questionnaire, input: scoring,
            previous: previous)
    }

    private static func input(
        for campaign: Campaign, organisation: Organisation, store: any SurveyStore
    ) async throws -> (questionnaire: Questionnaire, input: ScoringInput) {
        guard let questionnaire = try await store.questionnaire(for: campaign.id) else {
            throw ValidationError("Campaign '\(campaign.id)' has no questionnaire; it was never launched")
        }
        let assignments = try await store.assignments(in: campaign.id)
        let responses = try await store.responses(in: campaign.id, includeDrafts: false)
        let input = ScoringInput(
            questionnaire: questionnaire, organisation: organisation, assignments: assignments,
            responses: responses, policy: campaign.policy, seed: campaign.rules.seed)
        return (questionnaire, input)
    }
}
