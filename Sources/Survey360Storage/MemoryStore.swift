import Foundation
import Survey360Core

/// A store that keeps everything in memory: for tests and demos, and the
/// reference the SQLite and PostgreSQL stores are tested against.
///
/// An actor, so that every operation is atomic with respect to the others:
/// each method validates first and changes state only when nothing failed.
public actor MemoryStore: SurveyStore {
    private var versions: [(version: OrganisationVersion, organisation: Organisation)] = []
    private var campaignsByID: [CampaignID: Campaign] = [:]
    private var campaignOrder: [CampaignID] = []
    private var events: [CampaignID: [AuditEvent]] = [:]
    private var questionnaires: [CampaignID: Questionnaire] = [:]
    private var assignmentsByCampaign: [CampaignID: [RaterPair: Assignment]] = [:]
    private var invitationsByHash: [Data: Invitation] = [:]
    private var responsesByCampaign: [CampaignID: [RaterPair: Response]] = [:]
    private var raterDepartmentsByCampaign: [CampaignID: [PersonID: DepartmentID]] = [:]
    private var reportsByCampaign: [CampaignID: [StoredReport.Key: StoredReport]] = [:]
    /// Managers' credentials, kept by `MemoryStore+Credentials.swift`.
    var credentialsByPerson: [PersonID: ManagerCredential] = [:]

    public init() {}

    // MARK: - Organisation versions

    public func addOrganisationVersion(
        _ organisation: Organisation, files: [ImportedFile], imported: Date
    ) -> OrganisationImportOutcome {
        if let current = versions.last, current.organisation == organisation { return .unchanged(current.version) }
        let version = OrganisationVersion(
            number: versions.count + 1, imported: imported, files: files, counts: OrganisationCounts(organisation))
        versions.append((version, organisation))
        return .added(version)
    }

    public func organisationVersions() -> [OrganisationVersion] { versions.map(\.version) }

    public func organisation(version number: Int) -> Organisation? {
        versions.indices.contains(number - 1) ? versions[number - 1].organisation : nil
    }

    public func organisation() -> Organisation? { versions.last?.organisation }

    public func currentOrganisationVersion() -> Int? { versions.last?.version.number }

    // MARK: - Campaigns

    public func createCampaign(_ campaign: Campaign, event: AuditEvent) throws {
        guard campaignsByID[campaign.id] == nil else {
            throw StorageError.conflict("Campaign '\(campaign.id)' already exists")
        }
        var created = campaign
        created.organisationVersion = nil
        campaignsByID[campaign.id] = created
        campaignOrder.append(campaign.id)
        events[campaign.id, default: []].append(event)
    }

    public func campaign(_ id: CampaignID) -> Campaign? { campaignsByID[id] }

    public func campaigns() -> [Campaign] { campaignOrder.compactMap { campaignsByID[$0] } }

    public func updateCampaign(_ campaign: Campaign, event: AuditEvent) throws {
        let stored = try requireCampaign(campaign.id)
        guard stored.state == campaign.state else { throw StorageError.staleState(of: stored) }
        var updated = campaign
        updated.organisationVersion = stored.organisationVersion
        campaignsByID[campaign.id] = updated
        events[campaign.id, default: []].append(event)
    }

    public func transition(
        _ id: CampaignID, from: CampaignState, to: CampaignState,
        event: @escaping @Sendable (ResponseTally) -> AuditEvent
    ) throws -> AuditEvent {
        var campaign = try requireCampaign(id)
        try StorageError.checkTransition(of: &campaign, from: from, to: to)
        campaignsByID[id] = campaign
        // Whatever entering the new state must leave behind goes here,
        // before the tally, in the same atomic step as the state change.
        let logged = event(tally(of: id))
        events[id, default: []].append(logged)
        return logged
    }

    private func tally(of campaign: CampaignID) -> ResponseTally {
        let statuses = responseStatuses(in: campaign).values
        return ResponseTally(
            assigned: statuses.count, drafts: statuses.filter { $0 == .draft }.count,
            submitted: statuses.filter { $0 == .submitted }.count)
    }

    public func closeCampaign(
        _ id: CampaignID, pseudonyms: RaterPseudonyms, event: @escaping @Sendable (ResponseTally) -> AuditEvent
    ) throws -> AuditEvent {
        var campaign = try requireCampaign(id)
        try StorageError.checkTransition(of: &campaign, from: .open, to: .closed)
        let logged = event(tally(of: id))
        // The rater's department in the directory the campaign is bound to.
        let directory = campaign.organisationVersion.flatMap { organisation(version: $0) } ?? organisation()
        let departments = Dictionary(
            (directory?.people ?? []).map { ($0.id, $0.departmentID) }, uniquingKeysWith: { a, _ in a })
        func detached(_ pair: RaterPair) -> RaterPair {
            RaterPair(rater: pseudonyms.pseudonym(of: pair.raterID), ratee: pair.rateeID)
        }
        var raters: [PersonID: DepartmentID] = [:]
        var assignments: [RaterPair: Assignment] = [:]
        for (pair, assignment) in assignmentsByCampaign[id] ?? [:] {
            let pseudonymous = detached(pair)
            assignments[pseudonymous] = Assignment(
                rater: pseudonymous.raterID, ratee: pair.rateeID, group: assignment.group)
            if let department = departments[pair.raterID] { raters[pseudonymous.raterID] = department }
        }
        var responses: [RaterPair: Response] = [:]
        for (pair, response) in responsesByCampaign[id] ?? [:] where response.isSubmitted {
            var pseudonymous = response
            pseudonymous.raterID = detached(pair).raterID
            responses[pseudonymous.pair] = pseudonymous
        }
        assignmentsByCampaign[id] = assignments
        responsesByCampaign[id] = responses
        raterDepartmentsByCampaign[id] = raters
        invitationsByHash = invitationsByHash.filter { $0.value.campaignID != id }
        campaignsByID[id] = campaign
        events[id, default: []].append(logged)
        return logged
    }

    public func raterDepartments(in campaign: CampaignID) -> [PersonID: DepartmentID] {
        raterDepartmentsByCampaign[campaign] ?? [:]
    }

    public func purgeCampaign(_ campaign: CampaignID, event: AuditEvent) throws {
        guard let stored = campaignsByID[campaign] else { throw StorageError.notFound("No campaign '\(campaign)'") }
        guard stored.state == .archived else { throw StorageError.notArchived(campaign, stored.state) }
        assignmentsByCampaign[campaign] = nil
        responsesByCampaign[campaign] = nil
        raterDepartmentsByCampaign[campaign] = nil
        invitationsByHash = invitationsByHash.filter { $0.value.campaignID != campaign }
        events[campaign, default: []].append(event)
    }

    public func auditLog(of campaign: CampaignID) -> [AuditEvent] { events[campaign] ?? [] }

    public func appendAuditEvent(_ event: AuditEvent) throws {
        try requireCampaign(event.campaignID)
        events[event.campaignID, default: []].append(event)
    }

    public func setQuestionnaire(_ questionnaire: Questionnaire, for campaign: CampaignID) throws {
        try require(.questionnaire, campaign)
        questionnaires[campaign] = questionnaire
    }

    public func questionnaire(for campaign: CampaignID) -> Questionnaire? { questionnaires[campaign] }

    // MARK: - Assignments

    public func replaceAssignments(
        _ assignments: [Assignment], in campaign: CampaignID, organisationVersion: Int?
    ) throws {
        try require(.assignments, campaign)
        guard let version = organisationVersion ?? versions.last?.version.number else {
            throw StorageError.noOrganisation
        }
        guard versions.indices.contains(version - 1) else { throw StorageError.noOrganisationVersion(version) }
        var byPair: [RaterPair: Assignment] = [:]
        for assignment in assignments {
            guard byPair.updateValue(assignment, forKey: assignment.pair) == nil else {
                throw StorageError.conflict("A questionnaire is assigned twice")
            }
        }
        assignmentsByCampaign[campaign] = byPair
        campaignsByID[campaign]?.organisationVersion = version
    }

    public func assignments(in campaign: CampaignID) -> [Assignment] {
        (assignmentsByCampaign[campaign] ?? [:]).values.sorted { $0.pair < $1.pair }
    }

    public func assignments(in campaign: CampaignID, rater: PersonID) -> [Assignment] {
        assignments(in: campaign).filter { $0.raterID == rater }
    }

    // MARK: - Invitations

    public func storeInvitations(_ invitations: [Invitation], in campaign: CampaignID) throws {
        try require(.invitations, campaign)
        let raters = Set(invitations.map(\.raterID))
        invitationsByHash = invitationsByHash.filter {
            !($0.value.campaignID == campaign && raters.contains($0.value.raterID))
        }
        for invitation in invitations { invitationsByHash[invitation.tokenHash] = invitation }
    }

    public func invitation(forTokenHash tokenHash: Data) -> Invitation? { invitationsByHash[tokenHash] }

    // MARK: - Responses

    public func saveDraft(_ response: Response, in campaign: CampaignID) throws {
        try require(.answers, campaign)
        try requireAssigned(response.pair, in: campaign)
        try requireStorable(response)
        if responsesByCampaign[campaign]?[response.pair]?.isSubmitted == true { throw StorageError.alreadySubmitted }
        var draft = response
        draft.isSubmitted = false
        responsesByCampaign[campaign, default: [:]][response.pair] = draft
    }

    public func submit(_ response: Response, in campaign: CampaignID) throws {
        try submitAll([response], in: campaign)
    }

    public func submitAll<Responses: Collection & Sendable>(_ responses: Responses, in campaign: CampaignID) throws
    where Responses.Element == Response {
        try require(.answers, campaign)
        var seen: Set<RaterPair> = []
        for response in responses {
            try requireAssigned(response.pair, in: campaign)
            try requireStorable(response)
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

    public func answerTable(in campaign: CampaignID, includeComments: Bool) -> AnswerTable {
        var table = AnswerTable(responses(in: campaign, includeDrafts: false))
        if !includeComments { table.comments = [] }
        return table
    }

    public func responseStatuses(in campaign: CampaignID) -> [RaterPair: ResponseStatus] {
        let stored = responsesByCampaign[campaign] ?? [:]
        var statuses: [RaterPair: ResponseStatus] = [:]
        for pair in (assignmentsByCampaign[campaign] ?? [:]).keys {
            statuses[pair] = stored[pair].map { $0.isSubmitted ? .submitted : .draft } ?? .notStarted
        }
        return statuses
    }

    // MARK: - Reports

    public func storeReports(_ reports: [StoredReport], in campaign: CampaignID) throws {
        try requireCampaign(campaign)
        guard reports.allSatisfy({ $0.campaignID == campaign }) else {
            throw StorageError.conflict("A report of another campaign cannot be stored in '\(campaign)'")
        }
        for report in reports { reportsByCampaign[campaign, default: [:]][report.key] = report }
    }

    public func storedReport(_ key: StoredReport.Key, in campaign: CampaignID) -> StoredReport? {
        reportsByCampaign[campaign]?[key]
    }

    public func storedReports(in campaign: CampaignID, after key: StoredReport.Key?, limit: Int) -> [StoredReport] {
        let stored = reportsByCampaign[campaign] ?? [:]
        let keys = stored.keys.filter { key == nil || key! < $0 }.sorted().prefix(max(0, limit))
        return keys.map { stored[$0]! }
    }

    // MARK: - Checks

    @discardableResult
    private func requireCampaign(_ id: CampaignID) throws -> Campaign {
        guard let campaign = campaignsByID[id] else { throw StorageError.notFound("No campaign '\(id)'") }
        return campaign
    }

    private func require(_ write: CampaignWrite, _ id: CampaignID) throws {
        try write.require(try requireCampaign(id).state, of: id)
    }

    /// The same limit as the SQL stores, whose ratings are one byte each.
    private func requireStorable(_ response: Response) throws {
        guard response.ratings.values.allSatisfy({ AnswerTable.code(for: $0) != nil }) else {
            throw StorageError.invalid(AnswerTable.ratingOutOfRange)
        }
    }

    private func requireAssigned(_ pair: RaterPair, in campaign: CampaignID) throws {
        try requireCampaign(campaign)
        guard assignmentsByCampaign[campaign]?[pair] != nil else { throw StorageError.notAssigned }
    }
}
