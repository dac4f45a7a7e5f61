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
/// It keeps what the SQLite store keeps, in the same representation, so
/// that the same inputs give the same reports on either. The schema is
/// migrated on first use; connections come from a pool. Checks that guard a
/// write (a questionnaire is final once submitted) are made by the write
/// statement itself, so that two servers racing on one row cannot both win.
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

    // MARK: - Organisation

    public func replaceOrganisation(_ organisation: Organisation) async throws {
        let rows = try OrganisationRows(organisation)
        try await database.write { connection in
            for table in ["department", "person", "service_relation", "process_stage"] {
                try await connection.query(PostgresQuery(unsafeSQL: "DELETE FROM \(table)"), logger: Self.logger)
            }
            try await PostgreSQLRows.Department.table.insert(rows.departments, on: connection, logger: Self.logger)
            try await PostgreSQLRows.Person.table.insert(rows.people, on: connection, logger: Self.logger)
            try await PostgreSQLRows.ServiceRelation.table.insert(rows.services, on: connection, logger: Self.logger)
            try await PostgreSQLRows.ProcessStage.table.insert(rows.stages, on: connection, logger: Self.logger)
        }
    }

    public func organisation() async throws -> Organisation? {
        try await database.read { connection in try await OrganisationRows.read(on: connection, logger: Self.logger) }
    }

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
            try await PostgreSQLRows.AuditEvent.table.insert(
                [PostgreSQLRows.AuditEvent(event)], on: connection, logger: Self.logger)
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
            let updated = try await connection.query(
                """
                UPDATE campaign SET title = \(row.title), opens = \(row.opens), closes = \(row.closes),
                    template_id = \(row.templateID), language = \(row.language), rules = \(row.rules),
                    policy = \(row.policy), state = \(row.state)
                WHERE id = \(row.id) RETURNING 1
                """, logger: Self.logger
            ).collect()
            guard !updated.isEmpty else { throw StorageError.notFound("No campaign '\(campaign.id)'") }
            try await PostgreSQLRows.AuditEvent.table.insert(
                [PostgreSQLRows.AuditEvent(event)], on: connection, logger: Self.logger)
        }
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

    public func setQuestionnaire(_ questionnaire: Questionnaire, for campaign: CampaignID) async throws {
        let json = try PostgreSQLRows.json(questionnaire)
        try await database.write { connection in
            let updated = try await connection.query(
                "UPDATE campaign SET questionnaire = \(json) WHERE id = \(campaign.rawValue) RETURNING 1",
                logger: Self.logger
            ).collect()
            guard !updated.isEmpty else { throw StorageError.notFound("No campaign '\(campaign)'") }
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

    public func replaceAssignments(_ assignments: [Assignment], in campaign: CampaignID) async throws {
        let rows = assignments.map {
            PostgreSQLRows.Assignment(
                campaignID: campaign.rawValue, rateeID: $0.rateeID.rawValue, raterID: $0.raterID.rawValue,
                raterGroup: $0.group.rawValue)
        }
        try await database.write { connection in
            try await Self.requireCampaign(campaign, on: connection, logger: Self.logger)
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
                WHERE campaign_id = \(campaign.rawValue) AND (\(rater?.rawValue)::text IS NULL OR rater_id = \(rater?.rawValue))
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
            try await Self.requireCampaign(campaign, on: connection, logger: Self.logger)
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

    // MARK: - Responses

    public func saveDraft(_ response: Response, in campaign: CampaignID) async throws {
        try await write([response], in: campaign, submitted: false)
    }

    public func submit(_ response: Response, in campaign: CampaignID) async throws {
        try await write([response], in: campaign, submitted: true)
    }

    public func submitAll(_ responses: [Response], in campaign: CampaignID) async throws {
        try await write(responses, in: campaign, submitted: true)
    }

    /// Drafts and submissions in one statement that refuses, row by row,
    /// to touch a submitted questionnaire: the check and the write cannot be
    /// separated by another server's submission.
    private func write(_ responses: [Response], in campaign: CampaignID, submitted: Bool) async throws {
        let rows = try responses.map { try PostgreSQLRows.Response($0, in: campaign, submitted: submitted) }
        let ratees = responses.map(\.rateeID.rawValue)
        let raters = responses.map(\.raterID.rawValue)
        let distinctPairs = Set(responses.map(\.pair)).count
        try await database.write { connection in
            try await Self.requireCampaign(campaign, on: connection, logger: Self.logger)
            var assigned = 0
            for try await count in try await connection.query(
                """
                SELECT count(*)::bigint FROM (SELECT DISTINCT ratee, rater FROM unnest(\(ratees), \(raters)) AS p(ratee, rater)) p
                JOIN assignment a ON a.campaign_id = \(campaign.rawValue) AND a.ratee_id = p.ratee AND a.rater_id = p.rater
                """, logger: Self.logger
            ).decode(Int64.self) {
                assigned = Int(count)
            }
            guard assigned == distinctPairs else { throw StorageError.notAssigned }
            let written = try await PostgreSQLRows.Response.table.insert(
                rows,
                suffix: """
                    ON CONFLICT (campaign_id, ratee_id, rater_id) DO UPDATE
                    SET submitted = excluded.submitted, ratings = excluded.ratings, comments = excluded.comments
                    WHERE NOT response.submitted
                    """, on: connection, logger: Self.logger)
            guard written == rows.count else { throw StorageError.alreadySubmitted }
        }
    }

    public func response(for pair: RaterPair, in campaign: CampaignID) async throws -> Response? {
        try await readResponses(campaign, pair: pair, includeDrafts: true).first
    }

    public func responses(in campaign: CampaignID, includeDrafts: Bool) async throws -> [Response] {
        try await readResponses(campaign, pair: nil, includeDrafts: includeDrafts)
    }

    private func readResponses(_ campaign: CampaignID, pair: RaterPair?, includeDrafts: Bool) async throws
        -> [Response]
    {
        try await database.read { connection in
            var responses: [Response] = []
            let rows = try await connection.query(
                """
                SELECT rater_id, ratee_id, submitted, ratings, comments FROM response
                WHERE campaign_id = \(campaign.rawValue) AND (submitted OR \(includeDrafts))
                AND (\(pair?.rateeID.rawValue)::text IS NULL
                    OR (ratee_id = \(pair?.rateeID.rawValue) AND rater_id = \(pair?.raterID.rawValue)))
                ORDER BY ratee_id, rater_id
                """, logger: Self.logger)
            for try await (rater, ratee, submitted, ratings, comments) in rows.decode(
                (String, String, Bool, String, String).self)
            {
                responses.append(
                    Response(
                        rater: PersonID(rater), ratee: PersonID(ratee),
                        ratings: try PostgreSQLRows.decodeJSON([ItemID: Int?].self, ratings),
                        comments: try PostgreSQLRows.decodeJSON([QuestionID: String].self, comments),
                        isSubmitted: submitted))
            }
            return responses
        }
    }

    public func responseStatuses(in campaign: CampaignID) async throws -> [RaterPair: ResponseStatus] {
        try await database.read { connection in
            var statuses: [RaterPair: ResponseStatus] = [:]
            let rows = try await connection.query(
                """
                SELECT a.rater_id, a.ratee_id, r.submitted FROM assignment a
                LEFT JOIN response r ON r.campaign_id = a.campaign_id
                    AND r.ratee_id = a.ratee_id AND r.rater_id = a.rater_id
                WHERE a.campaign_id = \(campaign.rawValue)
                """, logger: Self.logger)
            for try await (rater, ratee, submitted) in rows.decode((String, String, Bool?).self) {
                statuses[RaterPair(rater: PersonID(rater), ratee: PersonID(ratee))] =
                    submitted.map { $0 ? .submitted : .draft } ?? .notStarted
            }
            return statuses
        }
    }

    // MARK: - Checks

    static func requireCampaign(_ campaign: CampaignID, on connection: PostgresConnection, logger: Logger)
        async throws
    {
        let found = try await connection.query(
            "SELECT 1 FROM campaign WHERE id = \(campaign.rawValue)", logger: Self.logger
        ).collect()
        guard !found.isEmpty else { throw StorageError.notFound("No campaign '\(campaign)'") }
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
