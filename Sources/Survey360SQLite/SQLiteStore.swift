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

    /// The page cache of each connection, in KiB (SQLite's default is
    /// 2 MiB). A quarter's bulk steps write hundreds of megabytes in one
    /// transaction; with 2 MiB SQLite spilled dirty pages to the WAL and
    /// read them back over and over, a fifth of `campaign close`'s time at
    /// 100,000 people in `pread` and `pwrite`. The cache grows only as pages
    /// are used, so a small campaign costs no more.
    static let pageCacheKiB = 64 << 10

    /// Opens (creating and migrating if needed) the database at `path`.
    ///
    /// - Throws: ``StorageError`` `.unavailable` naming the file if it
    ///   cannot be opened or is not a Survey360 database.
    public init(path: String) throws {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA cache_size = -\(Self.pageCacheKiB)")
            }
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

    static func tally(of campaign: CampaignID, _ db: Database) throws -> ResponseTally {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(*), COUNT(r.submitted), COALESCE(SUM(r.submitted), 0) FROM assignment a
                LEFT JOIN answer_sheet r ON r.campaign_id = a.campaign_id
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

    public func appendAuditEvent(_ event: AuditEvent) async throws {
        try await writer.write { db in
            guard try CampaignRecord.filter(Column("id") == event.campaignID.rawValue).fetchCount(db) == 1 else {
                throw StorageError.notFound("No campaign '\(event.campaignID)'")
            }
            try AuditEventRecord(event).insert(db)
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
            // One prepared statement for every row: inserting them as
            // records encoded each through Codable and built its statement
            // anew, 40% of `campaign assign` at 100,000 people.
            let insert = try db.cachedStatement(
                sql: "INSERT INTO assignment (campaign_id, ratee_id, rater_id, rater_group) VALUES (?, ?, ?, ?)")
            for assignment in assignments {
                do {
                    try insert.execute(arguments: [
                        campaign.rawValue, assignment.rateeID.rawValue, assignment.raterID.rawValue,
                        assignment.group.rawValue,
                    ])
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    throw StorageError.conflict("A questionnaire is assigned twice")
                }
            }
        }
    }

    public func assignments(in campaign: CampaignID) async throws -> [Assignment] {
        // Read by column index rather than decoded as records: scoring loads
        // half a million of them at 100,000 people.
        try await writer.read { db in
            var assignments: [Assignment] = []
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT rater_id, ratee_id, rater_group FROM assignment WHERE campaign_id = ?
                    ORDER BY ratee_id, rater_id
                    """, arguments: [campaign.rawValue])
            while let row = try rows.next() {
                let group: String = row[2]
                guard let known = RaterGroup(rawValue: group) else {
                    throw StorageError.corrupt("an assignment has an unknown group '\(group)'")
                }
                assignments.append(
                    Assignment(rater: PersonID(row[0] as String), ratee: PersonID(row[1] as String), group: known))
            }
            return assignments
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
            // Prepared once, as for the assignments: a launch stores one
            // invitation per rater.
            let delete = try db.cachedStatement(sql: "DELETE FROM invitation WHERE campaign_id = ? AND rater_id = ?")
            let insert = try db.cachedStatement(
                sql: "INSERT INTO invitation (token_hash, campaign_id, rater_id) VALUES (?, ?, ?)")
            for invitation in invitations {
                try delete.execute(arguments: [campaign.rawValue, invitation.raterID.rawValue])
                try insert.execute(arguments: [
                    invitation.tokenHash, invitation.campaignID.rawValue, invitation.raterID.rawValue,
                ])
            }
        }
    }

    public func invitation(forTokenHash tokenHash: Data) async throws -> Invitation? {
        try await writer.read { db in
            try InvitationRecord.fetchOne(db, key: tokenHash)?.invitation
        }
    }

    // MARK: - Checks

    @discardableResult
    static func requireCampaign(_ campaign: CampaignID, _ db: Database) throws -> Campaign {
        guard let record = try CampaignRecord.filter(Column("id") == campaign.rawValue).fetchOne(db) else {
            throw StorageError.notFound("No campaign '\(campaign)'")
        }
        return try record.campaign()
    }

    /// Checks, inside the write's transaction, that the campaign's state
    /// allows `write`.
    static func require(_ write: CampaignWrite, _ campaign: CampaignID, _ db: Database) throws {
        let state = try String.fetchOne(
            db, sql: "SELECT state FROM campaign WHERE id = ?", arguments: [campaign.rawValue])
        guard let state else { throw StorageError.notFound("No campaign '\(campaign)'") }
        guard let known = CampaignState(rawValue: state) else {
            throw StorageError.corrupt("campaign '\(campaign)' has an unknown state '\(state)'")
        }
        try write.require(known, of: campaign)
    }
}
