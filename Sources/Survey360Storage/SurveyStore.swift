import Foundation
import Survey360Core

/// Everything Survey360 keeps between runs: every version of the
/// organisation, campaigns with their audit log, assignments, invitations,
/// responses and the validated XML reports of closed campaigns.
///
/// The domain never sees a database: the command line picks a concrete store
/// (SQLite by default, in memory for tests), and the web servers share one.
/// Every method that changes several rows is atomic: it either happens whole
/// or leaves the store as it was, which is what makes imports all-or-nothing.
///
/// Confidentiality: a store holds the link between a rater and a response
/// only while the campaign is open, because reminders and drafts need it;
/// closing replaces it by a pseudonym. Nothing here logs or prints
/// identities, tokens or answers.
public protocol SurveyStore: Sendable {
    // MARK: - Organisation versions

    /// Adds `organisation` as the new current version, in one transaction,
    /// unless it equals the current version record for record.
    ///
    /// Nothing is overwritten: campaigns bound to earlier versions keep
    /// scoring and reporting on them.
    ///
    /// - Parameters:
    ///   - organisation: the validated directory.
    ///   - files: the files it was read from, with their SHA-256.
    ///   - imported: when it was imported.
    /// - Returns: `.added` with the new version, or `.unchanged` with the
    ///   current one when the import changes nothing.
    func addOrganisationVersion(
        _ organisation: Organisation, files: [ImportedFile], imported: Date
    ) async throws -> OrganisationImportOutcome
    /// Every version, oldest first; empty before the first import.
    func organisationVersions() async throws -> [OrganisationVersion]
    /// The organisation of version `number`, or `nil` if there is none.
    func organisation(version number: Int) async throws -> Organisation?
    /// The current (latest) organisation, or `nil` before the first import.
    func organisation() async throws -> Organisation?
    /// The current version's number, or `nil` before the first import.
    ///
    /// One indexed lookup instead of the whole directory: servers sharing a
    /// database ask it on every page to tell whether the organisation they
    /// keep is still the current one.
    func currentOrganisationVersion() async throws -> Int?

    // MARK: - Campaigns

    /// Stores a new campaign and logs its creation.
    ///
    /// - Throws: ``StorageError`` `.conflict` if the id is taken.
    func createCampaign(_ campaign: Campaign, event: AuditEvent) async throws
    func campaign(_ id: CampaignID) async throws -> Campaign?
    /// Every campaign, oldest first.
    func campaigns() async throws -> [Campaign]
    /// Replaces a campaign's title, dates, rules or policy and logs why.
    ///
    /// Neither its state nor its organisation version change here: the
    /// state moves only by ``transition(_:from:to:event:)`` and the version
    /// only with the assignments.
    ///
    /// - Throws: ``StorageError`` `.invalidState` when `campaign.state` is
    ///   not the stored state (the caller read a campaign that has moved on
    ///   since, and would undo a close).
    func updateCampaign(_ campaign: Campaign, event: AuditEvent) async throws
    /// Moves a campaign from `from` to the next state `to` and logs it, in
    /// one transaction that first checks the stored state.
    ///
    /// The one way a campaign's state changes, so that a close and the
    /// writes racing it are ordered: a write that checks its campaign's
    /// state in its own transaction either lands before the close or is
    /// refused. Whatever a state must leave behind when it is entered (the
    /// close's detachment of answers) happens in the same transaction.
    ///
    /// - Parameters:
    ///   - event: builds the audit event from the campaign's questionnaires
    ///     as they stand inside the transaction, so that a close's "730 of
    ///     2656 submitted" is the final count.
    /// - Returns: the event logged.
    /// - Throws: ``StorageError`` `.invalidState` if the campaign is not
    ///   in `from` or `to` does not follow it; `.notFound`.
    @discardableResult
    func transition(
        _ campaign: CampaignID, from: CampaignState, to: CampaignState,
        event: @escaping @Sendable (ResponseTally) -> AuditEvent
    ) async throws -> AuditEvent
    /// Closes an open campaign and makes its answers forget their raters,
    /// in the transaction that changes its state: drafts are deleted, the
    /// campaign's invitations (so its tokens) are deleted, and every
    /// submitted answer, comment and assignment trades its rater's id for
    /// `pseudonyms.pseudonym(of:)`, with the rater's department at close
    /// kept beside the pseudonym (see ``raterDepartments(in:)``).
    ///
    /// The tally the event is built from is taken inside the transaction,
    /// before the drafts are deleted, as ``transition(_:from:to:event:)``
    /// does for the other states.
    ///
    /// - Returns: the event logged.
    /// - Throws: ``StorageError`` `.invalidState` when the stored campaign is
    ///   not open; `.notFound`.
    @discardableResult
    func closeCampaign(
        _ campaign: CampaignID, pseudonyms: RaterPseudonyms,
        event: @escaping @Sendable (ResponseTally) -> AuditEvent
    ) async throws -> AuditEvent
    /// The department of each rater pseudonym of a closed campaign; empty for
    /// a campaign closed before raters had pseudonyms, whose answers still
    /// carry their raters' ids.
    func raterDepartments(in campaign: CampaignID) async throws -> [PersonID: DepartmentID]
    /// Deletes what is left of an archived campaign's personal data: its
    /// answers, comments, assignments, pseudonyms and invitations. The
    /// campaign, its questionnaire and its audit log stay, with `event`.
    ///
    /// - Throws: ``StorageError`` `.notFound`, or `.conflict` when the
    ///   campaign is not archived.
    func purgeCampaign(_ campaign: CampaignID, event: AuditEvent) async throws
    /// The campaign's state changes and edits, oldest first.
    func auditLog(of campaign: CampaignID) async throws -> [AuditEvent]
    /// Adds an event that changes nothing else, such as a report or a
    /// scorecard that revealed figures.
    ///
    /// - Throws: ``StorageError`` `.notFound` if the campaign does not exist.
    func appendAuditEvent(_ event: AuditEvent) async throws
    /// Freezes the questionnaire a campaign is rated with; only a draft's.
    func setQuestionnaire(_ questionnaire: Questionnaire, for campaign: CampaignID) async throws
    func questionnaire(for campaign: CampaignID) async throws -> Questionnaire?

    // MARK: - Assignments

    /// Replaces a draft campaign's assignments in one transaction and binds
    /// the campaign to the organisation version they were drawn from.
    ///
    /// - Parameters:
    ///   - organisationVersion: the version the assignments were made
    ///     from; `nil` for the current one.
    /// - Throws: ``StorageError`` `.invalidState` once the campaign has
    ///   launched; `.notFound` for an unknown version.
    func replaceAssignments(
        _ assignments: [Assignment], in campaign: CampaignID, organisationVersion: Int?
    ) async throws
    /// A campaign's assignments, ordered by person rated, then rater.
    func assignments(in campaign: CampaignID) async throws -> [Assignment]
    /// The questionnaires one rater is asked to fill in.
    func assignments(in campaign: CampaignID, rater: PersonID) async throws -> [Assignment]

    // MARK: - Invitations

    /// Stores the invitations of a launch or a reminder (hashes only: a
    /// token is never stored in clear), replacing any earlier ones of the
    /// same raters; refused once the campaign has closed.
    func storeInvitations(_ invitations: [Invitation], in campaign: CampaignID) async throws
    /// The rater whose token hashes to `tokenHash`, in any campaign.
    func invitation(forTokenHash tokenHash: Data) async throws -> Invitation?

    // MARK: - Responses

    // Every write below is refused (`.invalidState`) unless the campaign is
    // open, checked inside the write's transaction.

    /// Saves a draft. Drafts of a submitted questionnaire are refused.
    func saveDraft(_ response: Response, in campaign: CampaignID) async throws
    /// Stores final answers. A second submission of the same pair is refused.
    func submit(_ response: Response, in campaign: CampaignID) async throws
    /// Stores many final answers in one transaction (bulk import): all or none.
    ///
    /// The store reads `responses` in order inside the transaction and
    /// keeps only a batch of them at a time (SQLite and PostgreSQL read each
    /// once; the memory store twice, to check all before storing any), so a
    /// collection that makes each questionnaire as it is read
    /// (``ImportedResponses``) never has them all in memory.
    func submitAll<Responses: Collection & Sendable>(_ responses: Responses, in campaign: CampaignID) async throws
    where Responses.Element == Response
    /// The draft or submission of one questionnaire.
    func response(for pair: RaterPair, in campaign: CampaignID) async throws -> Response?
    /// A campaign's responses; only submitted ones unless `includeDrafts`.
    func responses(in campaign: CampaignID, includeDrafts: Bool) async throws -> [Response]
    /// A campaign's submitted answers in bulk, for scoring: the same answers
    /// as `responses(in:includeDrafts: false)`, without a dictionary per
    /// questionnaire. Without `includeComments`, the table has no comments:
    /// no figure depends on them, and `survey360 scores` shows none, so it
    /// does not read a campaign's comment text at all.
    func answerTable(in campaign: CampaignID, includeComments: Bool) async throws -> AnswerTable
    /// Where each assigned questionnaire stands, without its answers.
    func responseStatuses(in campaign: CampaignID) async throws -> [RaterPair: ResponseStatus]

    // MARK: - Reports

    /// Stores validated report documents of one campaign in one transaction,
    /// replacing any stored under the same key.
    ///
    /// A report run stores its documents in batches, the campaign document
    /// last, so that no step holds a whole report set in memory.
    ///
    /// - Throws: ``StorageError`` `.notFound` for an unknown campaign,
    ///   `.conflict` for a document of another campaign in `reports`.
    func storeReports(_ reports: [StoredReport], in campaign: CampaignID) async throws
    /// One stored document, or `nil` if it was never stored.
    func storedReport(_ key: StoredReport.Key, in campaign: CampaignID) async throws -> StoredReport?
    /// A page of a campaign's stored documents in ``StoredReport/Key`` order:
    /// the first `limit` after `key`, or from the start when `key` is `nil`.
    func storedReports(in campaign: CampaignID, after key: StoredReport.Key?, limit: Int) async throws
        -> [StoredReport]
}

extension SurveyStore {
    /// A campaign's submitted answers with their comments, as the reports
    /// show them.
    public func answerTable(in campaign: CampaignID) async throws -> AnswerTable {
        try await answerTable(in: campaign, includeComments: true)
    }

    /// Adds `organisation` as a new version that came from no files: for
    /// tests and simulations.
    public func replaceOrganisation(_ organisation: Organisation) async throws {
        _ = try await addOrganisationVersion(organisation, files: [], imported: Date())
    }

    /// Replaces a draft campaign's assignments, binding it to the current
    /// organisation version.
    public func replaceAssignments(_ assignments: [Assignment], in campaign: CampaignID) async throws {
        try await replaceAssignments(assignments, in: campaign, organisationVersion: nil)
    }

    /// Moves a campaign to the next state with a fixed audit event.
    @discardableResult
    public func transition(
        _ campaign: CampaignID, from: CampaignState, to: CampaignState, event: AuditEvent
    ) async throws -> AuditEvent {
        try await transition(campaign, from: from, to: to) { _ in event }
    }

    /// The organisation campaign `campaign` is bound to; the current one for
    /// a campaign not yet assigned.
    ///
    /// - Throws: ``StorageError`` `.corrupt` when the bound version is missing.
    public func organisation(for campaign: Campaign) async throws -> Organisation? {
        guard let number = campaign.organisationVersion else { return try await organisation() }
        guard let organisation = try await organisation(version: number) else {
            throw StorageError.corrupt(
                "campaign '\(campaign.id)' is bound to organisation version \(number), which is missing")
        }
        return organisation
    }
}

/// How many of a campaign's questionnaires stand where, counted inside a
/// transaction: what the audit log records at a close.
public struct ResponseTally: Hashable, Sendable {
    public var assigned: Int
    public var drafts: Int
    public var submitted: Int

    public init(assigned: Int, drafts: Int, submitted: Int) {
        self.assigned = assigned
        self.drafts = drafts
        self.submitted = submitted
    }
}

/// Where one questionnaire stands; what HR may see of it.
public enum ResponseStatus: String, Hashable, Sendable, Codable {
    case notStarted = "not-started"
    case draft
    case submitted
}
