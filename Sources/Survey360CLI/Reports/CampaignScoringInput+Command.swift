import Survey360Core
import Survey360Reports

extension CampaignScoringInput {
    /// Loads campaign `id` for a command, with the command line's messages:
    /// a missing campaign or organisation names the database and what to run.
    /// `includeComments` is ``load(_:store:pseudonyms:includeComments:)``'s.
    ///
    /// - Throws: ``CommandFailure`` for a campaign that is missing, not
    ///   closed, or cannot be scored (no organisation, no questionnaire, another
    ///   pseudonym key): none of them is a mistake in the command line, so no
    ///   usage text.
    static func load(_ id: String, context: CommandContext, includeComments: Bool = true) async throws
        -> CampaignScoringInput
    {
        let campaign = try await context.campaign(id)
        do {
            return try await load(
                campaign, store: context.store, pseudonyms: context.options.pseudonyms(),
                includeComments: includeComments)
        } catch let error as CampaignError {
            throw CampaignCommandError.report(error)
        } catch let error as ReportError where error.code == .notReportable {
            // Without an organisation, the command line's message names the database.
            _ = try await context.organisation(for: campaign)
            throw CommandFailure(error.message)
        }
    }
}
