import Survey360Core
import Survey360Scoring
import Survey360Storage

/// Builds the aggregator's input for a closed campaign from the store: the
/// organisation version it is bound to, the questionnaire frozen at launch,
/// the assignments, the submitted answers (with raters as pseudonyms, see
/// ``PseudonymousRaters``) and the campaign's policy, with the previous
/// campaign, on its own organisation version, for trends.
///
/// Shared by `survey360 scores`, `survey360 report`, `survey360 archive`
/// and the web server's first report of a campaign, so all of them score
/// exactly the same answers.
public struct CampaignScoringInput: Sendable {
    public let campaign: Campaign
    public let organisation: Organisation
    public let questionnaire: Questionnaire
    public let input: ScoringInput
    /// The campaign trends are measured against, if there is one.
    public let previous: Campaign?

    /// Loads `campaign`, which must be closed or archived (reports are made
    /// only from a closed campaign, so every report of a quarter uses the
    /// same answers; archiving freezes a campaign, it does not take its
    /// scores away).
    ///
    /// The previous campaign is the latest closed or archived campaign that
    /// closed before this one, if it has a questionnaire.
    ///
    /// - Parameter includeComments: `false` leaves the comments of both
    ///   campaigns unread: for `survey360 scores`, which shows none and
    ///   whose figures do not depend on them.
    /// - Throws: `CampaignError` for a campaign that is not closed,
    ///   `ReportError` `.notReportable` without an organisation or a
    ///   questionnaire, or when `pseudonyms` is not the key the campaign was
    ///   closed with.
    public static func load(
        _ campaign: Campaign, store: any SurveyStore, pseudonyms: RaterPseudonyms, includeComments: Bool = true
    ) async throws -> CampaignScoringInput {
        if campaign.state != .archived {
            try campaign.require(.report)
        }
        guard let organisation = try await store.organisation(for: campaign) else {
            throw ReportError(.notReportable, "No organisation is stored; run 'survey360 org import DIR' first")
        }
        let current = try await input(
            for: campaign, organisation: organisation, store: store, pseudonyms: pseudonyms,
            includeComments: includeComments)
        let candidates = try await store.campaigns().filter {
            $0.id != campaign.id && ($0.state == .closed || $0.state == .archived) && $0.closes < campaign.closes
        }
        var previous: Campaign?
        var scoring = current.input
        if let latest = candidates.max(by: { ($0.closes, $0.id) < ($1.closes, $1.id) }),
            let directory = try? await store.organisation(for: latest),
            let before = try? await input(
                for: latest, organisation: directory, store: store, pseudonyms: pseudonyms,
                includeComments: includeComments)
        {
            previous = latest
            scoring.previous = before.input
        }
        return CampaignScoringInput(
            campaign: campaign, organisation: organisation, questionnaire: current.questionnaire, input: scoring,
            previous: previous)
    }

    /// The scored campaign, ready for the report writer.
    public func reportContext() -> ReportContext {
        ReportContext(
            campaign: campaign, organisation: organisation, questionnaire: questionnaire,
            scores: CampaignScorer().score(input), previousCampaignID: previous?.id)
    }

    private static func input(
        for campaign: Campaign, organisation: Organisation, store: any SurveyStore, pseudonyms: RaterPseudonyms,
        includeComments: Bool
    ) async throws -> (questionnaire: Questionnaire, input: ScoringInput) {
        guard let questionnaire = try await store.questionnaire(for: campaign.id) else {
            throw ReportError(
                .notReportable, "Campaign '\(campaign.id)' has no questionnaire; it was never launched")
        }
        let raters = try PseudonymousRaters(
            campaign: campaign.id, assignments: try await store.assignments(in: campaign.id),
            answers: try await store.answerTable(in: campaign.id, includeComments: includeComments),
            departments: try await store.raterDepartments(in: campaign.id), organisation: organisation,
            pseudonyms: pseudonyms)
        let input = ScoringInput(
            questionnaire: questionnaire, organisation: raters.organisation, assignments: raters.assignments,
            answers: raters.answers, policy: campaign.policy, seed: campaign.rules.seed)
        return (questionnaire, input)
    }
}
