import Foundation
import Survey360Core

/// A store that keeps everything in memory: for tests and demos, and the
/// reference the SQLite and PostgreSQL stores are tested against.
///
/// An actor, so that every operation is atomic with respect to the others:
/// each method validates first and changes state only when nothing failed.
public actor MemoryStore: SurveyStore {
    private var currentOrganisation: Organisation?
    private var campaignsByID: [CampaignID: Campaign] = [:]
    private var campaignOrder: [CampaignID] = []
    private var events: [CampaignID: [AuditEvent]] = [:]
    private var questionnaires: [CampaignID: Questionnaire] = [:]
    private var assignmentsByCampaign: [CampaignID: [RaterPair: Assignment]] = [:]
    private var invitationsByHash: [Data: Invitation] = [:]
    private var responsesByCampaign: [CampaignID: [RaterPair: Response]] = [:]
    /// Managers' credentials, kept by `MemoryStore+Credentials.swift`.
    var credentialsByPerson: [PersonID: ManagerCredential] = [:]

    public init() {}

    // MARK: - Organisation

    public func replaceOrganisation(_ organisation: Organisation) {
        currentOrganisation = organisation
    }

    public func organisation() -> Organisation? { currentOrganisation }

    // MARK: - Campaigns

    public func createCampaign(_ campaign: Campaign, event: AuditEvent) throws {
        guard campaignsByID[campaign.id] == nil else {
            throw StorageError.conflict("Campaign '\(campaign.id)' already exists")
        }
        campaignsByID[campaign.id] = campaign
        campaignOrder.append(campaign.id)
        events[campaign.id, default: []].append(event)
    }

    public func campaign(_ id: CampaignID) -> Campaign? { campaignsByID[id] }

    public func campaigns() -> [Campaign] { campaignOrder.compactMap { campaignsByID[$0] } }

    public func updateCampaign(_ campaign: Campaign, event: AuditEvent) throws {
        guard campaignsByID[campaign.id] != nil else { throw StorageError.notFound("No campaign '\(campaign.id)'") }
        campaignsByID[campaign.id] = campaign
        events[campaign.id, default: []].append(event)
    }

    public func auditLog(of campaign: CampaignID) -> [AuditEvent] { events[campaign] ?? [] }

    public func appendAuditEvent(_ event: AuditEvent) throws {
        try requireCampaign(event.campaignID)
        events[event.campaignID, default: []].append(event)
    }

    public func setQuestionnaire(_ questionnaire: Questionnaire, for campaign: CampaignID) throws {
        try requireCampaign(campaign)
        questionnaires[campaign] = questionnaire
    }

    public func questionnaire(for campaign: CampaignID) -> Questionnaire? { questionnaires[campaign] }

    // MARK: - Assignments

    public func replaceAssignments(_ assignments: [Assignment], in campaign: CampaignID) throws {
        try requireCampaign(campaign)
        var byPair: [RaterPair: Assignment] = [:]
        for assignment in assignments {
            guard byPair.updateValue(assignment, forKey: assignment.pair) == nil else {
                throw StorageError.conflict("A questionnaire is assigned twice")
            }
        }
        assignmentsByCampaign[campaign] = byPair
    }

    public func assignments(in campaign: CampaignID) -> [Assignment] {
        (assignmentsByCampaign[campaign] ?? [:]).values.sorted { $0.pair < $1.pair }
    }

    public func assignments(in campaign: CampaignID, rater: PersonID) -> [Assignment] {
        assignments(in: campaign).filter { $0.raterID == rater }
    }

    // MARK: - Invitations

    public func storeInvitations(_ invitations: [Invitation], in campaign: CampaignID) throws {
        try requireCampaign(campaign)
        let raters = Set(invitations.map(\.raterID))
        invitationsByHash = invitationsByHash.filter {
            !($0.value.campaignID == campaign && raters.contains($0.value.raterID))
        }
        for invitation in invitations { invitationsByHash[invitation.tokenHash] = invitation }
    }

    public func invitation(forTokenHash tokenHash: Data) -> Invitation? { invitationsByHash[tokenHash] }

    // MARK: - Responses

    public func saveDraft(_ response: Response, in campaign: CampaignID) throws {
        try requireAssigned(response.pair, in: campaign)
        if responsesByCampaign[campaign]?[response.pair]?.isSubmitted == true { throw StorageError.alreadySubmitted }
        var draft = response
        draft.isSubmitted = false
        responsesByCampaign[campaign, default: [:]][response.pair] = draft
    }

    public func submit(_ response: Response, in campaign: CampaignID) throws {
        try submitAll([response], in: campaign)
    }

    public func submitAll(_ responses: [Response], in campaign: CampaignID) throws {
        var seen: Set<RaterPair> = []
        for response in responses {
            try requireAssigned(response.pair, in: campaign)
            let alreadySubmitted = responsesByCampaign[campaign]?[response.pair]?.isSubmitted == true
            guard !alreadySubmitted, seen.insert(response.pair).inserted else { throw StorageError.alreadySubmitted }
        }
        for response in responses {
            var final = response
            final.isSubmitted = true
            responsesByCampaign[campaign, default: [:]][response.pair] = final
        }
    }

    public func response(for pair: RaterPair, in campaign: CampaignID) -> Response? {
        responsesByCampaign[campaign]?[pair]
    }

    public func responses(in campaign: CampaignID, includeDrafts: Bool) -> [Response] {
        (responsesByCampaign[campaign] ?? [:]).values
            .filter { includeDrafts || $0.isSubmitted }
            .sorted { $0.pair < $1.pair }
    }

    public func responseStatuses(in campaign: CampaignID) -> [RaterPair: ResponseStatus] {
        let stored = responsesByCampaign[campaign] ?? [:]
        var statuses: [RaterPair: ResponseStatus] = [:]
        for pair in (assignmentsByCampaign[campaign] ?? [:]).keys {
            statuses[pair] = stored[pair].map { $0.isSubmitted ? .submitted : .draft } ?? .notStarted
        }
        return statuses
    }

    // MARK: - Checks

    private func requireCampaign(_ id: CampaignID) throws {
        guard campaignsByID[id] != nil else { throw StorageError.notFound("No campaign '\(id)'") }
    }

    private func requireAssigned(_ pair: RaterPair, in campaign: CampaignID) throws {
        try requireCampaign(campaign)
        guard assignmentsByCampaign[campaign]?[pair] != nil else { throw StorageError.notAssigned }
    }
}
