import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// The embedded default store: one SQLite file, in WAL mode, created and
/// migrated on first use.
///
/// ```swift
/// let store = try SQLiteStore(path: "survey360.sqlite")
/// try await store.addOrganisationVersion(organisation, files: files, imported: Date())
/// ```
///
/// Every method runs in one transaction, and every write checks its
/// campaign's state inside it: GRDB begins writes with `BEGIN IMMEDIATE`,
/// so the state read is the latest even when several processes share the
/// file. GRDB's async accessors run the blocking SQLite work off the
/// caller's thread, so a web server's event loop never waits on the disk.
public final class SQLiteStore: SurveyStore {
    /// Internal so that extensions in other files (`SQLiteStore+Credentials`) can use it.
    let writer: any DatabaseWriter

    /// Opens (creating and migrating if needed) the database at `path`.
    ///
    /// - Throws: ``StorageError`` `.unavailable` naming the file if it
    ///   cannot be opened or is not a Survey360 database.
    public init(path: String) throws {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            writer = try DatabasePool(path: path, configuration: configuration)
            try SQLiteMigrations.migrator.migrate(writer)
        } catch {
            throw StorageError.unavailable("Cannot open the database '\(path)': \(Self.reason(error))")
        }
    }

    /// A private database in memory, for tests.
    public init() throws {
        writer = try DatabaseQueue()
        try SQLiteMigrations.migrator.migrate(writer)
    }

    private static func reason(_ error: any Error) -> String {
        (error as? DatabaseError)?.message ?? String(describing: error)
    }

    // MARK: - Campaigns

    public func createCampaign(_ campaign: Campaign, event: AuditEvent) async throws {
        try await writer.write { db in
            guard try CampaignRecord.filter(Column("id") == campaign.id.rawValue).fetchCount(db) == 0 else {
                throw StorageError.conflict("Campaign '\(campaign.id)' already exists")
            }
            var created = CampaignRecord(campaign)
            created.organisationVersion = nil
            try created.insert(db)
            try AuditEventRecord(event).insert(db)
        }
    }

    public func campaign(_ id: CampaignID) async throws -> Campaign? {
        try await writer.read { db in
            try CampaignRecord.filter(Column("id") == id.rawValue).fetchOne(db)?.campaign()
        }
    }

    public func campaigns() async throws -> [Campaign] {
        try await writer.read { db in
            try CampaignRecord.order(Column("position")).fetchAll(db).map { try $0.campaign() }
        }
    }

    public func updateCampaign(_ campaign: Campaign, event: AuditEvent) async throws {
        try await writer.write { db in
            let stored = try Self.requireCampaign(campaign.id, db)
            guard stored.state == campaign.state else { throw StorageError.staleState(of: stored) }
            let record = CampaignRecord(campaign)
            try db.execute(
                sql: """
                    UPDATE campaign SET title = ?, opens = ?, closes = ?, template_id = ?, language = ?,
                    rules = ?, policy = ? WHERE id = ?
                    """,
                arguments: [
                    record.title, record.opens, record.closes, record.templateID, record.language,
                    try Self.json(record.rules), try Self.json(record.policy), record.id,
                ])
            try AuditEventRecord(event).insert(db)
        }
    }

    public func transition(
        _ id: CampaignID, from: CampaignState, to: CampaignState,
        event: @escaping @Sendable (ResponseTally) -> AuditEvent
    ) async throws -> AuditEvent {
        try await writer.write { db in
            var campaign = try Self.requireCampaign(id, db)
            try StorageError.checkTransition(of: &campaign, from: from, to: to)
            try db.execute(
                sql: "UPDATE campaign SET state = ? WHERE id = ?", arguments: [campaign.state.rawValue, id.rawValue])
            // Whatever entering the new state must leave behind goes here,
            // before the tally, in the same transaction as the state change.
            let logged = event(try Self.tally(of: id, db))
            try AuditEventRecord(logged).insert(db)
            return logged
        }
    }

    private static func tally(of campaign: CampaignID, _ db: Database) throws -> ResponseTally {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(*), COUNT(r.submitted), COALESCE(SUM(r.submitted), 0) FROM assignment a
                LEFT JOIN response r ON r.campaign_id = a.campaign_id
                    AND r.ratee_id = a.ratee_id AND r.rater_id = a.rater_id
                WHERE a.campaign_id = ?
                """, arguments: [campaign.rawValue])
        let assigned: Int = row?[0] ?? 0
        let started: Int = row?[1] ?? 0
        let submitted: Int = row?[2] ?? 0
        return ResponseTally(assigned: assigned, drafts: started - submitted, submitted: submitted)
    }

    public func auditLog(of campaign: CampaignID) async throws -> [AuditEvent] {
        try await writer.read { db in
            try AuditEventRecord.filter(Column("campaign_id") == campaign.rawValue)
                .order(Column("position")).fetchAll(db).map(\.event)
        }
    }

    public func setQuestionnaire(_ questionnaire: Questionnaire, for campaign: CampaignID) async throws {
        let json = try Self.json(questionnaire)
        try await writer.write { db in
            try Self.require(.questionnaire, campaign, db)
            try db.execute(
                sql: "UPDATE campaign SET questionnaire = ? WHERE id = ?", arguments: [json, campaign.rawValue])
        }
    }

    public func questionnaire(for campaign: CampaignID) async throws -> Questionnaire? {
        let json = try await writer.read { db in
            try String.fetchOne(
                db, sql: "SELECT questionnaire FROM campaign WHERE id = ?", arguments: [campaign.rawValue])
        }
        return try json.map { try JSONDecoder().decode(Questionnaire.self, from: Data($0.utf8)) }
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    // MARK: - Assignments

    public func replaceAssignments(
        _ assignments: [Assignment], in campaign: CampaignID, organisationVersion: Int?
    ) async throws {
        try await writer.write { db in
            try Self.require(.assignments, campaign, db)
            guard let version = try organisationVersion ?? Self.currentVersion(db) else {
                throw StorageError.noOrganisation
            }
            guard try OrganisationVersionRecord.fetchOne(db, key: version) != nil else {
                throw StorageError.noOrganisationVersion(version)
            }
            try db.execute(
                sql: "UPDATE campaign SET organisation_version = ? WHERE id = ?",
                arguments: [version, campaign.rawValue])
            try AssignmentRecord.filter(Column("campaign_id") == campaign.rawValue).deleteAll(db)
            for assignment in assignments {
                do {
                    try AssignmentRecord(assignment, in: campaign).insert(db)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    throw StorageError.conflict("A questionnaire is assigned twice")
                }
            }
        }
    }

    public func assignments(in campaign: CampaignID) async throws -> [Assignment] {
        try await writer.read { db in
            try AssignmentRecord.filter(Column("campaign_id") == campaign.rawValue)
                .order(Column("ratee_id"), Column("rater_id")).fetchAll(db).map { try $0.assignment() }
        }
    }

    public func assignments(in campaign: CampaignID, rater: PersonID) async throws -> [Assignment] {
        try await writer.read { db in
            try AssignmentRecord
                .filter(Column("campaign_id") == campaign.rawValue && Column("rater_id") == rater.rawValue)
                .order(Column("ratee_id")).fetchAll(db).map { try $0.assignment() }
        }
    }

    // MARK: - Invitations

    public func storeInvitations(_ invitations: [Invitation], in campaign: CampaignID) async throws {
        try await writer.write { db in
            try Self.require(.invitations, campaign, db)
            for invitation in invitations {
                try InvitationRecord
                    .filter(
                        Column("campaign_id") == campaign.rawValue && Column("rater_id") == invitation.raterID.rawValue
                    )
                    .deleteAll(db)
                try InvitationRecord(invitation).insert(db)
            }
        }
    }

    public func invitation(forTokenHash tokenHash: Data) async throws -> Invitation? {
        try await writer.read { db in
            try InvitationRecord.fetchOne(db, key: tokenHash)?.invitation
        }
    }

    // MARK: - Responses

    public func saveDraft(_ response: Response, in campaign: CampaignID) async throws {
        try await writer.write { db in
            try Self.require(.answers, campaign, db)
            try Self.requireAssigned(response.pair, in: campaign, db)
            if try Self.isSubmitted(response.pair, in: campaign, db) { throw StorageError.alreadySubmitted }
            try ResponseRecord(response, in: campaign, submitted: false).save(db)
        }
    }

    public func submit(_ response: Response, in campaign: CampaignID) async throws {
        try await submitAll([response], in: campaign)
    }

    public func submitAll(_ responses: [Response], in campaign: CampaignID) async throws {
        try await writer.write { db in
            try Self.require(.answers, campaign, db)
            for response in responses {
                try Self.requireAssigned(response.pair, in: campaign, db)
                if try Self.isSubmitted(response.pair, in: campaign, db) { throw StorageError.alreadySubmitted }
                try ResponseRecord(response, in: campaign, submitted: true).save(db)
            }
        }
    }

    public func response(for pair: RaterPair, in campaign: CampaignID) async throws -> Response? {
        try await writer.read { db in
            try ResponseRecord.fetchOne(db, key: Self.key(pair, campaign))?.response
        }
    }

    public func responses(in campaign: CampaignID, includeDrafts: Bool) async throws -> [Response] {
        try await writer.read { db in
            var request = ResponseRecord.filter(Column("campaign_id") == campaign.rawValue)
            if !includeDrafts { request = request.filter(Column("submitted") == true) }
            return try request.order(Column("ratee_id"), Column("rater_id")).fetchAll(db).map(\.response)
        }
    }

    public func responseStatuses(in campaign: CampaignID) async throws -> [RaterPair: ResponseStatus] {
        try await writer.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT a.rater_id, a.ratee_id, r.submitted FROM assignment a
                    LEFT JOIN response r ON r.campaign_id = a.campaign_id
                        AND r.ratee_id = a.ratee_id AND r.rater_id = a.rater_id
                    WHERE a.campaign_id = ?
                    """, arguments: [campaign.rawValue])
            var statuses: [RaterPair: ResponseStatus] = [:]
            while let row = try rows.next() {
                let pair = RaterPair(rater: PersonID(row[0] as String), ratee: PersonID(row[1] as String))
                let submitted: Bool? = row[2]
                statuses[pair] = submitted.map { $0 ? .submitted : .draft } ?? .notStarted
            }
            return statuses
        }
    }

    // MARK: - Checks

    private static func key(_ pair: RaterPair, _ campaign: CampaignID) -> [String: any DatabaseValueConvertible] {
        ["campaign_id": campaign.rawValue, "ratee_id": pair.rateeID.rawValue, "rater_id": pair.raterID.rawValue]
    }

    @discardableResult
    static func requireCampaign(_ campaign: CampaignID, _ db: Database) throws -> Campaign {
        guard let record = try CampaignRecord.filter(Column("id") == campaign.rawValue).fetchOne(db) else {
            throw StorageError.notFound("No campaign '\(campaign)'")
        }
        return try record.campaign()
    }

    /// Checks, inside the write's transaction, that the campaign's state
    /// allows `write`.
    private static func require(_ write: CampaignWrite, _ campaign: CampaignID, _ db: Database) throws {
        let state = try String.fetchOne(
            db, sql: "SELECT state FROM campaign WHERE id = ?", arguments: [campaign.rawValue])
        guard let state else { throw StorageError.notFound("No campaign '\(campaign)'") }
        guard let known = CampaignState(rawValue: state) else {
            throw StorageError.corrupt("campaign '\(campaign)' has an unknown state '\(state)'")
        }
        try write.require(known, of: campaign)
    }

    private static func requireAssigned(_ pair: RaterPair, in campaign: CampaignID, _ db: Database) throws {
        guard try AssignmentRecord.fetchOne(db, key: key(pair, campaign)) != nil else {
            throw StorageError.notAssigned
        }
    }

    private static func isSubmitted(_ pair: RaterPair, in campaign: CampaignID, _ db: Database) throws -> Bool {
        try ResponseRecord.fetchOne(db, key: key(pair, campaign))?.submitted == true
    }
}
