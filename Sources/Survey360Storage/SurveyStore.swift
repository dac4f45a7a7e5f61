import Foundation
import Survey360Core

/// Everything Survey360 keeps between runs: the organisation, campaigns with
/// their audit log, assignments, invitations and responses.
///
/// The domain never sees a database: the command line picks a concrete store
/// (SQLite by default, in memory for tests), and the web servers share one.
/// Every method that changes several rows is atomic: it either happens whole
/// or leaves the store as it was, which is what makes imports all-or-nothing.
///
/// Confidentiality: a store holds the link between a rater and a response
/// only because reminders and drafts need it; nothing here logs or prints
/// identities, tokens or answers.
public protocol SurveyStore: Sendable {
    // MARK: - Organisation

    /// Replaces the whole organisation in one transaction.
    func replaceOrganisation(_ organisation: Organisation) async throws
    /// The organisation, or `nil` before the first import.
    func organisation() async throws -> Organisation?

    // MARK: - Campaigns

    /// Stores a new campaign and logs its creation.
    ///
    /// - Throws: ``StorageError`` `.conflict` if the id is taken.
    func createCampaign(_ campaign: Campaign, event: AuditEvent) async throws
    func campaign(_ id: CampaignID) async throws -> Campaign?
    /// Every campaign, oldest first.
    func campaigns() async throws -> [Campaign]
    /// Replaces a campaign (its state, rules or dates) and logs why.
    func updateCampaign(_ campaign: Campaign, event: AuditEvent) async throws
    /// The campaign's state changes and edits, oldest first.
    func auditLog(of campaign: CampaignID) async throws -> [AuditEvent]
    /// Adds an event that changes nothing else, such as a report or a
    /// scorecard that revealed figures.
    ///
    /// - Throws: ``StorageError`` `.notFound` if the campaign does not exist.
    func appendAuditEvent(_ event: AuditEvent) async throws
    /// Freezes the questionnaire a campaign is rated with.
    func setQuestionnaire(_ questionnaire: Questionnaire, for campaign: CampaignID) async throws
    func questionnaire(for campaign: CampaignID) async throws -> Questionnaire?

    // MARK: - Assignments

    /// Replaces a campaign's assignments in one transaction.
    func replaceAssignments(_ assignments: [Assignment], in campaign: CampaignID) async throws
    /// A campaign's assignments, ordered by person rated, then rater.
    func assignments(in campaign: CampaignID) async throws -> [Assignment]
    /// The questionnaires one rater is asked to fill in.
    func assignments(in campaign: CampaignID, rater: PersonID) async throws -> [Assignment]

    // MARK: - Invitations

    /// Stores the invitations of a launch (hashes only: a token is never
    /// stored in clear), replacing any earlier ones of the same raters.
    func storeInvitations(_ invitations: [Invitation], in campaign: CampaignID) async throws
    /// The rater whose token hashes to `tokenHash`, in any campaign.
    func invitation(forTokenHash tokenHash: Data) async throws -> Invitation?

    // MARK: - Responses

    /// Saves a draft. Drafts of a submitted questionnaire are refused.
    func saveDraft(_ response: Response, in campaign: CampaignID) async throws
    /// Stores final answers. A second submission of the same pair is refused.
    func submit(_ response: Response, in campaign: CampaignID) async throws
    /// Stores many final answers in one transaction (bulk import): all or none.
    func submitAll(_ responses: [Response], in campaign: CampaignID) async throws
    /// The draft or submission of one questionnaire.
    func response(for pair: RaterPair, in campaign: CampaignID) async throws -> Response?
    /// A campaign's responses; only submitted ones unless `includeDrafts`.
    func responses(in campaign: CampaignID, includeDrafts: Bool) async throws -> [Response]
    /// Where each assigned questionnaire stands, without its answers.
    func responseStatuses(in campaign: CampaignID) async throws -> [RaterPair: ResponseStatus]
}

/// Where one questionnaire stands; what HR may see of it.
public enum ResponseStatus: String, Hashable, Sendable, Codable {
    case notStarted = "not-started"
    case draft
    case submitted
}
