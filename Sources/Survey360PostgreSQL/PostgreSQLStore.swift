import Foundation
import PostgresNIO
import Survey360Core
import Survey360Storage

/// The store for organisations that outgrow one machine: a PostgreSQL
/// database that IT operates, shared by several `serve` processes.
///
/// ```swift
/// let store = try PostgreSQLStore(url: "postgres://survey360@db.example.org/survey360")
/// try await store.replaceOrganisation(organisation)
/// ```
///
/// It keeps what the SQLite store keeps, in the same tables and the same
/// representation, so that the same inputs give the same reports on either.
/// The schema is migrated on first use; connections come from a pool.
///
/// Every method runs in one transaction (PostgreSQL's default READ
/// COMMITTED). SQLite serialises writers; here they run side by side, so a
/// write that depends on its campaign's state reads the campaign row `FOR
/// SHARE` and a transition reads it `FOR UPDATE` (see ``CampaignRow/Lock``):
/// a write either commits before a close and is in its count, or waits for
/// the close and is refused. Checks that guard one row (a questionnaire is
/// final once submitted) are made by the write statement itself, so that two
/// servers racing on one row cannot both win.
public final class PostgreSQLStore: SurveyStore {
    let database: PostgreSQLDatabase

    /// Connects lazily: nothing is sent before the first operation.
    ///
    /// - Throws: ``StorageError`` `.unavailable` if `url` is not a valid
    ///   PostgreSQL URL.
    public convenience init(url: String) throws {
        self.init(url: try PostgreSQLURL(url))
    }

    public init(url: PostgreSQLURL) {
        database = PostgreSQLDatabase(url: url)
    }

    static var logger: Logger { PostgreSQLDatabase.logger }

    // MARK: - Campaigns

    public func createCampaign(_ campaign: Campaign, event: AuditEvent) async throws {
        let row = try CampaignRow(campaign)
        try await database.write { connection in
            let created = try await connection.query(
                """
                INSERT INTO campaign (id, title, opens, closes, template_id, language, rules, policy, state)
                VALUES (\(row.id), \(row.title), \(row.opens), \(row.closes), \(row.templateID), \(row.language),
                    \(row.rules), \(row.policy), \(row.state))
                ON CONFLICT (id) DO NOTHING RETURNING 1
                """, logger: Self.logger
            ).collect()
            guard !created.isEmpty else { throw StorageError.conflict("Campaign '\(campaign.id)' already exists") }
            try await Self.log(event, on: connection)
        }
    }

    public func campaign(_ id: CampaignID) async throws -> Campaign? {
        try await database.read { connection in
            try await CampaignRow.read(where: "WHERE id = $1", id.rawValue, on: connection, logger: Self.logger).first
        }
    }

    public func campaigns() async throws -> [Campaign] {
        try await database.read { connection in
            try await CampaignRow.read(where: "", nil, on: connection, logger: Self.logger)
        }
    }

    public func updateCampaign(_ campaign: Campaign, event: AuditEvent) async throws {
        let row = try CampaignRow(campaign)
        try await database.write { connection in
            let stored = try await CampaignRow.require(campaign.id, lock: .update, on: connection, logger: Self.logger)
            guard stored.state == campaign.state else { throw StorageError.staleState(of: stored) }
            try await connection.query(
                """
                UPDATE campaign SET title = \(row.title), opens = \(row.opens), closes = \(row.closes),
                    template_id = \(row.templateID), language = \(row.language), rules = \(row.rules),
                    policy = \(row.policy)
                WHERE id = \(row.id)
                """, logger: Self.logger)
            try await Self.log(event, on: connection)
        }
    }

    public func transition(
        _ id: CampaignID, from: CampaignState, to: CampaignState,
        event: @escaping @Sendable (ResponseTally) -> AuditEvent
    ) async throws -> AuditEvent {
        try await database.write { connection in
            try await Self.moveState(of: id, from: from, to: to, on: connection)
            // Whatever entering the new state must leave behind goes here,
            // before the tally, in the same transaction as the state change.
            let logged = event(try await Self.tally(of: id, on: connection))
            try await Self.log(logged, on: connection)
            return logged
        }
    }

    /// Checks and changes the stored state, holding the campaign's row until
    /// the transaction ends.
    static func moveState(
        of id: CampaignID, from: CampaignState, to: CampaignState, on connection: PostgresConnection
    ) async throws {
        var campaign = try await CampaignRow.require(id, lock: .update, on: connection, logger: logger)
        try StorageError.checkTransition(of: &campaign, from: from, to: to)
        try await connection.query(
            "UPDATE campaign SET state = \(campaign.state.rawValue) WHERE id = \(id.rawValue)", logger: logger)
    }

    static func tally(of campaign: CampaignID, on connection: PostgresConnection) async throws -> ResponseTally {
        var tally = ResponseTally(assigned: 0, drafts: 0, submitted: 0)
        for try await (assigned, started, submitted) in try await connection.query(
            """
            SELECT count(*)::bigint, count(r.submitted)::bigint,
                coalesce(sum(CASE WHEN r.submitted THEN 1 ELSE 0 END), 0)::bigint
            FROM assignment a
            LEFT JOIN answer_sheet r ON r.campaign_id = a.campaign_id
                AND r.ratee_id = a.ratee_id AND r.rater_id = a.rater_id
            WHERE a.campaign_id = \(campaign.rawValue)
            """, logger: logger
        ).decode((Int64, Int64, Int64).self) {
            tally = ResponseTally(
                assigned: Int(assigned), drafts: Int(started - submitted), submitted: Int(submitted))
        }
        return tally
    }

    public func auditLog(of campaign: CampaignID) async throws -> [AuditEvent] {
        try await database.read { connection in
            var events: [AuditEvent] = []
            let rows = try await connection.query(
                """
                SELECT actor, action, detail, date FROM audit_event
                WHERE campaign_id = \(campaign.rawValue) ORDER BY position
                """, logger: Self.logger)
            for try await (actor, action, detail, date) in rows.decode((String, String, String, String).self) {
                events.append(
                    AuditEvent(
                        campaignID: campaign, actor: actor, action: action, detail: detail,
                        date: try PostgreSQLRows.date(date)))
            }
            return events
        }
    }

    public func appendAuditEvent(_ event: AuditEvent) async throws {
        try await database.write { connection in
            _ = try await CampaignRow.require(event.campaignID, lock: .share, on: connection, logger: Self.logger)
            try await Self.log(event, on: connection)
        }
    }

    static func log(_ event: AuditEvent, on connection: PostgresConnection) async throws {
        try await PostgreSQLRows.AuditEvent.table.insert(
            [PostgreSQLRows.AuditEvent(event)], on: connection, logger: logger)
    }

    public func setQuestionnaire(_ questionnaire: Questionnaire, for campaign: CampaignID) async throws {
        let json = try PostgreSQLRows.json(questionnaire)
        try await database.write { connection in
            try await Self.require(.questionnaire, campaign, on: connection)
            try await connection.query(
                "UPDATE campaign SET questionnaire = \(json) WHERE id = \(campaign.rawValue)", logger: Self.logger)
        }
    }

    public func questionnaire(for campaign: CampaignID) async throws -> Questionnaire? {
        let json = try await database.read { connection in
            var json: String?
            for try await text in try await connection.query(
                "SELECT questionnaire FROM campaign WHERE id = \(campaign.rawValue)", logger: Self.logger
            ).decode(String?.self) {
                json = text
            }
            return json
        }
        return try json.map { try PostgreSQLRows.decodeJSON(Questionnaire.self, $0) }
    }

    // MARK: - Assignments

    public func replaceAssignments(
        _ assignments: [Assignment], in campaign: CampaignID, organisationVersion: Int?
    ) async throws {
        let rows = assignments.map {
            PostgreSQLRows.Assignment(
                campaignID: campaign.rawValue, rateeID: $0.rateeID.rawValue, raterID: $0.raterID.rawValue,
                raterGroup: $0.group.rawValue)
        }
        try await database.write { connection in
            try await Self.require(.assignments, campaign, on: connection)
            guard let version = try await Self.existingVersion(organisationVersion, on: connection) else {
                throw organisationVersion.map(StorageError.noOrganisationVersion) ?? StorageError.noOrganisation
            }
            try await connection.query(
                "UPDATE campaign SET organisation_version = \(version) WHERE id = \(campaign.rawValue)",
                logger: Self.logger)
            try await connection.query(
                "DELETE FROM assignment WHERE campaign_id = \(campaign.rawValue)", logger: Self.logger)
            let written = try await PostgreSQLRows.Assignment.table.insert(
                rows, suffix: "ON CONFLICT DO NOTHING", on: connection, logger: Self.logger)
            guard written == rows.count else { throw StorageError.conflict("A questionnaire is assigned twice") }
        }
    }

    public func assignments(in campaign: CampaignID) async throws -> [Assignment] {
        try await readAssignments(campaign, rater: nil)
    }

    public func assignments(in campaign: CampaignID, rater: PersonID) async throws -> [Assignment] {
        try await readAssignments(campaign, rater: rater)
    }

    private func readAssignments(_ campaign: CampaignID, rater: PersonID?) async throws -> [Assignment] {
        try await database.read { connection in
            var assignments: [Assignment] = []
            let rows = try await connection.query(
                """
                SELECT rater_id, ratee_id, rater_group FROM assignment
                WHERE campaign_id = \(campaign.rawValue)
                    AND (\(rater?.rawValue)::text IS NULL OR rater_id = \(rater?.rawValue))
                ORDER BY ratee_id, rater_id
                """, logger: Self.logger)
            for try await (raterID, rateeID, group) in rows.decode((String, String, String).self) {
                guard let group = RaterGroup(rawValue: group) else {
                    throw StorageError.corrupt("an assignment has an unknown group '\(group)'")
                }
                assignments.append(Assignment(rater: PersonID(raterID), ratee: PersonID(rateeID), group: group))
            }
            return assignments
        }
    }

    // MARK: - Invitations

    public func storeInvitations(_ invitations: [Invitation], in campaign: CampaignID) async throws {
        let rows = invitations.map(PostgreSQLRows.Invitation.init)
        let raters = invitations.map(\.raterID.rawValue)
        try await database.write { connection in
            try await Self.require(.invitations, campaign, on: connection)
            try await connection.query(
                "DELETE FROM invitation WHERE campaign_id = \(campaign.rawValue) AND rater_id = ANY(\(raters))",
                logger: Self.logger)
            try await PostgreSQLRows.Invitation.table.insert(rows, on: connection, logger: Self.logger)
        }
    }

    public func invitation(forTokenHash tokenHash: Data) async throws -> Invitation? {
        try await database.read { connection in
            var found: Invitation?
            for try await (campaign, rater) in try await connection.query(
                "SELECT campaign_id, rater_id FROM invitation WHERE token_hash = \(tokenHash)", logger: Self.logger
            ).decode((String, String).self) {
                found = Invitation(campaignID: CampaignID(campaign), raterID: PersonID(rater), tokenHash: tokenHash)
            }
            return found
        }
    }

    // MARK: - Checks

    /// Checks, inside the write's transaction, that the campaign's state
    /// allows `write`, and keeps that state until the transaction ends.
    static func require(_ write: CampaignWrite, _ campaign: CampaignID, on connection: PostgresConnection)
        async throws
    {
        let stored = try await CampaignRow.require(campaign, lock: .share, on: connection, logger: logger)
        try write.require(stored.state, of: campaign)
    }
}

extension PostgreSQLStore {
    /// Whether the connection the pool hands out is encrypted, as the server
    /// sees it: how a test (or an operator's check) confirms that
    /// `?sslmode=require` took effect.
    package func connectionIsEncrypted() async throws -> Bool {
        try await database.read { connection in
            var encrypted = false
            for try await ssl in try await connection.query(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", logger: Self.logger
            ).decode(Bool.self) {
                encrypted = ssl
            }
            return encrypted
        }
    }
}
